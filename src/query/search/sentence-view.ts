import { decodeTokens, type Gap } from '../../kb/search-index.js';
import type { KnowledgeBase, Sentence } from '../../kb/schema.js';
import type { FigureSpan } from '../../text/numbers.js';
import { termOf } from '../../text/tokens.js';
import { indexOf, type Doc } from './index.js';

/** A token of a sentence as the ranking reads it. */
export interface ViewToken {
  readonly norm: string;
  readonly term: string;
  readonly cap: boolean;
  readonly stop: boolean;
  readonly possessive: boolean;
  /** What stands between it and the token before it. */
  readonly before: Gap;
}

/** A sentence as the ranking reads it: tokens and the figures among them, read from the index. */
export interface SentenceView {
  readonly text: string;
  readonly tokens: readonly ViewToken[];
  readonly figures: readonly FigureSpan[];
  /** The tokens' normalized forms. */
  readonly norms: readonly string[];
  /** Token k as written in the sentence ("Japan’s", "U.S."). */
  raw(k: number): string;
}

const views = new WeakMap<Doc, SentenceView>();

/** The tokens and figures of an indexed sentence, decoded once and kept while the knowledge base is. */
export function viewOfDoc(kb: KnowledgeBase, doc: Doc): SentenceView {
  let v = views.get(doc);
  if (v) return v;
  const { stemOf } = indexOf(kb);
  const { tokens, figures } = decodeTokens(doc.encoded);
  v = {
    text: doc.sentence.text,
    tokens: tokens.map((t) => ({ ...t, term: termOf(t.norm, stemOf) })),
    figures,
    norms: tokens.map((t) => t.norm),
    raw: (k) => tokens[k]?.raw ?? '',
  };
  views.set(doc, v);
  return v;
}

/** The view of a sentence of the knowledge base (by its id). */
export function viewOf(kb: KnowledgeBase, sentence: Sentence): SentenceView {
  const idx = indexOf(kb);
  const doc = idx.docs[kb.sentences.indexOf(sentence)] ?? idx.docs.find((d) => d.sentence.id === sentence.id);
  return doc ? viewOfDoc(kb, doc) : { text: sentence.text, tokens: [], figures: [], norms: [], raw: () => '' };
}
