import type { Fact } from '../../kb/schema.js';
import { findDateSpans } from './date-spans.js';
import { identifierSpans } from './identifiers.js';

/** A number found in a sentence, before it is judged a fact and labelled. */
export interface Candidate {
  /** Offsets of the figure itself ("54,000", "$2 billion", "fourth-largest"), without its qualifier. */
  readonly start: number;
  readonly end: number;
  readonly value: number;
  readonly unit: Fact['unit'];
  /** How the number is written: digits with a unit sign, a word number, "N-year", an ordinal rank… */
  readonly form: 'usd' | 'percent' | 'fraction' | 'hyphen' | 'rank' | 'top' | 'digits' | 'word';
  /** The noun of a hyphenated figure ("year" of "four-year", "nation" of "11-nation"). */
  readonly noun?: string;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
export const WORD_NUMBER: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const FRACTION: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20 };
const WORDS = Object.keys(WORD_NUMBER).join('|');
const SUPERLATIVE = 'largest|biggest|smallest|highest|lowest|greatest|top';

const parseNumber = (digits: string) => Number(digits.replace(/,/g, ''));

/**
 * Every number of a sentence that could be a figure, in text order: amounts in dollars,
 * percentages, fractions ("half of"), hyphenated figures ("four-year", "11-nation"), ranks
 * ("fourth-largest", "the largest", "three largest"), numbers in digits and word numbers
 * before a noun. Identifiers ("Section 232", "P.L. 115-334") and dates are left out.
 */
export function findCandidates(sentence: string, updated: string): Candidate[] {
  const taken: [number, number][] = [...identifierSpans(sentence), ...findDateSpans(sentence, updated).filter((d) => !d.attributive || /^\d{4}$/.test(d.display)).map((d): [number, number] => [d.from, d.to])];
  const out: Candidate[] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (c: Candidate) => {
    if (!free(c.start, c.end)) return;
    out.push(c);
    taken.push([c.start, c.end]);
  };

  for (const m of sentence.matchAll(/\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?/g)) {
    add({ start: m.index, end: m.index + m[0].length, value: parseNumber(m[1]!) * (SCALE[m[2] ?? ''] ?? 1), unit: 'USD', form: 'usd' });
  }
  for (const m of sentence.matchAll(/(\d+(?:\.\d+)?)\s?(?:%|percent\b)/g)) {
    add({ start: m.index, end: m.index + m[0].length, value: Number(m[1]), unit: 'percent', form: 'percent' });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(\\d+|${WORDS})-(year|month|nation|country|member|level|party)\\b`, 'gi'))) {
    const n = WORD_NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]);
    const noun = m[2]!.toLowerCase();
    // A month-long span is not in years; it stays a count of months.
    add({ start: m.index, end: m.index + m[0].length, value: n, unit: noun === 'year' ? 'years' : 'count', form: 'hyphen', noun });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${Object.keys(ORDINAL).join('|')})[- ](${SUPERLATIVE})\\b`, 'gi'))) {
    add({ start: m.index, end: m.index + m[0].length, value: ORDINAL[m[1]!.toLowerCase()]!, unit: 'rank', form: 'rank' });
  }
  // "the world’s three largest economies", "the top four export markets": within the top N.
  for (const m of sentence.matchAll(new RegExp(`\\b(?:(${WORDS})\\s+(?:${SUPERLATIVE})|top\\s+(${WORDS}|\\d+))\\b`, 'gi'))) {
    const word = (m[1] ?? m[2])!.toLowerCase();
    add({ start: m.index, end: m.index + m[0].length, value: WORD_NUMBER[word] ?? Number(word), unit: 'rank', form: 'top' });
  }
  // "the largest source", "its investors are the largest foreign holders": first.
  for (const m of sentence.matchAll(/\b(?:the|its|their|and)\s+((?:largest|biggest)\b)(?!\s+(?:of|among)\b)/gi)) {
    const at = m.index + m[0].length - m[1]!.length;
    add({ start: at, end: m.index + m[0].length, value: 1, unit: 'rank', form: 'rank' });
  }
  for (const m of sentence.matchAll(/\b(half|a third|a quarter|a fifth)\b(?= of)/gi)) {
    add({ start: m.index, end: m.index + m[0].length, value: FRACTION[m[1]!.toLowerCase().replace(/^a /, '')]!, unit: 'percent', form: 'fraction' });
  }
  for (const m of sentence.matchAll(/\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?\b/g)) {
    const e = m.index + m[0].length;
    const n = parseNumber(m[1]!);
    // Four-digit numbers from 1000 to 2100 without a scale are years: events, not quantities.
    if (!m[2] && /^\d{4}$/.test(m[1]!) && n >= 1000 && n <= 2100) continue;
    if (/^[-–]/.test(sentence.slice(e)) || /[-–.]$/.test(sentence.slice(0, m.index))) continue;
    add({ start: m.index, end: e, value: n * (SCALE[m[2] ?? ''] ?? 1), unit: 'count', form: 'digits' });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${WORDS}|both)\\b(?=\\s+(?:of\\s+)?[\\p{L}])`, 'giu'))) {
    const word = m[1]!.toLowerCase();
    add({ start: m.index, end: m.index + m[0].length, value: WORD_NUMBER[word] ?? 2, unit: 'count', form: 'word' });
  }
  return out.sort((a, b) => a.start - b.start);
}
