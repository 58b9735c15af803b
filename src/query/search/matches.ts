import { ALNUM, words } from '../../text/normalize.js';
import { stem } from '../../text/stem.js';
import { isStopWord } from '../../text/word-lists.js';

const RAW_TOKEN = new RegExp(`[${ALNUM}][${ALNUM}.,’'-]*[${ALNUM}%]|[${ALNUM}]`, 'g');

/** The words of a sentence, as written there, whose stems are among the matched terms. */
export function surfaceForms(text: string, matched: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  // A stem starts with the word's first letter: most words need no stemming to be ruled out.
  const initials = new Set([...matched].map((t) => t[0]));
  for (const raw of text.match(RAW_TOKEN) ?? []) {
    const hit = words(raw).some((w) => initials.has(w[0]) && !isStopWord(w) && matched.has(stem(w)));
    if (hit) out.add(raw.replace(/[’']s$/, ''));
  }
  return [...out];
}
