import { endsWithDash, endsWithHyphen } from '../../text/line-ends.js';
import { wordTokens } from '../../text/tokens.js';

/**
 * Joins a column's lines into running text. A hyphen at a line end is kept (CRS text breaks
 * lines only at real compound hyphens: "U.S.-" + "Japan"), unless the document itself writes
 * the word whole and never hyphenated, which marks a typesetter's break. An em dash takes no
 * space after it. A stray space before a period ("scenario .") is removed. Every other
 * character is kept as extracted.
 */
export function joinLines(lines: readonly string[], vocabulary?: ReadonlySet<string>): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else if (endsWithHyphen(out)) {
      const head = wordTokens(out).at(-1) ?? '';
      const tail = wordTokens(line)[0] ?? '';
      const whole = `${head}${tail}`.toLowerCase();
      const soft = vocabulary !== undefined && vocabulary.has(whole) && !vocabulary.has(`${head}-${tail}`.toLowerCase());
      out = (soft ? out.slice(0, -1) : out) + line;
    } else if (endsWithDash(out) && out.endsWith('—')) out += line;
    else out += ` ${line}`;
  }
  return tidySpacing(out);
}

/** Removes the space an extractor leaves before closing punctuation ("scenario ." → "scenario."). */
export function tidySpacing(text: string): string {
  return text.replace(/([\p{L}\p{N}”’)])\s+([.,;:!?])(?=\s|$)/gu, '$1$2');
}
