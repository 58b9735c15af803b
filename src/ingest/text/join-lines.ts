import { endsWithDash, endsWithHyphen } from '../../text/line-ends.js';
import { wordTokens } from '../../text/tokens.js';

// After a hyphen at a line's end, a conjunction shows a suspended hyphen ("Two-" + "or three-star").
const SUSPENDED = /^(?:or|and|to|nor)\b/;
// A URL broken after a "/" goes on without a space.
const URL_BROKEN = /(?:https?:\/\/|www\.)\S*\/$/;

/** The text between two lines of running text: "" where the line break is inside a word or a URL, else " ". */
export function joiner(before: string, after: string, vocabulary?: ReadonlySet<string>): { glue: string; dropHyphen: boolean } {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (URL_BROKEN.test(a)) return { glue: '', dropHyphen: false };
  if (endsWithHyphen(a)) {
    if (SUSPENDED.test(b)) return { glue: ' ', dropHyphen: false };
    const head = wordTokens(a).at(-1) ?? '';
    const tail = wordTokens(b)[0] ?? '';
    const whole = `${head}${tail}`.toLowerCase();
    const soft = vocabulary !== undefined && vocabulary.has(whole) && !vocabulary.has(`${head}-${tail}`.toLowerCase());
    return { glue: '', dropHyphen: soft };
  }
  if (endsWithDash(a) && !/\s[—–]$/.test(a)) return { glue: '', dropHyphen: false };
  return { glue: ' ', dropHyphen: false };
}

/**
 * Joins a column's lines into running text. A hyphen at a line end is kept (CRS text breaks
 * lines only at real compound hyphens: "U.S.-" + "Japan"), unless the document itself writes
 * the word whole and never hyphenated, which marks a typesetter's break; a suspended hyphen
 * ("Two-" + "or") keeps its space. A dash takes no space after it, nor does a URL broken after
 * a "/". A stray space before a period ("scenario .") is removed. Every other character is
 * kept as extracted.
 */
export function joinLines(lines: readonly string[], vocabulary?: ReadonlySet<string>): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') {
      out = line;
      continue;
    }
    const { glue, dropHyphen } = joiner(out, line, vocabulary);
    out = (dropHyphen ? out.slice(0, -1) : out) + glue + line;
  }
  return tidySpacing(out);
}

/** Removes the space an extractor leaves before closing punctuation ("scenario ." → "scenario."). */
export function tidySpacing(text: string): string {
  return text.replace(/([\p{L}\p{N}”’)])\s+([.,;:!?])(?=\s|$)/gu, '$1$2');
}
