import { reportUrl } from '../../../src/query/citation.js';
import { describe, expect, it } from 'vitest';
import { citation } from '../../../src/format/citation/crs.js';
import { contextLines } from '../../../src/format/context.js';
import { formatHits, type HitView } from '../../../src/format/hits.js';
import { formatInfo } from '../../../src/format/info.js';
import { formatSectionView } from '../../../src/format/section.js';
import { formatSections } from '../../../src/format/sections.js';
import { PLAIN } from '../../../src/format/style.js';
import { findContext } from '../../../src/query/context.js';
import { hitRecords } from '../../../src/query/search/records.js';
import { search } from '../../../src/query/search/rank.js';
import { sectionRows, sectionView } from '../../../src/query/section-view.js';
import { matchSection } from '../../../src/query/sections.js';
import { displayWidth, tinyKb } from '../../support/tiny-kb.js';

const kb = tinyKb();
const WIDTHS = [20, 30, 40, 60, 80, 100, 200];
const words = (text: string) => text.split(/\s+/).filter(Boolean);

function hits(query: string, size?: number): HitView[] {
  const found = search(kb, query, { limit: 10 });
  return hitRecords(kb, { hits: found, card: null }).map((record, i) => {
    const c = size === undefined ? null : findContext(kb, record.id, size);
    return { record, sentence: found[i]!.sentence, before: c?.before ?? [], after: c?.after ?? [] };
  });
}

/** Every word of every text appears whole in the output, in a line of its own or broken at "/", "-" or the width. */
function keepsEveryWord(out: string, texts: readonly string[]): void {
  const flat = out.replace(/\n\s*/g, ' ');
  const joined = out.replace(/\n\s*/g, '');
  for (const t of texts) for (const w of words(t)) expect(flat.includes(w) || joined.includes(w), w).toBe(true);
}

describe.each(WIDTHS)('at %i columns', (width) => {
  const fits = (out: string) => {
    for (const line of out.split('\n')) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
  };

  it('search hits fit, whole', () => {
    const h = hits('widgets');
    const out = formatHits(null, h, width, PLAIN);
    fits(out);
    keepsEveryWord(out, h.map((x) => x.sentence.text));
  });

  it('search hits with context fit, whole', () => {
    const h = hits('gadgets', 2);
    const out = formatHits(null, h, width, PLAIN);
    fits(out);
    expect(h.some((x) => x.before.length + x.after.length > 0)).toBe(true);
    keepsEveryWord(out, h.flatMap((x) => [...x.before, x.sentence, ...x.after].map((s) => s.text)));
  });

  it('the sections list fits; only its one-line summaries are cut, with …', () => {
    const out = formatSections(sectionRows(kb), width, PLAIN);
    fits(out);
    keepsEveryWord(out, kb.sections.map((s) => s.title));
    for (const line of out.split('\n').filter((l) => l.endsWith('…'))) expect(line.startsWith('   ')).toBe(true);
  });

  it('info fits; its URL breaks after a "/" when it must', () => {
    const out = formatInfo(kb, width, PLAIN);
    fits(out);
    keepsEveryWord(out, [citation(kb), kb.document.title]);
    // info prints the report's own URL (built from its id), not the masthead's.
    if (width < reportUrl(kb.document.reportId).length + 11) expect(out).toMatch(/\/\n\s+\S/);
  });

  it('a section with its text fits, whole', () => {
    const m = matchSection(kb, 'alpha');
    if (m.kind !== 'found') throw new Error('no section');
    const v = sectionView(kb, m);
    const out = formatSectionView(v, true, width, PLAIN, null);
    fits(out);
    keepsEveryWord(out, v.sentences.map((s) => s.text));
  });
});

describe('context', () => {
  it('marks the sentence with the lead, dims nothing in plain style, breaks paragraphs with a blank line', () => {
    const c = findContext(kb, 'alpha-topics-3', 1)!;
    const lines = contextLines({ ...c, matches: [] }, 200, PLAIN, '> ');
    expect(lines).toEqual([
      '  Widgets cost $5 billion in 2020, in a long sentence that wraps across several lines when the terminal is narrow enough to need it.',
      '',
      '> A new paragraph | with a pipe, a comma, and "quotes" about widgets.',
      '  See https://example.org/reports/very/long/path/to/a/document/that-is-long.pdf for widgets.',
    ]);
  });

  it('stays in the sentence’s section', () => {
    const c = findContext(kb, 'beta-other-matters-1', 5)!;
    expect(c.before).toEqual([]);
    expect(c.after.map((s) => s.id)).toEqual(['beta-other-matters-2']);
  });
});
