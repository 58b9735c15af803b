import { ENDS_WITH_ABBREVIATION, ENDS_WITH_DOTTED } from '../../text/abbreviations.js';

/** Options for telling an abbreviation's period from a sentence's end. */
export interface SplitOptions {
  /** True for words that are capitalized only at a sentence start ("The", "It"). */
  readonly isCommonWord?: (lowercased: string) => boolean;
}

// Initials never end a sentence before a capitalized word.
// A slash joins two bill numbers ("H.R. 2322/S. 1119"): the letter after it is an initial too.
const INITIAL = /(?:^|[\s(/])\p{Lu}\.$/u;

/**
 * Splits running text into sentences. A boundary is a ., ! or ? (optionally closed by quotes or a
 * bracket) followed by space and a capital, digit or opening quote. Titles and initials never end
 * a sentence; a dotted abbreviation (U.S., e.g.) does only before a word that is capitalized just
 * because a sentence starts ("U.S. Treasury" stays whole).
 */
export function splitSentences(text: string, options: SplitOptions = {}): string[] {
  const isCommon = options.isCommonWord ?? (() => true);
  const out: string[] = [];
  const re = /[.!?][”"’)]*(?=\s+([“"(]?[\p{Lu}\p{N}$][\p{L}\p{N}’'-]*))/gu;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    const before = text.slice(start, m.index + 1);
    const next = (m[1] ?? '').replace(/^[“"(]/, '');
    if (m[0][0] === '.') {
      if (ENDS_WITH_ABBREVIATION.test(before) || INITIAL.test(before)) continue;
      if (ENDS_WITH_DOTTED.test(before) && !(/^\p{Lu}\p{Ll}/u.test(next) && isCommon(next.toLowerCase()))) continue;
    }
    out.push(text.slice(start, end).trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) out.push(rest);
  return out.filter((s) => s.length > 0);
}
