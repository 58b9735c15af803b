import { describe, expect, it } from 'vitest';
import { SENTENCE_STARTERS } from '../../../../src/ingest/layout/word-stats.js';
import { splitSentences } from '../../../../src/ingest/text/sentence-split.js';

describe('splitSentences', () => {
  const split = (t: string) => splitSentences(t, { isCommonWord: (w) => SENTENCE_STARTERS.has(w) });
  it.each([
    ['It grew. The yen fell.', ['It grew.', 'The yen fell.']],
    ['Holders of U.S. Treasury securities. Next one.', ['Holders of U.S. Treasury securities.', 'Next one.']],
    ['Issues (e.g., auto trade and services). Some Members agree.', ['Issues (e.g., auto trade and services).', 'Some Members agree.']],
    ['Mark E. Manyin wrote it. Then he left.', ['Mark E. Manyin wrote it.', 'Then he left.']],
    ['It relies on the U.S. The next sentence starts here.', ['It relies on the U.S.', 'The next sentence starts here.']],
    ['Exports ($112.2 billion) rose.', ['Exports ($112.2 billion) rose.']],
    ['He said “stop.” Then it ended.', ['He said “stop.”', 'Then it ended.']],
  ])('%s', (text, expected) => expect(split(text)).toEqual(expected));
});

describe('splitSentences: abbreviations before numbers', () => {
  const split = (t: string) => splitSentences(t, { isCommonWord: (w) => SENTENCE_STARTERS.has(w) });
  it.each([
    ['Executive Order (E.O.) 14285, issued in April, directed agencies.', ['Executive Order (E.O.) 14285, issued in April, directed agencies.']],
    ['It cites S.Res. 331 and H.R. 664 as well.', ['It cites S.Res. 331 and H.R. 664 as well.']],
    ['It was stated in the E.O. Some Members disagree.', ['It was stated in the E.O.', 'Some Members disagree.']],
    ['Bills (e.g., H.R. 1086, H.R. 2322/S. 1119, and H.R. 5620) passed.', ['Bills (e.g., H.R. 1086, H.R. 2322/S. 1119, and H.R. 5620) passed.']],
  ])('%s', (text, expected) => expect(split(text)).toEqual(expected));
});
