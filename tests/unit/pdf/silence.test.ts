// pdf.js must print nothing: not while it loads (where it warns about the optional native
// canvas), not while it reads real briefs, broken files or PDFs whose standard fonts it cannot
// load.

import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readBriefLines } from '../../../src/ingest/pdf/brief-lines.js';
import { encryptedPdf, imageOnlyPdf, randomBytes, textPdf } from './pdf-builder.js';

const here = import.meta.dirname;
const dir = join(here, '..', '..', 'fixtures', 'briefs');
const briefs = readdirSync(dir).filter((f) => f.endsWith('.pdf'));

describe('silence', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes nothing to stdout, stderr or the console while reading all five briefs and broken inputs', async () => {
    const written: string[] = [];
    const capture = (stream: NodeJS.WriteStream) =>
      vi.spyOn(stream, 'write').mockImplementation((chunk: unknown) => {
        written.push(String(chunk));
        return true;
      });
    capture(process.stdout);
    capture(process.stderr);
    for (const m of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void written.push(`console.${m}: ${args.join(' ')}`));
    }
    const inputs: Uint8Array[] = briefs.map((f) => new Uint8Array(readFileSync(join(dir, f))));
    const first = inputs[0] ?? new Uint8Array();
    inputs.push(first.slice(0, 5000), randomBytes(2048), new Uint8Array(), encryptedPdf(), imageOnlyPdf());
    inputs.push(textPdf([[{ text: 'Helvetica is not embedded', x: 72, y: 90, size: 11, font: 'F3' }]]));
    const results = [];
    for (const bytes of inputs) results.push(await readBriefLines(bytes));
    vi.restoreAllMocks();
    expect(written).toEqual([]);
    expect(results.filter((r) => r.ok)).toHaveLength(briefs.length + 1);
  });

  it('stays silent in a fresh process where the optional native canvas is missing', () => {
    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', '--require', join(here, 'hide-canvas.cjs'), join(here, 'silent-read.runner.ts')],
      { encoding: 'utf8', cwd: join(here, '..', '..', '..'), timeout: 60_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe(`read ${briefs.length + 1} ok, 5 failed\n`);
    expect(run.status).toBe(0);
  });
});
