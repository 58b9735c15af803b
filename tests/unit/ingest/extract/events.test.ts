import { describe, expect, it } from 'vitest';
import { findDateSpans } from '../../../../src/ingest/extract/date-spans.js';
import { extractEvents } from '../../../../src/ingest/extract/events.js';

const updated = '2026-04-30';
const events = (s: string) => extractEvents(s, updated);

describe('findDateSpans', () => {
  it.each([
    ['from 2012 to 2020', '2012', '2020'],
    ['between 2022 and 2025', '2022', '2025'],
    ['On September 24, 2021, it', '2021-09-24', null],
    ['in summer 2021.', '2021', null],
    ['Since the early 2000s, it', '2000', '2003'],
    ['between the 1930s and the late 1960s,', '1930', '1969'],
    ['by the third quarter of FY2027 to', '2027', null],
    ['in the September-October 2026 timeframe', '2026-09', '2026-10'],
  ])('%s', (s, start, end) => expect(findDateSpans(s, updated).map((d) => [d.start, d.end])[0]).toEqual([start, end]));

  it.each([
    ['In October, the party won.', '2025-10'],
    ['In March, the party won.', '2026-03'],
    ['The vote will be held in June.', '2026-06'],
  ])('a month alone takes the year that fits the brief’s date: %s', (s, start) => expect(findDateSpans(s, updated)[0]!.start).toBe(start));

  it.each(['the Coronavirus Disease 2019 (COVID-19) pandemic', 'budget for FY2021 spending', 'Section 232 tariffs'])('no date in a name: %s', (s) =>
    expect(findDateSpans(s, updated).filter((d) => !d.attributive)).toEqual([]),
  );
});

describe('extractEvents: a short clause saying what happened', () => {
  it.each([
    // The apposition says what its subject became.
    ['Japan, a U.S. treaty ally since 1951, is a significant partner.', 'since 1951', 'event', ['japan', 'became', 'treaty ally']],
    // A relative clause takes its antecedent as subject.
    ['The prime ministers, especially Shinzo Abe, who served as premier from 2012 to 2020, mattered.', 'from 2012 to 2020', 'period', ['shinzo abe', 'served as premier']],
    // A fronted date dates the main clause.
    ['In summer 2020, Japan suspended its plan to purchase batteries, and is considering other options.', 'summer 2020', 'event', ['japan suspended']],
    // A clause without a subject takes the sentence's, a gerund made past.
    ['The economy grew in 2021 by 1.7%, after decreasing by 4.5% in 2020.', '2020', 'event', ['economy', 'decreased']],
    // A noun of something happening dates its phrase.
    ['Relations are fraught due to Japan’s colonization of the Korean Peninsula from 1910 to 1945.', 'from 1910 to 1945', 'period', ['colonization of the korean peninsula']],
    // "by" a date after the brief, with a pledge: a target.
    ['The government pledges a 46% reduction in emissions by 2030.', 'by 2030', 'target', ['reduction in emissions']],
    // "since" with a clause: a period still going on.
    ['Since the 1980s, policymakers have become concerned about space.', 'Since the 1980s', 'period', ['policymakers']],
    // A year before a common noun dates it; a name keeps its year.
    ['This contrasts with the mild response to the 2014 Crimean annexation.', '2014', 'event', ['crimean annexation']],
    ['It was established by the Gold Reserve Act of January 30, 1934.', 'January 30, 1934', 'event', ['gold reserve act']],
    // A year joined to the one before shares its event.
    ['Notifications were provided regarding exposure to Mexico in 1982 and 1995.', '1995', 'event', ['exposure to mexico']],
  ])('%s', (s, display, kind, words) => {
    const e = events(s).find((x) => x.display === display || x.display.endsWith(display))!;
    expect(e, `no event dated "${display}"`).toBeDefined();
    expect(e.kind).toBe(kind);
    for (const w of words) expect(e.event.toLowerCase()).toContain(w);
    expect(e.event.split(' ').length).toBeLessThanOrEqual(18);
  });

  it.each([
    'It would allow Japan to hit enemy bases for the first time since 1945.',
    'The request planned for 10,400 personnel, 600 more than in FY2025.',
    'The act temporarily permitted the use of the fund, as in 2008.',
    'Relations have plummeted in the past five years.',
    'The postponed 2020 Olympics Games were held.',
  ])('no event from a comparison, a span counted from the brief, or a name: %s', (s) => expect(events(s)).toEqual([]));
});
