import { FUNCTION_WORDS } from '../../text/word-lists.js';
import { wordTokens } from '../../text/tokens.js';
import type { SeamModel } from '../models/seam-model.js';

/**
 * What the reading-order search knows about words. Document statistics come from the insides
 * of lines only: a line's interior is never cut by the column interleaving, so it is reliable
 * evidence, while the seams between lines are what must be judged.
 */
export interface WordStats {
  /** Lowercased words seen written in lower case somewhere: a capital on them marks a sentence start. */
  readonly common: ReadonlySet<string>;
  /** Lowercased words and hyphenated compounds seen inside lines. */
  readonly vocabulary: ReadonlySet<string>;
  /** General-English word-pair model for the seams, when one is available. */
  readonly seam: SeamModel | null;
}

/** Words that, capitalized after an abbreviation's period, show a new sentence has begun. */
export const SENTENCE_STARTERS: ReadonlySet<string> = new Set(FUNCTION_WORDS);

/** Learns the document statistics from its body lines. */
export function learnWordStats(lines: readonly string[], seam: SeamModel | null = null): WordStats {
  const common = new Set(FUNCTION_WORDS);
  const vocabulary = new Set<string>();
  for (const line of lines) {
    for (const w of wordTokens(line)) {
      vocabulary.add(w.toLowerCase());
      if (/^\p{Ll}/u.test(w)) common.add(w.toLowerCase());
    }
  }
  return { common, vocabulary, seam };
}
