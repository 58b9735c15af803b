// A made-up brief in other fonts, sizes and positions reads into the same roles and order.

import { beforeAll, describe, expect, it } from 'vitest';
import { readBriefLines } from '../../../src/ingest/pdf/brief-lines.js';
import type { ReadBriefResult } from '../../../src/ingest/pdf/types.js';
import { authorsOf } from '../../../src/ingest/pdf/truth-checks.js';
import { MINI_FLOW, MINI_FURNITURE, miniBriefPdf } from './mini-brief.js';

type Ok = Extract<ReadBriefResult, { ok: true }>;
let res: Ok;

beforeAll(async () => {
  const got = await readBriefLines(miniBriefPdf());
  if (!got.ok) throw new Error(got.reason);
  res = got;
});

describe('mini brief', () => {
  it('reads every line with its role, in reading order', () => {
    expect(res.lines.map((l) => [l.kind, l.text])).toEqual(MINI_FLOW);
  });

  it('keeps headers, footers and the disclaimer apart', () => {
    expect(res.furniture.map((l) => [l.kind, l.page])).toEqual(MINI_FURNITURE);
  });

  it('parses the id footer and the date line', () => {
    expect(res.meta).toEqual({
      reportId: 'IF99999',
      version: 3,
      isNew: false,
      updatedLine: 'Updated May 5, 2026',
      footer: 'https://crsreports.congress.gov | IF99999 · VERSION 3 · UPDATED',
    });
  });

  it('levels headings by the document’s own sizes', () => {
    expect(res.lines.filter((l) => l.kind === 'heading').map((l) => [l.text, l.level])).toEqual([
      ['First Heading', 1],
      ['A Subheading', 2],
      ['Second Heading', 1],
    ]);
  });

  it('assigns columns by the learned column edges', () => {
    const col = (text: string): string | undefined => res.lines.find((l) => l.text === text)?.column;
    expect(col('Updated May 5, 2026')).toBe('full');
    expect(col('plain body text.')).toBe('left');
    expect(col('points to Figure 1.')).toBe('right');
  });

  it('marks paragraph breaks with gapBefore and bullet continuations with their indent', () => {
    const line = (text: string) => res.lines.find((l) => l.text === text);
    expect(line('A second paragraph follows after one blank line.')?.gapBefore).toBeCloseTo(1, 1);
    expect(line('untitled introduction that runs over three lines of')?.gapBefore).toBeCloseTo(0, 1);
    expect(line('a second line.')).toMatchObject({ kind: 'body', bulletContinuation: true, indent: 10 });
    expect(line('Body after the list.')?.bulletContinuation).toBeUndefined();
    expect(line('•  Another item.')).toMatchObject({ kind: 'bullet', marker: '•' });
  });

  it('keeps a superscript inline and in its own smaller run', () => {
    const line = res.lines.find((l) => l.text.startsWith('type, and'));
    expect(line?.text).toBe('type, and the 119th Congress met.');
    expect(line?.runs.map((r) => r.fontSize)).toEqual([10, 6.5, 10]);
  });

  it('shows a bold run-in lead as the first run', () => {
    const line = res.lines.find((l) => l.text.startsWith('Lead In.'));
    expect(line?.runs[0]).toMatchObject({ text: 'Lead In. ', bold: true, italic: false });
    expect(line?.runs[1]?.bold).toBe(false);
  });

  it('splits authors into name and role, wrapped roles included', () => {
    expect(authorsOf(res.lines)).toEqual([
      { name: 'Ada Q. Lovelace', role: 'Analyst in Testing Policy and Procedures' },
      { name: 'Alan Turing', role: 'Specialist in Machines' },
    ]);
  });
});
