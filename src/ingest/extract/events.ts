import { MONTHS } from '../../text/dates.js';
import { identifierSpans } from './identifiers.js';

/** A year, month or span found in a sentence, for a timeline. */
export interface RawEvent {
  readonly display: string;
  readonly start: string; // YYYY or YYYY-MM
  readonly end: string | null;
}

/** Years, months, seasons, decades and spans of a sentence. */
export function extractEvents(sentence: string): RawEvent[] {
  const taken = identifierSpans(sentence);
  const out: { at: number; ev: RawEvent }[] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (s: number, e: number, ev: RawEvent) => {
    if (!free(s, e)) return;
    out.push({ at: s, ev });
    taken.push([s, e]);
  };
  const YEAR = '(1[0-9]\\d\\d|20\\d\\d)';
  for (const m of sentence.matchAll(new RegExp(`\\bfrom\\s+${YEAR}\\s+(?:to|until|through)\\s+${YEAR}\\b`, 'g'))) {
    add(m.index, m.index + m[0].length, { display: m[0], start: m[1]!, end: m[2]! });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${MONTHS.join('|')})\\s+${YEAR}\\b`, 'g'))) {
    const month = String(MONTHS.indexOf(m[1]!) + 1).padStart(2, '0');
    add(m.index, m.index + m[0].length, { display: m[0], start: `${m[2]}-${month}`, end: null });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(?:early|late|mid|summer|winter|spring|fall|autumn)\\s+${YEAR}(s?)\\b`, 'gi'))) {
    add(m.index, m.index + m[0].length, { display: m[0], start: m[1]!, end: m[2] ? String(Number(m[1]) + 9) : null });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b${YEAR}(s?)\\b`, 'g'))) {
    if (/^[-–]|^\s*(?:thousand|million|billion)/.test(sentence.slice(m.index + m[0].length))) continue;
    if (/[$.,]$/.test(sentence.slice(0, m.index))) continue;
    add(m.index, m.index + m[0].length, { display: m[0], start: m[1]!, end: m[2] ? String(Number(m[1]) + 9) : null });
  }
  return out.sort((a, b) => a.at - b.at).map((o) => o.ev);
}
