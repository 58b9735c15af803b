// Bad input never throws and never prints: it becomes { ok: false, reason } with a one-line reason.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBriefLines } from '../../../src/ingest/pdf/brief-lines.js';
import { readPdf } from '../../../src/ingest/pdf/read-pdf.js';
import { encryptedPdf, imageOnlyPdf, randomBytes, textPdf } from './pdf-builder.js';

const brief = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'briefs', 'IF12610.pdf')));
const withEof = (bytes: Uint8Array): Uint8Array => new Uint8Array([...bytes, ...new TextEncoder().encode('\n%%EOF\n')]);

const cases: [string, Uint8Array, RegExp][] = [
  ['an empty file', new Uint8Array(), /empty/],
  ['random bytes', randomBytes(4096), /not a PDF/],
  ['plain text', new TextEncoder().encode('Treasury’s Exchange Stabilization Fund\n'), /not a PDF/],
  ['a PDF cut in half', brief.slice(0, brief.length >> 1), /truncated/],
  ['a PDF cut short but ending in %%EOF', withEof(brief.slice(0, 100_000)), /corrupt|unreadable/],
  ['a header followed by junk', withEof(new TextEncoder().encode(`%PDF-1.7\n${'junk '.repeat(400)}`)), /corrupt|unreadable/],
  ['an encrypted PDF', encryptedPdf(), /encrypted/],
  ['an image-only PDF', imageOnlyPdf(), /no text/],
];

describe('faults', () => {
  for (const [name, bytes, reason] of cases) {
    it(`reports ${name} as ok:false with a one-line reason`, async () => {
      for (const res of [await readPdf(bytes), await readBriefLines(bytes)]) {
        expect(res.ok).toBe(false);
        if (res.ok) return;
        expect(res.reason).toMatch(reason);
        expect(res.reason).not.toMatch(/\n/);
        expect(res.reason.length).toBeGreaterThan(0);
      }
    });
  }

  it('leaves the caller’s bytes untouched', async () => {
    const copy = brief.slice();
    await readPdf(copy);
    expect(copy).toEqual(brief);
  });

  it('reads a well-formed PDF with non-embedded standard fonts', async () => {
    const res = await readPdf(textPdf([[{ text: 'Plain (paren)', x: 72, y: 100, size: 12 }, { text: 'Heavy', x: 72, y: 120, size: 12, font: 'F2' }]]));
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    const runs = res.pages[0]?.runs ?? [];
    expect(runs.map((r) => [r.text, r.fontName, r.bold])).toEqual([
      ['Plain (paren)', 'Times-Roman', false],
      ['Heavy', 'Times-Bold', true],
    ]);
    expect(runs[0]?.y).toBeCloseTo(100, 1);
    expect(runs[0]?.fontSize).toBeCloseTo(12, 1);
  });
});
