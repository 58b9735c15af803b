/** What a figure counts. */
export type FigureUnit = 'count' | 'USD' | 'percent' | 'year';

/** A figure found in a run of tokens: its value and unit, and the tokens it spans [start, end). */
export interface FigureSpan {
  readonly value: number;
  readonly unit: FigureUnit;
  /** The unit was said ("$", "%", "dollars"), not guessed from a bare number. */
  readonly unitGiven: boolean;
  readonly start: number;
  readonly end: number;
}

const SMALL: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const SCALE: Readonly<Record<string, number>> = { hundred: 1e2, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const SUFFIX: Readonly<Record<string, number>> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12, t: 1e12 };
const PERCENT = new Set(['%', 'percent', 'pct', 'percentage']);
const DOLLARS = new Set(['dollar', 'dollars', 'usd']);

/** Words that name a unit or a scale on their own ("percent", "usd", "$", "billion"), and what they mean. */
export function unitWord(token: string): { unit: 'USD' | 'percent' } | { scale: number } | null {
  if (PERCENT.has(token)) return { unit: 'percent' };
  if (DOLLARS.has(token) || token === '$') return { unit: 'USD' };
  if (SCALE[token] !== undefined && token !== 'hundred') return { scale: SCALE[token]! };
  return null;
}

/** True when a token is a number written in digits or words. */
export function isNumberToken(token: string): boolean {
  return /^\d/.test(token) || SMALL[token] !== undefined || TENS[token] !== undefined;
}

/**
 * The figures in a run of lower-case tokens, however written: "54000", "54 000" (digits grouped
 * by spaces), "6.45 million", "6.45m", "two billion", "fifty four thousand", "$2 billion",
 * "80%", "80 percent", "40 billion dollars". A bare four-digit number from 1800 to 2100 is a year.
 */
export function findFigures(tokens: readonly string[]): FigureSpan[] {
  const out: FigureSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    let dollar = false;
    if (tokens[i] === '$' || tokens[i] === 'us$') {
      dollar = true;
      i++;
    }
    let value: number | null = null;
    let digits = false;
    let grouped = false;
    const t = tokens[i] ?? '';
    const suffixed = /^(\d+(?:\.\d+)?)(k|m|mn|bn|b|tn|t)$/.exec(t);
    if (/^\d+(?:\.\d+)?$/.test(t)) {
      digits = true;
      let text = t;
      i++;
      // "54 000": a group of up to three digits followed by groups of exactly three.
      while (/^\d{1,3}$/.test(text.replace(/^.*\s/, '')) && !text.includes('.') && /^\d{3}$/.test(tokens[i] ?? '')) {
        text += tokens[i];
        grouped = true;
        i++;
      }
      value = Number(text);
    } else if (suffixed) {
      value = Number(suffixed[1]) * SUFFIX[suffixed[2]!]!;
      digits = true;
      i++;
    } else if (TENS[t] !== undefined || SMALL[t] !== undefined) {
      value = TENS[t] ?? SMALL[t]!;
      i++;
      if (TENS[t] !== undefined && SMALL[tokens[i] ?? ''] !== undefined && SMALL[tokens[i]!]! < 10) value += SMALL[tokens[i++]!]!;
    }
    if (value === null) {
      i = start + 1;
      continue;
    }
    let scaled = false;
    while (SCALE[tokens[i] ?? ''] !== undefined) {
      value *= SCALE[tokens[i]!]!;
      scaled = true;
      i++;
    }
    let unit: FigureUnit = 'count';
    let unitGiven = dollar;
    if (dollar) unit = 'USD';
    else if (PERCENT.has(tokens[i] ?? '')) {
      unit = 'percent';
      unitGiven = true;
      i++;
    } else if (DOLLARS.has(tokens[i] ?? '')) {
      unit = 'USD';
      unitGiven = true;
      i++;
    } else if (digits && !scaled && !grouped && Number.isInteger(value) && value >= 1800 && value <= 2100 && /^\d{4}$/.test(t)) {
      unit = 'year';
    }
    out.push({ value, unit, unitGiven, start, end: i });
  }
  return out;
}

/** Two values are the same figure (6.45 million and 6450000), allowing for float rounding. */
export function sameValue(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b), 1);
}
