import { escapeRegExp } from '../text/escape.js';
import { ALNUM } from '../text/normalize.js';
import { PLAIN, type Style } from './style.js';

/** Highlights the given words (whole words, case-insensitive) in an already wrapped line. */
export function highlight(line: string, words: readonly string[], style: Style): string {
  const parts = words.filter((w) => w.length > 0).map(escapeRegExp);
  if (parts.length === 0 || style === PLAIN) return line;
  parts.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![${ALNUM}])(${parts.join('|')})(?![${ALNUM}])`, 'gi');
  return line.replace(re, (m) => style.match(m));
}
