import { MONTHS } from '../../text/dates.js';

// Words after which a number is a date or an amount, never part of a name.
const NOT_A_NAME = new Set([
  'in', 'since', 'by', 'from', 'to', 'until', 'of', 'after', 'before', 'through', 'during', 'and', 'or',
  'than', 'with', 'about', 'around', 'for', 'between', 'early', 'late', 'summer', 'winter', 'spring', 'fall',
  'autumn', 'mid', 'as', 'at', 'on', 'the', 'over', 'under', 'nearly', 'almost', 'some', 'all', 'only', 'roughly',
  'approximately', 'just', 'another', 'more', 'less', 'fewer', 'least', 'than', 'about', 'including', 'were', 'was', 'are', 'is',
  ...MONTHS.map((m) => m.toLowerCase()),
]);

/**
 * Spans of a sentence that name things rather than count them: "Section 232", "FY2021",
 * "COVID-19", "Figure 1", legal citations ("P.L. 115-334", "7 U.S.C. §5623(f)(4)", "58 FR 33933",
 * "H.R. 7567", "S.Res. 331"), ordinals written in digits ("119th", "1-51st") and hyphenated
 * designations ("USA-1", "GSM-102", "AIM-9X").
 */
export function identifierSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  const patterns: RegExp[] = [
    /\b[A-Z]{1,5}-?\d+[A-Z]?\b/g, // FY2021, COVID-19, IF10199, USA-1, GSM-102
    /\b([A-Z][a-z]+)\s+(\d+)\b/g, // Section 232, Figure 1, Disease 2019
    /\b(?:P\.L\.|Pub\. L\.|H\.R\.|S\.|S\.Res\.|H\.Res\.|S\.Con\.Res\.|E\.O\.|Stat\.)\s*\d[\d.-]*(?:\/[A-Z.]+\s*\d+)?/g, // P.L. 115-334, H.R. 2322/S. 1119
    /\b\d+\s+(?:U\.S\.C\.|C\.F\.R\.|FR|Fed\. Reg\.|Stat\.)\s*(?:§+\s*)?[\d.]+[a-z]?(?:\([a-z0-9]+\))*/g, // 7 U.S.C. §5623(f)(4), 58 FR 33933
    /(?:U\.S\.C\.|C\.F\.R\.)\s*§+\s*[\d.]+[a-z]?(?:\([a-z0-9]+\))*/g,
    /§+\s*\d[\d.]*[a-z]?(?:\([a-z0-9]+\))*/g, // §401, §§1401
    /\b\d+(?:-\d+)?(?:st|nd|rd|th)\b/g, // 119th, 1-51st
    /\b[A-Za-z]+-\d+[A-Za-z]*\b/g, // AIM-9X, AGM-114L
    /\b\d+[A-Z][A-Za-z]*\b/g, // 9X, 3D
    /\b\d+\s+Federal Register(?:\s*\[[A-Z]+\])?\s+\d+/g, // 64 Federal Register [FR] 3563
    /\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+\([A-Z][A-Za-z.]*\)\s+\d+/g, // Executive Order (E.O.) 14285
    /\(\d{1,2}\)|(?<=\s)\d{1,2}\)/g, // enumerators: (1), 2)
  ];
  for (const re of patterns) {
    for (const m of sentence.matchAll(re)) {
      if (m[1] !== undefined && m[2] !== undefined && NOT_A_NAME.has(m[1].toLowerCase())) continue;
      spans.push([m.index, m.index + m[0].length]);
    }
  }
  return spans;
}
