/**
 * Answer spans in a sentence, by the kind of answer they can be: figures with their qualifier,
 * dates and periods, ranks, and names given by a naming phrase. Pure: reads the sentence's
 * text only, so it runs on any brief; nothing here names a brief's people, places or figures.
 */

import { MONTHS } from '../../text/dates.js';

/** What kind of answer a span is. */
export type SpanKind = 'quantity' | 'date' | 'rank' | 'name';

/** For a quantity: what it measures. */
export type SpanMeasure = 'count' | 'money' | 'percent' | 'duration' | 'other';

export interface Span {
  readonly kind: SpanKind;
  /** As the brief writes it ("around 54,000", "September 2021", "fourth-largest"). */
  readonly text: string;
  /** Character offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  readonly measure?: SpanMeasure;
  /** Quantities: the value in base units (dollars, percent, a count, a number of years). */
  readonly value?: number | null;
  readonly unit?: string | null;
  /** Dates and periods: ISO YYYY, YYYY-MM or YYYY-MM-DD. */
  readonly from?: string | null;
  readonly to?: string | null;
  /** Dates: "since 1951" (open), "from 2012 to 2020" (a period), or a point in time. */
  readonly shape?: 'point' | 'period' | 'since';
  /** Names: the place a name is used in ("Diaoyu in China"). */
  readonly where?: string | null;
}

const MONTH = `(?:${MONTHS.join('|')})`;
const SEASON = '(?:[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter)';
const PART = '(?:(?:[Ee]arly|[Mm]id|[Ll]ate)[- ])';
const YEAR = '(?:1[89]\\d\\d|20\\d\\d)';
const POINT = `(?:${PART}?${MONTH}(?: \\d{1,2},)? ${YEAR}|${PART}?${SEASON} ${YEAR}|${PART}?${YEAR}s?|${PART}${MONTH})`;
// A month without a year ("In October, …"): a date the reader must place from the brief's date.
const MONTH_ALONE = new RegExp(`(?<=\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil) )${MONTH}(?![\\w-]| \\d)`, 'g');
const QUALIFIER = "(?:(?:about|around|roughly|approximately|nearly|almost|over|under|more than|less than|fewer than|at least|up to|some|just over|just under|close to|an estimated|~)\\s*)";
const WORD_NUMBER = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozen)';
const SCALE = '(?:thousand|million|billion|trillion)';
const NUMBER = `(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|${WORD_NUMBER}(?![\\w]))`;
const DURATION_UNIT = '(?:year|month|week|day|decade|hour)';
const SUPERLATIVE = '(?:largest|biggest|smallest|highest|lowest|greatest|most|least|top|leading|best|worst)';
// Alone, "most" and "least" are mostly not ranks ("at least", "most observers").
const BARE_SUPERLATIVE = '(?:largest|biggest|smallest|highest|lowest|greatest|leading)';
const ORDINAL = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))';

const FIGURE = new RegExp(
  `(?<![\\w$-])(${QUALIFIER})?(\\$\\s?)?(${NUMBER})(?:\\s?(%|percent\\b))?(?:\\s(${SCALE})\\b)?(?:\\s(dollars|yen|euros)\\b)?(?:\\s(per (?:year|month|annum)|a year|annually)\\b)?`,
  'gi',
);
const HYPHENATED = new RegExp(`(?<![\\w-])(${NUMBER})-(${DURATION_UNIT}|[a-z]+)\\b(?!-)`, 'gi');
const FRACTION = new RegExp(`(?<![\\w])(${QUALIFIER})?(half|a third|one-third|two-thirds|a quarter|one-quarter|three-quarters)\\b`, 'gi');
const PERIOD = new RegExp(`\\b(?:from|between) (${POINT}) (?:to|and|until|through) (${POINT})`, 'g');
const DASH_PERIOD = new RegExp(`\\b(${YEAR})[–-](${YEAR}|\\d\\d)\\b`, 'g');
const SINCE = new RegExp(`\\bsince (?:the )?(${POINT})`, 'g');
const POINTS = new RegExp(`(?<![\\w-])${POINT}(?![\\w-])`, 'g');
const RANK = new RegExp(
  `(?<![\\w-])(?:(?:near|a near|the) )?(?:(?:${ORDINAL}|${NUMBER}|${WORD_NUMBER})-(?:${SUPERLATIVE}|${DURATION_UNIT} (?:low|high))|${ORDINAL}-ever|${BARE_SUPERLATIVE}|${ORDINAL})(?![\\w-])`,
  'gi',
);
const AMONG = new RegExp(`\\b(?:one|${WORD_NUMBER}|\\d+) of the (?:world’s|world's|[A-Z][\\w.]*’s )?(?:${WORD_NUMBER}|\\d+) ${SUPERLATIVE}(?: \\w+)?`, 'gi');
// Naming phrases: "(known as the X in P, and Y in Q)", "(called the X)", "—or “X”—", ", or X)".
const NAMING = /(?:\b(?:known as|called|named|dubbed|termed)|[,—(]\s*or)\s+(?:the\s+)?[“"]?((?:[A-Z][\w’'.-]*)(?:\s+(?:of\s+|and\s+|the\s+)?[A-Z][\w’'.-]*)*)[”"]?(?:\s+in\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*))?/g;
const ALSO_NAMED = /,\s+and\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)\s+in\s+([A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*)/g;

const WORD_VALUE: Readonly<Record<string, number>> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, hundred: 100, dozen: 12,
};
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

function numberValue(text: string): number | null {
  const t = text.toLowerCase().replace(/,/g, '');
  if (/^\d/.test(t)) return Number(t);
  return WORD_VALUE[t] ?? null;
}

/** ISO form of a written point in time ("September 2021" → 2021-09, "summer 2020" → 2020). */
export function isoOf(point: string): string | null {
  const year = /(1[89]\d\d|20\d\d)/.exec(point)?.[1];
  if (!year) return null;
  const month = MONTHS.findIndex((m) => point.toLowerCase().includes(m.toLowerCase()));
  if (month < 0) return year;
  const day = /\b(\d{1,2}),/.exec(point)?.[1];
  const mm = String(month + 1).padStart(2, '0');
  return day ? `${year}-${mm}-${day.padStart(2, '0')}` : `${year}-${mm}`;
}

/** The spans of a sentence that can answer a question, of every kind. */
export function answerSpans(text: string, kinds: readonly string[] = ['quantity', 'date', 'rank', 'name']): Span[] {
  return [
    ...(kinds.includes('quantity') ? quantitySpans(text) : []),
    ...(kinds.includes('date') ? dateSpans(text) : []),
    ...(kinds.includes('rank') ? rankSpans(text) : []),
    ...(kinds.includes('name') ? nameSpans(text) : []),
  ];
}

/** Figures with their qualifier and unit; a bare year is a date, not a quantity. */
export function quantitySpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const [whole, , dollar, num, percent, scale, currency] = m;
    const value = numberValue(num!);
    if (value === null) continue;
    const after = text.slice(m.index + whole.length, m.index + whole.length + 2);
    // A four-digit year, a fiscal year ("FY2021"), a part of a date or of a hyphenated word is not a figure here.
    if (!dollar && !percent && !scale && /^(1[89]\d\d|20\d\d)$/.test(num!)) continue;
    if (/^-\w/.test(after) || /[A-Za-z]$/.test(text.slice(0, m.index))) continue;
    if (!dollar && !percent && !scale && new RegExp(`${MONTH}\\s*$`).test(text.slice(0, m.index))) continue;
    // A number that is part of a name ("Section 232", "Title 10", "Article 9") is not a figure.
    if (!dollar && !percent && !scale && !whole.match(/^\s*[A-Za-z]/) && /(?:^|[^.!?]\s)[A-Z][a-z]+\s$/.test(text.slice(Math.max(0, m.index - 20), m.index)) && !/^(?:About|Around|Over|Under|Nearly|Some)\s$/.test(text.slice(Math.max(0, m.index - 7), m.index).replace(/^.*?(?=[A-Z])/, ''))) continue;
    const trimmed = whole.replace(/\s+$/, '');
    const measure: SpanMeasure = dollar || currency ? 'money' : percent ? 'percent' : 'count';
    const v = value * (scale ? SCALES[scale.toLowerCase()]! : 1);
    out.push({ kind: 'quantity', text: trimmed, start: m.index, end: m.index + trimmed.length, measure, value: v, unit: measure === 'money' ? (currency && !/dollars/i.test(currency) ? currency.toLowerCase() : 'USD') : measure === 'percent' ? 'percent' : 'count' });
  }
  for (const m of text.matchAll(HYPHENATED)) {
    const value = numberValue(m[1]!);
    if (value === null) continue;
    const duration = new RegExp(`^${DURATION_UNIT}$`, 'i').test(m[2]!);
    // "seven-year low" is a rank; "second-largest" is not a figure.
    if (/^(?:low|high)/.test(text.slice(m.index + m[0].length + 1))) continue;
    out.push({ kind: 'quantity', text: m[0], start: m.index, end: m.index + m[0].length, measure: duration ? 'duration' : 'count', value, unit: duration ? m[2]!.toLowerCase() : 'count' });
  }
  for (const m of text.matchAll(FRACTION)) {
    const share = /half/i.test(m[2]!) ? 50 : /third/i.test(m[2]!) ? (/two/i.test(m[2]!) ? 66.7 : 33.3) : /three/i.test(m[2]!) ? 75 : 25;
    out.push({ kind: 'quantity', text: m[0], start: m.index, end: m.index + m[0].length, measure: 'percent', value: share, unit: 'percent' });
  }
  return dedupe(out);
}

/** Points in time, periods ("from 2012 to 2020", "2012–2020") and openings ("since 1951"). */
export function dateSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(PERIOD)) out.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, shape: 'period', from: isoOf(m[1]!), to: isoOf(m[2]!) });
  for (const m of text.matchAll(DASH_PERIOD)) {
    const to = m[2]!.length === 2 ? m[1]!.slice(0, 2) + m[2] : m[2]!;
    out.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, shape: 'period', from: m[1]!, to });
  }
  for (const m of text.matchAll(SINCE)) out.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, shape: 'since', from: isoOf(m[1]!), to: null });
  for (const m of text.matchAll(POINTS)) {
    // A date inside a fiscal-year name ("FY2021") or a number ("2,000") is not one.
    if (/[A-Za-z$,.]$/.test(text.slice(0, m.index))) continue;
    const iso = isoOf(m[0]);
    out.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, shape: 'point', from: iso, to: iso });
  }
  for (const m of text.matchAll(MONTH_ALONE)) out.push({ kind: 'date', text: m[0], start: m.index, end: m.index + m[0].length, shape: 'point', from: null, to: null });
  return dedupe(out);
}

/** Ranks: "fourth-largest", "largest", "near seven-year low", "two of the world’s three largest economies". */
export function rankSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(AMONG)) out.push({ kind: 'rank', text: m[0], start: m.index, end: m.index + m[0].length });
  for (const m of text.matchAll(RANK)) {
    const t = m[0].replace(/^the /i, '');
    const start = m.index + (m[0].length - t.length);
    // "first" alone in "for the first time" is not a rank.
    if (/^(?:first|second|third)$/i.test(t) && /^ time/.test(text.slice(m.index + m[0].length))) continue;
    if (/^most$/i.test(t) && /^ [a-z]+ly\b|^ (?:of|recent)/.test(text.slice(m.index + m[0].length))) continue;
    out.push({ kind: 'rank', text: t, start, end: start + t.length });
  }
  return dedupe(out);
}

/** Names a naming phrase gives ("known as the Senkaku Islands in Japan, and Diaoyu in China"). */
export function nameSpans(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(NAMING)) {
    const name = m[1]!;
    const start = text.indexOf(name, m.index);
    out.push({ kind: 'name', text: name, start, end: start + name.length, where: m[2] ?? null });
    const rest = text.slice(m.index + m[0].length);
    for (const a of rest.matchAll(ALSO_NAMED)) {
      if (a.index !== 0) break;
      const s = m.index + m[0].length + rest.indexOf(a[1]!);
      out.push({ kind: 'name', text: a[1]!, start: s, end: s + a[1]!.length, where: a[2]! });
    }
  }
  return out;
}

/** Keeps the longest of overlapping spans of the same kind. */
function dedupe(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: Span[] = [];
  for (const s of sorted) if (!kept.some((k) => k.kind === s.kind && s.start < k.end && k.start < s.end)) kept.push(s);
  return kept.sort((a, b) => a.start - b.start);
}
