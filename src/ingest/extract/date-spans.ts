import { MONTHS, monthNumber } from '../../text/dates.js';
import { identifierSpans } from './identifiers.js';

/** A date expression found in a sentence, with the ISO span it names. */
export interface DateSpan {
  /** Offsets of the expression in the sentence, its governing preposition included. */
  readonly from: number;
  readonly to: number;
  /** The date as written ("March 2022", "from 2012 to 2020", "early 2000s"). */
  readonly display: string;
  readonly start: string;
  readonly end: string | null;
  /** The preposition that governs it ("in", "by", "since", "as of"), lower case; null when none. */
  readonly preposition: string | null;
  /** The year modifies a noun ("the 2014 Crimean annexation"), rather than dating a clause. */
  readonly attributive: boolean;
}

const YEAR = '(1[6-9]\\d\\d|20\\d\\d)';
const MONTH = `(${MONTHS.join('|')})`;
const DECADE = '(1[6-9]\\d0|20\\d0)';
const SEASON = '(?:early|late|mid|summer|winter|spring|fall|autumn|the end of|the first half of|the second half of)';
// A preposition that dates a clause; longest first so "as of" wins over "of".
const PREPOSITION = '(as of|starting in|beginning in|until|through|since|during|before|after|over|from|in|on|by|for|of|at)';
// Nouns that name a baseline or a measure, not something that happened: "from 2013 levels".
const BASELINE_NOUNS = /^\s+(?:levels?|dollars|prices|terms|values?|rates?)\b/;
const WORD_COUNT: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };

const pad = (n: number) => String(n).padStart(2, '0');

interface Found {
  from: number;
  to: number;
  display: string;
  start: string;
  end: string | null;
  attributive?: boolean;
}

/** One date expression → its ISO start and end; a decade or season is a span of years. */
function single(text: string): { start: string; end: string | null } | null {
  let m = new RegExp(`^${MONTH}\\s+(\\d{1,2}),\\s+${YEAR}$`).exec(text);
  if (m) return { start: `${m[3]}-${pad(monthNumber(m[1]!))}-${pad(Number(m[2]))}`, end: null };
  m = new RegExp(`^(?:${SEASON}\\s+)?${MONTH}\\s+${YEAR}$`, 'i').exec(text);
  if (m) return { start: `${m[2]}-${pad(monthNumber(m[1]!))}`, end: null };
  m = new RegExp(`^(?:the\\s+)?(early|late|mid-?)?\\s*${DECADE}s$`, 'i').exec(text);
  if (m) {
    const y = Number(m[2]);
    const part = (m[1] ?? '').toLowerCase().replace('-', '');
    if (part === 'early') return { start: String(y), end: String(y + 3) };
    if (part === 'mid') return { start: String(y + 3), end: String(y + 6) };
    if (part === 'late') return { start: String(y + 6), end: String(y + 9) };
    return { start: String(y), end: String(y + 9) };
  }
  m = new RegExp(`^(?:${SEASON}\\s+)?(?:FY\\s?)?${YEAR}$`, 'i').exec(text);
  if (m) return { start: m[1]!, end: null };
  return null;
}

/**
 * The most recent `month` not after the document's date (a brief reports the past), or the
 * next one when the clause looks ahead ("will", "expected", "plans").
 */
function yearOfMonth(month: number, updated: string, ahead: boolean): number {
  const [y, m] = updated.split('-').map(Number) as [number, number];
  if (ahead) return month >= m ? y : y + 1;
  return month <= m ? y : y - 1;
}

/**
 * Every date expression of a sentence: ranges ("from 2012 to 2020", "between 2022 and 2025"),
 * full dates, months with or without a year (a month alone takes its year from `updated`),
 * seasons, decades, fiscal years after a preposition, bare years, and spans relative to the
 * document's date ("over the past decade"). Identifiers ("Section 232", "COVID-19") are skipped.
 */
export function findDateSpans(sentence: string, updated: string): DateSpan[] {
  const taken: [number, number][] = identifierSpans(sentence).filter(([a, b]) => !/^FY/.test(sentence.slice(a, b)));
  const found: Found[] = [];
  const free = (s: number, e: number) => !taken.some(([a, b]) => s < b && e > a);
  const add = (f: Found) => {
    if (!free(f.from, f.to)) return;
    found.push(f);
    taken.push([f.from, f.to]);
  };
  // One date, without capture groups, for the ranges.
  const Y = '(?:1[6-9]\\d\\d|20\\d\\d)';
  const M = `(?:${MONTHS.join('|')})`;
  const one = `(?:${M}\\s+\\d{1,2},\\s+${Y}|(?:${SEASON}\\s+)?${M}\\s+${Y}|(?:the\\s+)?(?:early|late|mid-?)?\\s*(?:1[6-9]\\d0|20\\d0)s|(?:${SEASON}\\s+)?(?:FY\\s?)?${Y})`;
  const bare = (s: string) => s.replace(/^the\s+/i, '');

  for (const m of sentence.matchAll(new RegExp(`\\b(from|between|through)\\s+(${one})\\s+(?:to|until|through|and)\\s+(${one})(?![\\d-])`, 'gi'))) {
    const a = single(bare(m[2]!));
    const b = single(bare(m[3]!));
    if (!a || !b) continue;
    add({ from: m.index, to: m.index + m[0].length, display: m[0], start: a.start, end: b.end ?? b.start });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(${Y})\\s*[-–]\\s*(${Y}|\\d\\d)\\b`, 'g'))) {
    const endYear = m[2]!.length === 2 ? `${m[1]!.slice(0, 2)}${m[2]}` : m[2]!;
    if (Number(endYear) <= Number(m[1])) continue;
    add({ from: m.index, to: m.index + m[0].length, display: m[0], start: m[1]!, end: endYear });
  }
  // A span of months: "the September-October 2026 timeframe".
  for (const m of sentence.matchAll(new RegExp(`\\b${MONTH}\\s*[-–]\\s*${MONTH}\\s+${YEAR}\\b`, 'g'))) {
    add({ from: m.index, to: m.index + m[0].length, display: m[0], start: `${m[3]}-${pad(monthNumber(m[1]!))}`, end: `${m[3]}-${pad(monthNumber(m[2]!))}` });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b${MONTH}\\s+\\d{1,2},\\s+${YEAR}\\b`, 'g'))) {
    add({ from: m.index, to: m.index + m[0].length, display: m[0], ...single(m[0])! });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(?:${SEASON}\\s+)?${MONTH}\\s+${YEAR}\\b`, 'gi'))) {
    if (!/^[A-Z]/.test(m[1]!)) continue;
    add({ from: m.index, to: m.index + m[0].length, display: m[0], ...single(m[0])! });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b(?:the\\s+)?((?:early|late|mid-?)\\s*)?${DECADE}s\\b`, 'gi'))) {
    add({ from: m.index, to: m.index + m[0].length, display: m[0].replace(/^the\s+/i, ''), ...single(m[0])! });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b${SEASON}\\s+${YEAR}\\b`, 'gi'))) {
    add({ from: m.index, to: m.index + m[0].length, display: m[0], ...single(m[0])! });
  }
  // A fiscal year dates a clause only after a preposition ("by FY2026"); "the FY2022 budget" names one.
  for (const m of sentence.matchAll(new RegExp(`\\b(in|by|through|until|since|starting in|beginning in|of|during|for)\\s+((?:the\\s+(?:first|second|third|fourth|last)\\s+quarter\\s+of\\s+)?FY\\s?${YEAR})\\b`, 'gi'))) {
    if (m[1]!.toLowerCase() === 'for' && sentence.slice(0, m.index).trim() !== '') continue;
    if (/^\s+[a-z]/.test(sentence.slice(m.index + m[0].length)) && !/^\s+(?:and|or|to|through|as|but|with|for|in|on|at|by|from)\b/.test(sentence.slice(m.index + m[0].length))) continue;
    const at = m.index + m[0].length - m[2]!.length;
    add({ from: at, to: m.index + m[0].length, display: m[2]!, start: m[3]!, end: null });
  }
  // A month without a year: "In October", "in late March".
  for (const m of sentence.matchAll(new RegExp(`\\b(?:in|by|until|since|through|during|from|before|after)\\s+((?:early|late|mid-?)\\s*)?${MONTH}\\b(?!\\s+\\d)`, 'gi'))) {
    if (!/^[A-Z]/.test(m[2]!)) continue;
    const at = m.index + m[0].length - (m[1] ?? '').length - m[2]!.length;
    const ahead = /\b(?:will|(?:is|are) (?:expected|scheduled|planned|set) to|plans? to|(?:is|are) to)\b/i.test(sentence);
    const year = yearOfMonth(monthNumber(m[2]!), updated, ahead);
    add({ from: at, to: m.index + m[0].length, display: sentence.slice(at, m.index + m[0].length), start: `${year}-${pad(monthNumber(m[2]!))}`, end: null });
  }
  // Spans counted back or forward from the document's date: "over the past decade", "in the past five years".
  for (const m of sentence.matchAll(/\b(?:the\s+)?(past|last|next|coming)\s+(?:(\d+|one|two|three|four|five|six|seven|eight|nine|ten)\s+)?(years?|decades?)\b/gi)) {
    const n = m[2] ? (WORD_COUNT[m[2].toLowerCase()] ?? Number(m[2])) : 1;
    const years = n * (/^decade/i.test(m[3]!) ? 10 : 1);
    const y = Number(updated.slice(0, 4));
    const forward = /^(?:next|coming)$/i.test(m[1]!);
    add({ from: m.index, to: m.index + m[0].length, display: m[0], start: String(forward ? y : y - years), end: String(forward ? y + years : y) });
  }
  for (const m of sentence.matchAll(new RegExp(`\\b${YEAR}\\b`, 'g'))) {
    const after = sentence.slice(m.index + m[0].length);
    const before = sentence.slice(0, m.index);
    if (/^[-–]\d|^\s*(?:thousand|million|billion|trillion|[%])/.test(after) || /[$.,]$/.test(before) || /[-–]$/.test(before)) continue;
    if (BASELINE_NOUNS.test(after)) continue;
    // "the 2014 Crimean annexation": a year before a noun, not right after a preposition.
    const attributive =
      /^\s+[“"]?\p{L}/u.test(after) &&
      !/^\s+(?:and|or|to|through|until|when|as|but|with|for|in|on|at|by|from|after|before)\b/.test(after) &&
      !/\b(?:in|on|at|by|since|until|through|from|during|before|after|of|for|to|with|and|or|than|about|around|between|over|under)\s+$/i.test(before);
    add({ from: m.index, to: m.index + m[0].length, display: m[0], start: m[1]!, end: null, attributive });
  }

  return found
    .sort((a, b) => a.from - b.from)
    .map((f) => {
      // "the September-October 2026 timeframe": the noun is part of the date.
      const frame = /^\s+(?:timeframe|time frame|time period|window)\b/.exec(sentence.slice(f.to));
      if (frame) f = { ...f, to: f.to + frame[0].length };
      const head = sentence.slice(0, f.from);
      const prep = new RegExp(`\\b${PREPOSITION}\\s+(?:the\\s+)?$`, 'i').exec(head);
      const from = prep ? prep.index : f.from;
      const preposition = prep ? prep[1]!.toLowerCase() : /^(from|between)\b/i.test(f.display) ? f.display.split(/\s/)[0]!.toLowerCase() : null;
      return { from: f.attributive ? f.from : from, to: f.to, display: f.display, start: f.start, end: f.end, preposition: f.attributive ? null : preposition, attributive: Boolean(f.attributive) };
    });
}
