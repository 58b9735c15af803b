import { describe, expect, it } from 'vitest';
import { makeCohesion } from '../../../../src/ingest/layout/cohesion.js';
import { rowCost } from '../../../../src/ingest/layout/rows.js';
import type { LayoutLine } from '../../../../src/ingest/layout/types.js';
import { makeVerbCheck } from '../../../../src/ingest/layout/verb-check.js';

const line = (index: number, text: string, kind: LayoutLine['kind'] = 'body'): LayoutLine => ({ index, no: index + 1, text, kind });

describe('finite-verb check', () => {
  const hasVerb = makeVerbCheck();
  it.each([
    ['Both governments distrust Beijing’s intentions.', true],
    ['The U.S.-Japan mutual defense treaty grants the United States the right to base troops.', true],
    ['Japan’s approach to supporting Taiwan’s ability to defend itself—in peacetime and war—depends on several factors.', true],
    ['This approach to hit enemy bases for the first time since 1945.', false],
    ['Both governments responses to a Taiwan crisis scenario.', false],
  ])('%s → %s', (sentence, expected) => expect(hasVerb(sentence)).toBe(expected));
});

describe('lexical cohesion', () => {
  const page = [
    line(0, 'Kishida led the Liberal Democratic Party to victory in the elections.'),
    line(1, 'The faction Kishida leads within the party has been dovish.'),
    line(2, 'Tariffs on aluminum and steel remain in place for now.'),
  ];
  const cohesion = makeCohesion(page);
  it('is higher between lines about the same things', () => {
    expect(cohesion([page[0]!], [page[1]!])).toBeGreaterThan(cohesion([page[0]!], [page[2]!]));
  });
});

describe('row model', () => {
  // Two columns of three lines, alternating: rows (L, R) three times.
  const lines = [0, 1, 2, 3, 4, 5].map((i) => line(i, i % 2 === 0 ? `left ${i} goes on` : `right ${i} goes on`));
  const alternate = (l: LayoutLine) => l.index % 2 === 0;
  it('costs nothing for rows that alternate', () => expect(rowCost(lines, alternate)).toBe(0));
  it('charges a gap in the middle of a sentence', () => {
    // L L R L R R: the right column misses a row while its sentence is unfinished.
    const labels = [true, true, false, true, false, false];
    expect(rowCost(lines, (l) => labels[l.index]!)).toBeGreaterThan(0);
  });
  it('lets the other column run on freely after a column has ended', () => {
    const labels = [true, false, true, true, true, true];
    expect(rowCost(lines, (l) => labels[l.index]!)).toBe(0);
  });
});
