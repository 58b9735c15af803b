// The PDF adapter onto the structure stage: what it joins, opens, drops and reads from the
// masthead, footer and disclaimer, on hand-made lines.

import { describe, expect, it } from 'vitest';
import { documentFacts, pdfStructure, toStructureInput, UNTITLED_INTRO, type BriefLines } from '../../../src/ingest/pdf/to-structure-input.js';
import type { PdfLine } from '../../../src/ingest/pdf/types.js';

/** A flow line; `bold` makes its first run bold up to the first comma (an author's name). */
function line(kind: PdfLine['kind'], text: string, more: Partial<PdfLine> & { bold?: boolean } = {}): PdfLine {
  const { bold, ...rest } = more;
  const comma = text.indexOf(',');
  const runs = bold && comma > 0
    ? [{ text: text.slice(0, comma), bold: true, italic: false, fontSize: 10 }, { text: text.slice(comma), bold: false, italic: false, fontSize: 10 }]
    : [{ text, bold: false, italic: false, fontSize: 10 }];
  return { page: 1, column: 'left', x: 0, y: 0, width: 100, fontSize: 10, text, kind, runs, gapBefore: 0, indent: 0, ...rest };
}

function brief(lines: PdfLine[], furniture: PdfLine[] = []): BriefLines {
  return {
    ok: true,
    lines,
    furniture,
    meta: { reportId: 'IF99999', version: 4, isNew: false, updatedLine: 'Updated May 5, 2026', footer: null },
    pageCount: 3,
  };
}

describe('toStructureInput', () => {
  it('opens an untitled introduction for text before the first heading, and only then', () => {
    const withIntro = toStructureInput([line('body', 'Opening words.'), line('heading', 'Next', { level: 1 }), line('body', 'More.')]);
    expect(withIntro.map((l) => [l.kind, l.text])).toEqual([
      ['heading', UNTITLED_INTRO],
      ['body', 'Opening words.'],
      ['heading', 'Next'],
      ['body', 'More.'],
    ]);
    const without = toStructureInput([line('heading', 'Background', { level: 1 }), line('body', 'Text.')]);
    expect(without.map((l) => l.text)).toEqual(['Background', 'Text.']);
  });

  it('joins a heading set on two lines, but not two headings a paragraph apart or of different levels', () => {
    const got = toStructureInput([
      line('heading', 'IFPC Increment 2 FY2027', { level: 1 }),
      line('heading', 'Budget Request', { level: 1, gapBefore: 0.05 }),
      line('heading', 'A Subheading', { level: 2, gapBefore: 0.05 }),
      line('body', 'Text.'),
      line('heading', 'Another', { level: 1, gapBefore: 0.9 }),
      line('heading', 'Right Below', { level: 1, gapBefore: 0.9 }),
    ]);
    expect(got.filter((l) => l.kind === 'heading').map((l) => l.text)).toEqual([
      'IFPC Increment 2 FY2027 Budget Request',
      'A Subheading',
      'Another',
      'Right Below',
    ]);
  });

  it('drops the bullet glyph and keeps bullet continuations as text', () => {
    const got = toStructureInput([
      line('heading', 'List', { level: 1 }),
      line('bullet', '•  First item that', { marker: '•' }),
      line('body', 'wraps.', { bulletContinuation: true }),
    ]);
    expect(got.slice(1).map((l) => [l.kind, l.text])).toEqual([
      ['body', 'First item that'],
      ['body', 'wraps.'],
    ]);
  });

  it('joins a caption’s lines with a space and a source’s lines as wrapped text', () => {
    const got = toStructureInput([
      line('heading', 'H', { level: 1 }),
      line('caption', 'Figure 1. U.S. Space Force Within'),
      line('caption', 'the Air Force'),
      line('subtitle', 'Figure is interactive in the HTML version of this report.'),
      line('figure-text', '$100'),
      line('source', 'Source: Adapted from Air Force -'),
      line('source', 'April 19, 2022, https://www.example.mil/'),
      line('source', 'About-Us. Cost-'),
      line('source', 'sharing data.'),
      line('note', 'Notes: Invented.'),
      line('caption', 'Figure 2. Another'),
    ]);
    expect(got.slice(1).map((l) => [l.kind, l.text])).toEqual([
      ['caption', 'Figure 1. U.S. Space Force Within the Air Force'],
      ['source', 'Source: Adapted from Air Force - April 19, 2022, https://www.example.mil/About-Us. Cost-sharing data.'],
      ['caption', 'Figure 2. Another'],
    ]);
  });

  it('makes one author line of a name, its role and the role’s wrapped rest', () => {
    const got = toStructureInput([
      line('heading', 'H', { level: 1 }),
      line('author', 'Ada Q. Lovelace, Analyst in Testing Policy and', { bold: true }),
      line('author', 'Procedures'),
      line('author', 'Alan Turing, Specialist in Machines', { bold: true }),
      line('report-number', 'IF99999'),
    ]);
    expect(got.slice(1).map((l) => [l.kind, l.text])).toEqual([
      ['author', 'Ada Q. Lovelace, Analyst in Testing Policy and Procedures'],
      ['author', 'Alan Turing, Specialist in Machines'],
    ]);
  });

  it('numbers the lines it gives the stage from 1, in order', () => {
    const got = toStructureInput([line('body', 'A.'), line('heading', 'B', { level: 1 }), line('body', 'C.')]);
    expect(got.map((l) => l.no)).toEqual([1, 2, 3, 4]);
  });
});

describe('documentFacts', () => {
  const furniture = [
    line('footer', 'https://crsreports.congress.gov', { page: 1 }),
    line('disclaimer', 'Disclaimer', { page: 3 }),
    line('disclaimer', 'This document was prepared by the Congressional Research Service (CRS). Its', { page: 3 }),
    line('disclaimer', 'text is public-', { page: 3 }),
    line('disclaimer', 'domain.', { page: 3 }),
  ];

  it('reads title, date, id, version, URL, disclaimer and page count', () => {
    const got = documentFacts(brief([line('date', 'Updated May 5, 2026'), line('title', 'A Made-Up Brief for'), line('title', 'Reader Tests')], furniture));
    expect(got).toEqual({
      ok: true,
      document: {
        reportId: 'IF99999',
        title: 'A Made-Up Brief for Reader Tests',
        version: 4,
        updated: '2026-05-05',
        url: 'https://crsreports.congress.gov',
        disclaimer: 'This document was prepared by the Congressional Research Service (CRS). Its text is public-domain.',
        pages: 3,
      },
    });
  });

  it('reads a new brief’s date line, which has no "Updated"', () => {
    const b = brief([line('date', 'April 9, 2026'), line('title', 'T')]);
    const got = documentFacts({ ...b, meta: { ...b.meta, updatedLine: 'April 9, 2026' } });
    expect(got.ok && got.document.updated).toBe('2026-04-09');
  });

  it('refuses a brief without a title, a date or a footer id, saying which', () => {
    expect(documentFacts(brief([line('date', 'Updated May 5, 2026')]))).toMatchObject({ ok: false, reason: expect.stringMatching(/title/) });
    const noDate = brief([line('title', 'T')]);
    expect(documentFacts({ ...noDate, meta: { ...noDate.meta, updatedLine: null } })).toMatchObject({ ok: false, reason: expect.stringMatching(/date/) });
    const noId = brief([line('date', 'Updated May 5, 2026'), line('title', 'T')]);
    expect(documentFacts({ ...noId, meta: { ...noId.meta, version: null } })).toMatchObject({ ok: false, reason: expect.stringMatching(/VERSION/) });
  });
});

describe('pdfStructure', () => {
  it('gives sections with sentences, and no reading order (a PDF has no source lines)', () => {
    const got = pdfStructure(
      brief([line('date', 'Updated May 5, 2026'), line('title', 'T'), line('body', 'One sentence. Another one.'), line('heading', 'Next', { level: 1 }), line('body', 'Last.')]),
    );
    expect(got.ok).toBe(true);
    if (!got.ok) return;
    expect(got.structure.sections.map((s) => [s.title, s.sentences.map((x) => x.text)])).toEqual([
      [UNTITLED_INTRO, ['One sentence.', 'Another one.']],
      ['Next', ['Last.']],
    ]);
    expect(got.meta.readingOrder).toEqual([]);
  });

  it('refuses a brief with no body text', () => {
    expect(pdfStructure(brief([line('date', 'Updated May 5, 2026'), line('title', 'T'), line('heading', 'Alone', { level: 1 })]))).toMatchObject({ ok: false });
  });
});
