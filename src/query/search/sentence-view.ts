import type { KnowledgeBase, Sentence } from '../../kb/schema.js';
import { findFigures, type FigureSpan } from '../../text/numbers.js';
import { tokenize, type Token } from '../../text/tokens.js';
import { ROLE_WORDS } from '../../text/word-lists.js';

/** A sentence as the ranking reads it: tokens with offsets, and the figures among them. */
export interface SentenceView {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly figures: readonly FigureSpan[];
}

const views = new WeakMap<Sentence, SentenceView>();

/** The tokens and figures of a sentence, made once and kept while the knowledge base is. */
export function viewOf(sentence: Sentence): SentenceView {
  let v = views.get(sentence);
  if (!v) {
    const tokens = tokenize(sentence.text);
    v = { text: sentence.text, tokens, figures: findFigures(tokens.map((t) => t.norm)) };
    views.set(sentence, v);
  }
  return v;
}

const ROLE_SEQUENCES = ROLE_WORDS.map((r) => r.split(' '));

/** Where a role word starts at token i, how many tokens it takes (0 when none does). */
export function roleAt(tokens: readonly Token[], i: number): number {
  let best = 0;
  for (const seq of ROLE_SEQUENCES) {
    if (seq.length <= best) continue;
    if (seq.every((w, k) => tokens[i + k]?.norm.replace(/s$/, '') === w.replace(/s$/, ''))) best = seq.length;
  }
  return best;
}

const people = new WeakMap<KnowledgeBase, Set<string>>();

/**
 * Names of people in a brief: capitalized words right after a role ("Prime Minister Fumio
 * Kishida") and before ", who" ("Shinzo Abe, who …"). Found once per knowledge base, only when a
 * question asks "who".
 */
export function personNames(kb: KnowledgeBase): ReadonlySet<string> {
  let names = people.get(kb);
  if (names) return names;
  names = new Set();
  for (const s of kb.sentences) {
    const { tokens } = viewOf(s);
    for (let i = 0; i < tokens.length; i++) {
      const r = roleAt(tokens, i);
      if (r > 0) {
        let k = i + r;
        while (k < tokens.length && tokens[k]!.cap && !tokens[k]!.stop && k < i + r + 3) names.add(tokens[k++]!.norm);
      }
      const t = tokens[i]!;
      const next = tokens[i + 1];
      if (t.cap && next?.norm === 'who' && /^,\s*$/.test(s.text.slice(t.end, next.start))) {
        for (let k = i; k >= 0 && tokens[k]!.cap && !tokens[k]!.stop && k > i - 3; k--) if (k > 0 || roleAt(tokens, k) === 0) names.add(tokens[k]!.norm);
      }
    }
  }
  people.set(kb, names);
  return names;
}
