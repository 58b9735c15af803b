// Words that carry no meaning for a lookup.
const STOP_WORDS = new Set(
  ('a an the and or but of to in on at by for with from as is are was were be been being has have had do does did ' +
    'it its this that these those there their they them he she his her we our you your i me my what which who whom whose ' +
    'when where why how about into than then so such not no can could would should will shall may might must also more ' +
    'most some any each all both other after before over under up down out if while during per via vs').split(' '),
);

/**
 * The one normalization text and queries share: NFKC (full-width letters become plain), accents
 * dropped, lower case, "U.S." → "us", digit grouping removed ("54,000" → "54000").
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\b((?:\p{L}\.){2,})/gu, (m) => m.replace(/\./g, ''))
    .replace(/(\d),(?=\d{3}\b)/g, '$1')
    .replace(/[’']s\b/g, '');
}

/** Words of a normalized text, with hyphenated compounds split into their parts as well. */
export function words(text: string): string[] {
  return normalizeText(text).match(/\p{L}[\p{L}\p{N}]*|\p{N}+(?:\.\p{N}+)?/gu) ?? [];
}

/** True for words a query can drop. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}
