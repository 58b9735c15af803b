import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/ingest/extract/events.js';

describe('extractEvents', () => {
  it.each([
    ['an ally since 1951.', [['1951', '1951', null]]],
    ['premier from 2012 to 2020.', [['from 2012 to 2020', '2012', '2020']]],
    ['premier in September 2021, will', [['September 2021', '2021-09', null]]],
    ['Since the early 2000s, the', [['early 2000s', '2000', '2009']]],
    ['the Coronavirus Disease 2019 (COVID-19) pandemic and FY2021', []],
  ])('%s', (s, expected) => expect(extractEvents(s).map((e) => [e.display, e.start, e.end])).toEqual(expected));
});
