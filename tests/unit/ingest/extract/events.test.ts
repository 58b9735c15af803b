import { describe, expect, it } from 'vitest';
import { extractEvents } from '../../../../src/ingest/extract/events.js';

describe('extractEvents', () => {
  it.each([
    ['Japan, an ally since 1951, is a partner.', [['1951', '1951', null]]],
    ['Abe, who served as premier from 2012 to 2020.', [['from 2012 to 2020', '2012', '2020']]],
    ['Kishida, who became premier in September 2021, will', [['September 2021', '2021-09', null]]],
    ['Since the early 2000s, the allies have improved the alliance.', [['early 2000s', '2000', null]]],
    ['the Coronavirus Disease 2019 (COVID-19) pandemic and FY2021', []],
  ])('%s', (s, expected) => expect(extractEvents(s, '2022-03-30').map((e) => [e.display, e.start, e.end])).toEqual(expected));
});
