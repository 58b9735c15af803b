// The PDF adapter onto the structure stage: what it hands the stage (kinds, fonts without the
// bullet marker, gaps in points, the footers), what the stage then makes of it, and the facts
// read from the furniture; on hand-made lines.

import { describe, expect, it } from 'vitest';
import { documentMeta, pdfStructure, toStructureInput, type BriefLines } from '../../../src/ingest/pdf/to-structure-input.js';
import type { PdfLine } from '../../../src/ingest/pdf/types.js';

/** A line; `bold` makes the text up to the first comma (or all of it) a bold run. */
function line(kind: PdfLine['kind'], text: string, more: Partial<PdfLine> & { bold?: string } = {}): PdfLine {
  const { bold, ...rest } = more;
  const runs = bold && text.startsWith(bold)
    ? [{ text: bold, bold: true, italic: false, fontSize: 10 }, ...(text.length > bold.length ? [{ text: text.slice(bold.length), bold: false, italic: false, fontSize: 10 }] : [])]
    : [{ text, bold: false, italic: false, fontSize: 10 }];
  return { page: 1, column: 'left', x: 0, y: 0, width: 100, fontSize: 10, text, kind, runs, gapBefore: 0, indent: 0, ...rest };
}

/** A bullet line: marker run, then the item's runs. */
function bullet(text: string, bold?: string): PdfLine {
  const item = line('body', text, bold ? { bold } : {});
  return { ...item, kind: 'bullet', text: `•  ${text}`, marker: '•', runs: [{ text: '•  ', bold: false, italic: false, fontSize: 10 }, ...item.runs] };
}

const FOOTER = line('footer', 'https://crsreports.congress.gov | IF99999 · VERSION 4 · UPDATED', { page: 3 });
const MASTHEAD = [line('date', 'Updated May 5, 2026'), line('title', 'A Made-Up Brief for'), line('title', 'Reader Tests')];

function brief(lines: PdfLine[], furniture: PdfLine[] = [FOOTER]): BriefLines {
  return {
    ok: true,
    lines: [...MASTHEAD, ...lines],
    furniture,
    meta: { reportId: 'IF99999', version: 4, isNew: false, updatedLine: 'Updated May 5, 2026', footer: FOOTER.text },
    pageCount: 3,
    pitch: 12,
  };
}

describe('toStructureInput', () => {
  it('hands the stage every line it has a kind for, numbered from 1, the footers last', () => {
    const got = toStructureInput(
      brief([
        line('heading', 'Background', { level: 1 }),
        line('body', 'Text.'),
        line('caption', 'Figure 1. A Chart'),
        line('subtitle', 'Figure is interactive in the HTML version of this report.'),
        line('figure-text', '$100'),
        line('source', 'Source: Invented.'),
        line('note', 'Notes: Invented too.'),
        line('author', 'Ada Lovelace, Analyst in Testing', { bold: 'Ada Lovelace' }),
        line('report-number', 'IF99999'),
      ], [line('header', 'A Made-Up Brief for Reader Tests', { page: 2 }), line('disclaimer', 'Disclaimer', { page: 3 }), FOOTER]),
    );
    expect(got.map((l) => [l.no, l.kind, l.text])).toEqual([
      [1, 'date', 'Updated May 5, 2026'],
      [2, 'title', 'A Made-Up Brief for'],
      [3, 'title', 'Reader Tests'],
      [4, 'heading', 'Background'],
      [5, 'body', 'Text.'],
      [6, 'caption', 'Figure 1. A Chart'],
      [7, 'subtitle', 'Figure is interactive in the HTML version of this report.'],
      [8, 'source', 'Source: Invented.'],
      [9, 'author', 'Ada Lovelace, Analyst in Testing'],
      [10, 'report-number', 'IF99999'],
      [11, 'footer', FOOTER.text],
    ]);
    expect(got[3]?.level).toBe(1);
  });

  it('gives gaps in points (body pitches × pitch) and leaves the bullet marker out of the runs', () => {
    const got = toStructureInput(brief([line('body', 'A paragraph.', { gapBefore: 0.5 }), bullet('In space. Protecting it.', 'In space. ')]));
    expect(got[3]?.gapBefore).toBe(6);
    expect(got[4]?.text).toBe('•  In space. Protecting it.');
    expect(got[4]?.runs?.map((r) => [r.text, r.bold])).toEqual([['In space. ', true], ['Protecting it.', false]]);
  });
});

describe('pdfStructure', () => {
  it('gets sections with levels, an untitled intro, bullets and lead-ins from the stage', () => {
    const got = pdfStructure(
      brief([
        line('body', 'Opening words. More of them.'),
        line('heading', 'Functions', { level: 1, gapBefore: 0.9 }),
        line('body', 'The core functions:'),
        bullet('In space. Protecting the force;', 'In space. '),
        bullet('From space. Delivering missions.', 'From space. '),
        line('heading', 'A Subheading', { level: 2, gapBefore: 0.9 }),
        line('body', 'Closing words.'),
      ]),
    );
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    const s = got.structure;
    expect(s.sections.map((x) => [x.title, x.level, x.untitled ?? false])).toEqual([
      ['Introduction', 1, true],
      ['Functions', 1, false],
      ['A Subheading', 2, false],
    ]);
    expect(s.sections[1]?.sentences.map((x) => [x.text, x.bullet ?? false, x.leadIn ?? false])).toEqual([
      ['The core functions:', false, false],
      ['In space.', true, true],
      ['Protecting the force;', true, false],
      ['From space.', true, true],
      ['Delivering missions.', true, false],
    ]);
    expect(s.document).toMatchObject({ title: 'A Made-Up Brief for Reader Tests', updated: '2026-05-05', reportId: 'IF99999', version: 4, isNew: false });
    expect(got.meta.readingOrder).toEqual([]);
  });

  it('starts a paragraph at a gap: two paragraphs whose first ends on a full line', () => {
    const got = pdfStructure(
      brief([
        line('heading', 'H', { level: 1 }),
        line('body', 'A first paragraph that fills its last line to the end.'),
        line('body', 'A second paragraph after a gap.', { gapBefore: 0.9 }),
      ]),
    );
    expect(got.ok && got.structure.sections[0]?.sentences.map((x) => x.paragraph)).toEqual([1, 2]);
  });

  it('refuses a brief with no body text, or without its footer id', () => {
    expect(pdfStructure(brief([line('heading', 'Alone', { level: 1 })]))).toMatchObject({ ok: false, reason: expect.stringMatching(/no body text/) });
    expect(pdfStructure(brief([line('heading', 'H', { level: 1 }), line('body', 'Text.')], []))).toMatchObject({ ok: false, reason: expect.stringMatching(/VERSION/) });
  });
});

describe('documentMeta', () => {
  it('reads the URL, the disclaimer and the page count from the furniture', () => {
    const furniture = [
      line('footer', 'https://crsreports.congress.gov', { page: 1 }),
      line('disclaimer', 'Disclaimer', { page: 3 }),
      line('disclaimer', 'This document was prepared by the Congressional Research Service (CRS). Its', { page: 3 }),
      line('disclaimer', 'text is public-', { page: 3 }),
      line('disclaimer', 'domain.', { page: 3 }),
      FOOTER,
    ];
    expect(documentMeta(brief([], furniture))).toEqual({
      url: 'https://crsreports.congress.gov',
      disclaimer: 'This document was prepared by the Congressional Research Service (CRS). Its text is public-domain.',
      pages: 3,
      readingOrder: [],
    });
  });
});
