/**
 * The project's word lists, in one place. Each list is for one job; a job that needs words
 * beyond the stop words says so by extending STOP_WORDS here, not by keeping a list of its own.
 */

/** Words that carry no meaning for a lookup, a label or a passage's topic. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  ('a an the and or but of to in on at by for with from as is are was were be been being has have had do does did ' +
    'it its this that these those there their they them he she his her we our you your i me my what which who whom whose ' +
    'when where why how about into than then so such not no can could would should will shall may might must also more ' +
    'most some any each all both other after before over under up down out if while during per via vs').split(' '),
);

/** True for words a query can drop. */
export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word);
}

/** Minor words of a title-case phrase ("Council on Foreign Relations"): headings and acronym expansions skip them. */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'vs.', 'with',
]);

/** Determiners: a word after a plural in -s shows that word is a verb ("the treaty grants the …"). */
export const DETERMINERS: ReadonlySet<string> = new Set([
  'the', 'a', 'an', 'its', 'their', 'his', 'her', 'this', 'that', 'these', 'those', 'some', 'each', 'no',
]);

/** Words that are capitalized only at a sentence start, whatever the document. */
export const FUNCTION_WORDS: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'it', 'its', 'in', 'on', 'at', 'of', 'for', 'to',
  'by', 'with', 'from', 'and', 'but', 'or', 'as', 'if', 'when', 'while', 'after', 'before', 'since',
  'despite', 'although', 'though', 'however', 'some', 'many', 'most', 'both', 'each', 'all', 'other',
  'he', 'she', 'they', 'we', 'his', 'her', 'their', 'our', 'there', 'here', 'what', 'which', 'who',
  'further', 'also', 'about', 'such', 'because', 'so', 'then', 'yet', 'several', 'one', 'two', 'three',
];

/**
 * Nouns naming a person's office or role (general English). A question about one ("who is the
 * prime minister") wants a sentence naming the person who holds it.
 */
export const ROLE_WORDS: readonly string[] = [
  'prime minister', 'vice president', 'secretary of state', 'foreign minister', 'defense minister', 'finance minister',
  'chief executive', 'head of state', 'head of government', 'party leader',
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'leader', 'head', 'chief', 'chair', 'chairman',
  'chairwoman', 'chairperson', 'governor', 'mayor', 'ambassador', 'envoy', 'diplomat', 'senator', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'representative', 'speaker', 'king', 'queen', 'emperor', 'empress',
  'monarch', 'commander', 'general', 'admiral', 'director', 'official', 'spokesman', 'spokeswoman', 'spokesperson',
  'ceo', 'founder', 'author', 'coordinator', 'analyst', 'specialist', 'judge', 'justice', 'mp', 'pm',
];

/** Words that mark a holder of a role as the present one ("current", "new", "incumbent"). */
export const CURRENT_CUES: ReadonlySet<string> = new Set(['current', 'currently', 'new', 'incumbent', 'sitting', 'present', 'now', 'today', 'newly']);

/** Words that mark a holder of a role as a past one ("former", "previous", "late"). */
export const FORMER_CUES: ReadonlySet<string> = new Set(['former', 'formerly', 'previous', 'previously', 'past', 'ex', 'late', 'predecessor', 'then', 'once', 'outgoing']);
