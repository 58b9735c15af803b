import { STOP_WORDS } from '../../text/word-lists.js';
import { identifierSpans } from './identifiers.js';

/** A quantity found in a sentence, before it gets its ids. */
export interface RawFact {
  readonly value: number;
  readonly unit: 'count' | 'USD' | 'percent' | 'years' | 'rank';
  readonly display: string;
  readonly qualifier: string | null;
  readonly label: string;
}

const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const WORD_NUMBER: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const ORDINAL: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
const FRACTION: Record<string, number> = { half: 50, third: 100 / 3, quarter: 25, fifth: 20 };
const QUALIFIER = /(?:^|[\s(])(around|roughly|about|approximately|nearly|almost|under|over|less than|more than|at least|up to|~)\s*$/i;
function parseNumber(digits: string): number {
  return Number(digits.replace(/,/g, ''));
}

// Words a label neither starts nor ends with.
const LOOSE_START = new Set(['and', 'or', 'which', 'that', 'after', 'perhaps', 'eventually', 'currently', 'the', 'a', 'an', 'its', 'their', 'his', 'her', 'to', 'for', 'of', 'in', 'by', 'with']);
const LOOSE_END = new Set([...STOP_WORDS, 'against']);

function tidyLabel(words: string[]): string {
  const w = [...words];
  while (w.length && LOOSE_START.has(w[0]!.toLowerCase())) w.shift();
  while (w.length && LOOSE_END.has(w.at(-1)!.toLowerCase())) w.pop();
  return w.join(' ').replace(/[.,;:]+$/, '');
}

/**
 * A short phrase of what a number measures: "80% of its population" → "population" (the
 * noun phrase after "of"), "28,000 deaths" → "deaths" (the words after it), otherwise the
 * words before it in its clause ("Japan’s GDP increased in 2021 by 1.7%" → "Japan’s GDP
 * increased").
 */
function labelAt(sentence: string, start: number, end: number): string {
  const words = (s: string) => s.match(/[\p{L}][\p{L}\p{N}’'.-]*/gu) ?? [];
  const after = sentence.slice(end);
  const of = /^\s+of\s+([^,;:()—]+)/.exec(after);
  if (of) {
    const np = tidyLabel(words(of[1]!.split(/\s(?:which|that|who|and|in|to|from|by)\s/)[0] ?? '').slice(0, 6));
    if (np) return np;
  }
  // The words after the number up to the next conjunction or number ("28,000 deaths and …").
  // A time after the number ("deal in December") is not what it measures.
  const rest = after.split(/[,;:()—]|\s(?:and|or|as)\s|\s(?:in|on|at|by)\s(?=[A-Z0-9]|late|early|mid)|\s\d/)[0] ?? '';
  const next = tidyLabel(words(rest).slice(0, 6));
  if (next && !STOP_WORDS.has(words(rest)[0]?.toLowerCase() ?? '')) return next;
  // Inside brackets, the figure belongs to the words just before them: "exports ($112.2 billion)".
  const head = sentence.slice(0, start);
  const clauses = head.split(/[,;:()—]/);
  const inBrackets = (clauses.at(-1) ?? '').trim() === '' && /\(\s*[~]?\s*$/.test(head);
  const clause = inBrackets ? (clauses.at(-2) ?? '') : (clauses.at(-1) ?? '');
  let before = tidyLabel(words(clause).filter((w) => !QUALIFIER.test(` ${w}`)).slice(inBrackets ? -2 : -6));
  // "troops—currently numbering around 54,000": a bare verb form points back to the clause before.
  if (/^\S+ing$/.test(before) && /—[^—]*$/.test(head)) before = tidyLabel(words(head.split('—').at(-2) ?? '').slice(-2));
  return before || next || 'value';
}

/** Every quantity of a sentence, typed, with identifiers and dates left out. */
export function extractFacts(sentence: string): RawFact[] {
  const taken = identifierSpans(sentence);
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const facts: { at: number; fact: RawFact }[] = [];
  const claim = (s: number, e: number) => taken.push([s, e]);
  const qualifierBefore = (at: number) => QUALIFIER.exec(sentence.slice(0, at))?.[1]?.toLowerCase() ?? null;
  const push = (s: number, e: number, fact: Omit<RawFact, 'qualifier' | 'label' | 'display'> & { label?: string }) => {
    const q = qualifierBefore(s);
    const qStart = q ? sentence.slice(0, s).toLowerCase().lastIndexOf(q) : s;
    facts.push({
      at: s,
      fact: {
        ...fact,
        qualifier: q,
        display: sentence.slice(qStart, e).trim(),
        label: fact.label ?? labelAt(sentence, qStart, e),
      },
    });
    claim(s, e);
  };

  for (const m of sentence.matchAll(/\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s*(thousand|million|billion|trillion))?/g)) {
    const e = m.index + m[0].length;
    if (!free(m.index, e)) continue;
    push(m.index, e, { value: parseNumber(m[1]!) * (SCALE[m[2] ?? ''] ?? 1), unit: 'USD' });
  }
  for (const m of sentence.matchAll(/(\d+(?:\.\d+)?)\s?%/g)) {
    const e = m.index + m[0].length;
    if (!free(m.index, e)) continue;
    push(m.index, e, { value: Number(m[1]), unit: 'percent' });
  }
  for (const m of sentence.matchAll(/\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)-(year|month|nation|country)\b/gi)) {
    const e = m.index + m[0].length;
    if (!free(m.index, e)) continue;
    const n = WORD_NUMBER[m[1]!.toLowerCase()] ?? Number(m[1]);
    const years = /year/i.test(m[2]!);
    push(m.index, e, { value: n, unit: years ? 'years' : 'count', ...(years ? {} : { label: `${m[2]!.toLowerCase()}s` }) });
  }
  for (const m of sentence.matchAll(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)-(largest|biggest|smallest|highest|lowest)\b/gi)) {
    const e = m.index + m[0].length;
    if (!free(m.index, e)) continue;
    push(m.index, e, { value: ORDINAL[m[1]!.toLowerCase()]!, unit: 'rank' });
  }
  for (const m of sentence.matchAll(/\b(half|a third|a quarter|a fifth)\b(?= of)/gi)) {
    const e = m.index + m[0].length;
    if (!free(m.index, e)) continue;
    push(m.index, e, { value: FRACTION[m[1]!.toLowerCase().replace(/^a /, '')]!, unit: 'percent' });
  }
  for (const m of sentence.matchAll(/\b(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s+(thousand|million|billion|trillion))?\b/g)) {
    const e = m.index + m[0].length;
    if (!free(m.index, e)) continue;
    const n = parseNumber(m[1]!);
    // Four-digit numbers from 1000 to 2100 without a scale are years: events, not quantities.
    if (!m[2] && /^\d{4}$/.test(m[1]!) && n >= 1000 && n <= 2100) continue;
    if (/^[-–]/.test(sentence.slice(e)) || /[-–]$/.test(sentence.slice(0, m.index))) continue;
    push(m.index, e, { value: n * (SCALE[m[2] ?? ''] ?? 1), unit: 'count' });
  }
  for (const m of sentence.matchAll(/\b(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:of\s+the\s+[\p{L}’']+\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}?(\p{Ll}[\p{L}-]*s)\b/giu)) {
    const e = m.index + m[0].length;
    if (!free(m.index, e)) continue;
    // The label is what is counted, modifiers included: "three prime ministers" → "prime ministers".
    const counted = m[0].slice(m[1]!.length).replace(/^\s+of\s+the\s+[\p{L}’']+\s+/u, '').trim();
    push(m.index, m.index + m[1]!.length, { value: WORD_NUMBER[m[1]!.toLowerCase()]!, unit: 'count', label: counted });
  }
  return facts.sort((a, b) => a.at - b.at).map((f) => f.fact);
}
