import { describe, expect, it } from 'vitest';
import type { LineKind } from '../../../../src/ingest/brief/line-kind.js';
import { buildStructure, type StructureLine } from '../../../../src/ingest/text/structure.js';

let no = 0;
const L = (text: string, kind: LineKind = 'body', extra: Partial<StructureLine> = {}): StructureLine => ({ no: ++no, page: 1, text, kind, ...extra });
const FULL = 'x'.repeat(58);

describe('structure stage', () => {
  it('puts text before the first heading in an untitled Introduction, and reads the metadata from the furniture', () => {
    const s = buildStructure([
      L('April 9, 2026', 'date'),
      L('Treasury’s Exchange', 'title'),
      L('Stabilization Fund', 'title'),
      L('The fund is old and it is small.'),
      L('Background', 'heading'),
      L('It began in 1934.'),
      L('https://crsreports.congress.gov | IF13200 · VERSION 1 · NEW', 'footer'),
    ]);
    expect(s.sections.map((x) => [x.title, x.level, x.untitled ?? false])).toEqual([
      ['Introduction', 1, true],
      ['Background', 1, false],
    ]);
    expect(s.document).toEqual({ title: 'Treasury’s Exchange Stabilization Fund', updated: '2026-04-09', isNew: true, reportId: 'IF13200', version: 1 });
  });

  it('joins a heading set on two lines, and keeps a level it is given', () => {
    const s = buildStructure([L('IFPC Increment 2 FY2027 Budget', 'heading'), L('Request', 'heading'), L('It asks for more money.'), L('Sub', 'heading', { level: 2 })]);
    expect(s.sections.map((x) => [x.title, x.level])).toEqual([
      ['IFPC Increment 2 FY2027 Budget Request', 1],
      ['Sub', 2],
    ]);
  });

  it('makes each bullet item a paragraph, drops the glyph and marks run-in leads', () => {
    const s = buildStructure([
      L('Functions', 'heading'),
      L(`Foreign Market Interventions. Between the 1930s and the ${FULL}`),
      L('late 1960s, Treasury used the fund.'),
      L('It has three functions:'),
      L('•  In space. The force protects satellites.', 'bullet'),
      L('•  repairs to the canal;', 'bullet'),
    ]);
    const sentences = s.sections[0]!.sentences;
    expect(sentences.map((x) => [x.text, x.leadIn ?? false, x.bullet ?? false])).toEqual([
      ['Foreign Market Interventions.', true, false],
      [`Between the 1930s and the ${FULL} late 1960s, Treasury used the fund.`, false, false],
      ['It has three functions:', false, false],
      ['In space.', true, true],
      ['The force protects satellites.', false, true],
      ['repairs to the canal;', false, true],
    ]);
    expect(new Set(sentences.map((x) => x.paragraph)).size).toBe(4);
  });

  it('takes a run-in lead from the fonts when the PDF path gives them', () => {
    const runs = [
      { text: 'AUKUS.', bold: true, italic: false, fontSize: 10 },
      { text: ' The pact grew.', bold: false, italic: false, fontSize: 10 },
    ];
    const s = buildStructure([L('AUKUS. The pact grew.', 'body', { runs, gapBefore: 0 })]);
    expect(s.sections[0]!.sentences.map((x) => [x.text, x.leadIn ?? false])).toEqual([
      ['AUKUS.', true],
      ['The pact grew.', false],
    ]);
  });

  it('reads a figure with a caption, subtitle and source over several lines', () => {
    const s = buildStructure([
      L('Organization', 'heading'),
      L('Figure 1. U.S. Space Force Within the Department of', 'caption'),
      L('the Air Force', 'caption'),
      L('Figure is interactive in the HTML version of this report.', 'subtitle'),
      L('Source: Adapted from Headquarters Air Force -', 'source'),
      L('April 19, 2022, https://www.ussf-cfc.spaceforce.mil/', 'source'),
      L('About-Us/Combat.', 'source'),
    ]);
    expect(s.figures[0]).toMatchObject({
      label: 'Figure 1',
      caption: 'U.S. Space Force Within the Department of the Air Force',
      subtitle: 'Figure is interactive in the HTML version of this report.',
      source: 'Adapted from Headquarters Air Force - April 19, 2022, https://www.ussf-cfc.spaceforce.mil/About-Us/Combat.',
      sectionIndex: 0,
    });
  });

  it('reads authors with wrapped roles', () => {
    const s = buildStructure([
      L('Rebecca M. Nelson, Specialist in International Trade and', 'author'),
      L('Finance', 'author'),
      L("Ebrima M'Bai, U.S. Army Fellow", 'author'),
    ]);
    expect(s.authors.map((a) => [a.name, a.role])).toEqual([
      ['Rebecca M. Nelson', 'Specialist in International Trade and Finance'],
      ["Ebrima M'Bai", 'U.S. Army Fellow'],
    ]);
  });
});
