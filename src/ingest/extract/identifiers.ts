import { MONTHS } from '../../text/dates.js';

// Words after which a number is a date or an amount, never part of a name.
const NOT_A_NAME = new Set([
  'in', 'since', 'by', 'from', 'to', 'until', 'of', 'after', 'before', 'through', 'during', 'and', 'or',
  'than', 'with', 'about', 'around', 'for', 'between', 'early', 'late', 'summer', 'winter', 'spring', 'fall',
  'autumn', 'mid', 'as', 'at', 'on', 'the',
  ...MONTHS.map((m) => m.toLowerCase()),
]);

/** Spans of a sentence that name things ("Section 232", "FY2021", "COVID-19", "Figure 1"). */
export function identifierSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  const patterns = [
    /\b[A-Z]{1,5}-?\d+\b/g, // FY2021, COVID-19, IF10199
    /\b([A-Z][a-z]+)\s+(\d+)\b/g, // Section 232, Figure 1, Disease 2019
  ];
  for (const re of patterns) {
    for (const m of sentence.matchAll(re)) {
      if (m[1] !== undefined && (NOT_A_NAME.has(m[1].toLowerCase()) || m.index === 0)) continue;
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}
