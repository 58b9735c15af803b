import { describe, expect, it } from 'vitest';
import { readAuthorBlock } from '../../../../src/ingest/brief/authors.js';
import { readFrontMatter } from '../../../../src/ingest/brief/front-matter.js';
import { lineKind } from '../../../../src/ingest/brief/line-kind.js';
import { toLines } from '../../../../src/ingest/brief/pages.js';
import { looksSideBySide } from '../../../../src/ingest/brief/side-by-side.js';

describe('front matter', () => {
  it('reads a new brief: a plain date, a title on two lines (spelled by the running header), the NEW footer', () => {
    const text = [
      'April 9, 2026',
      'U.S. Interest in Seabed Mining in Areas Beyond National',
      'Jurisdiction: Brief Background',
      'The first body line.',
      'https://crsreports.congress.gov',
      '',
      'U.S. Interest in Seabed Mining in Areas Beyond National Jurisdiction: Brief Background',
      'More text.',
      'https://crsreports.congress.gov | IF12608 · VERSION 1 · NEW',
    ].join('\n');
    const fm = readFrontMatter(toLines(text))!;
    expect(fm).toMatchObject({
      updated: '2026-04-09',
      isNew: true,
      title: 'U.S. Interest in Seabed Mining in Areas Beyond National Jurisdiction: Brief Background',
      reportId: 'IF12608',
      version: 1,
    });
    expect(fm.titleLines.map((l) => l.no)).toEqual([2, 3]);
  });

  it('reads an updated brief with a one-line title', () => {
    const fm = readFrontMatter(toLines('\nUpdated March 30, 2022\nU.S.-Japan Relations\nOverview\nhttps://crsreports.congress.gov | IF10199 · VERSION 19 · UPDATED'))!;
    expect(fm).toMatchObject({ updated: '2022-03-30', isNew: false, title: 'U.S.-Japan Relations', reportId: 'IF10199', version: 19 });
  });
});

describe('author block', () => {
  it('reads roles that wrap, with other-column lines between, and roles without a usual staff title next to one', () => {
    const lines = toLines(
      [
        'Caitlin Keating-Bitonti, Specialist in Natural Resources',
        'establish priority of right, and permit requirements',
        'Policy',
        "Ebrima M'Bai, U.S. Army Fellow",
        'Marc Labonte, Specialist in Macroeconomic Policy',
      ].join('\n'),
    );
    expect(readAuthorBlock(lines, 57).map((a) => [a.name, a.role, a.lines])).toEqual([
      ['Caitlin Keating-Bitonti', 'Specialist in Natural Resources Policy', [1, 3]],
      ["Ebrima M'Bai", 'U.S. Army Fellow', [4]],
      ['Marc Labonte', 'Specialist in Macroeconomic Policy', [5]],
    ]);
  });

  it('takes no bullet fragment for an author', () => {
    expect(lineKind('(MDTF), Joint Base Lewis-McChord, WA—FY2029;')).toBe('body');
    expect(lineKind('•  6th IFPC BN–I Corps–Joint Base Lewis-McChord,')).toBe('bullet');
  });
});

describe('side-by-side text', () => {
  it('is told apart from the height-sorted rendering', () => {
    const wide = Array.from({ length: 20 }, (_, i) => `left column line ${i} goes here       right column line ${i} goes on`);
    expect(looksSideBySide(wide.map((text) => ({ text })))).toBe(true);
    const sorted = Array.from({ length: 20 }, (_, i) => ({ text: `one column line ${i}, then  the other` }));
    expect(looksSideBySide(sorted)).toBe(false);
  });
});
