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

/** Titles that stand before a person's name ("Prime Minister Kishida", "General Michael A. Guetlein"), longest first. */
export const PERSON_TITLES: readonly string[] = [
  'Prime Minister', 'Vice President', 'Secretary-General', 'Secretary General', 'Deputy Secretary', 'Foreign Minister',
  'Defense Minister', 'Finance Minister', 'Chief Justice', 'Lieutenant General', 'Major General', 'Brigadier General',
  'Rear Admiral', 'Vice Admiral', 'Lieutenant Colonel', 'President', 'Premier', 'Chancellor', 'Secretary', 'Minister',
  'General', 'Admiral', 'Colonel', 'Senator', 'Representative', 'Governor', 'Ambassador', 'Speaker', 'Chairman',
  'Chairwoman', 'Chair', 'Director', 'Administrator', 'Commander', 'King', 'Queen', 'Emperor', 'Empress', 'Justice',
  'Judge', 'Mayor', 'Sen.', 'Rep.', 'Gen.', 'Adm.', 'Gov.', 'Dr.',
];

/** Nouns that name an office a person holds ("served as premier", "previous three prime ministers"). */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'prime minister', 'premier', 'president', 'vice president', 'secretary', 'minister', 'chancellor', 'governor',
  'ambassador', 'speaker', 'chairman', 'chair', 'director', 'administrator', 'commander', 'chief', 'leader', 'head',
  'king', 'queen', 'emperor', 'senator', 'representative', 'mayor', 'general', 'admiral', 'envoy', 'president-elect',
]);

/**
 * Words a question may use for a person's office or role (general English): the offices above
 * and the roles a reader asks about ("author", "analyst"). A question about one ("who is the
 * prime minister") wants a sentence naming the person who holds it. Longer phrases first.
 */
export const ROLE_WORDS: readonly string[] = [...new Set([
  'prime minister', 'vice president', 'secretary of state', 'foreign minister', 'defense minister', 'finance minister',
  'chief executive', 'head of state', 'head of government', 'party leader',
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'leader', 'head', 'chief', 'chair', 'chairman',
  'chairwoman', 'chairperson', 'governor', 'mayor', 'ambassador', 'envoy', 'diplomat', 'senator', 'congressman',
  'congresswoman', 'lawmaker', 'legislator', 'representative', 'speaker', 'king', 'queen', 'emperor', 'empress',
  'monarch', 'commander', 'general', 'admiral', 'director', 'official', 'spokesman', 'spokeswoman', 'spokesperson',
  'ceo', 'founder', 'author', 'coordinator', 'analyst', 'specialist', 'judge', 'justice', 'mp', 'pm',
  ...ROLE_NOUNS,
])];

/** Words that mark a holder of a role as the present one ("current", "new", "incumbent"). */
export const CURRENT_CUES: ReadonlySet<string> = new Set(['current', 'currently', 'new', 'incumbent', 'sitting', 'present', 'now', 'today', 'newly']);

/** Words that mark a holder of a role as a past one ("former", "previous", "late"). */
export const FORMER_CUES: ReadonlySet<string> = new Set(['former', 'formerly', 'previous', 'previously', 'past', 'ex', 'late', 'predecessor', 'then', 'once', 'outgoing']);

/**
 * Countries and the adjectives for their people and things ("American" → "U.S.", "Japanese" →
 * "Japan"): a question says one where a brief writes the other. General knowledge, not any one
 * brief's; the country is written as a brief's tokens normalize it ("us" for "U.S.").
 */
export const DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  american: ['us', 'united states', 'america'], americans: ['us', 'united states', 'america'],
  japanese: ['japan'], chinese: ['china'], korean: ['korea'], koreans: ['korea'], russian: ['russia'], russians: ['russia'],
  taiwanese: ['taiwan'], indian: ['india'], indians: ['india'], australian: ['australia'], australians: ['australia'],
  british: ['uk', 'united kingdom', 'britain'], french: ['france'], german: ['germany'], germans: ['germany'], italian: ['italy'],
  canadian: ['canada'], canadians: ['canada'], mexican: ['mexico'], mexicans: ['mexico'], ukrainian: ['ukraine'], ukrainians: ['ukraine'],
  israeli: ['israel'], israelis: ['israel'], iranian: ['iran'], iranians: ['iran'], iraqi: ['iraq'], afghan: ['afghanistan'],
  pakistani: ['pakistan'], saudi: ['saudi arabia'], turkish: ['turkey'], egyptian: ['egypt'], brazilian: ['brazil'],
  vietnamese: ['vietnam'], filipino: ['philippines'], philippine: ['philippines'], indonesian: ['indonesia'], thai: ['thailand'],
  european: ['europe', 'eu'], europeans: ['europe', 'eu'], african: ['africa'], asian: ['asia'], okinawan: ['okinawa'], okinawans: ['okinawa'],
  syrian: ['syria'], venezuelan: ['venezuela'], cuban: ['cuba'], colombian: ['colombia'], nigerian: ['nigeria'], polish: ['poland'],
  spanish: ['spain'], dutch: ['netherlands'], swedish: ['sweden'], norwegian: ['norway'], finnish: ['finland'], greek: ['greece'],
};

/**
 * Capitals that stand for their countries' governments ("Tokyo moved to …", "Washington and
 * Seoul"): a question says one where a brief writes the other. General knowledge.
 */
export const CAPITALS: Readonly<Record<string, readonly string[]>> = {
  washington: ['us', 'united states'], tokyo: ['japan'], beijing: ['china'], seoul: ['korea'], pyongyang: ['korea'], moscow: ['russia'],
  kyiv: ['ukraine'], kiev: ['ukraine'], taipei: ['taiwan'], london: ['uk', 'britain'], paris: ['france'], berlin: ['germany'],
  brussels: ['eu', 'europe'], delhi: ['india'], canberra: ['australia'], ottawa: ['canada'], tehran: ['iran'], baghdad: ['iraq'],
  kabul: ['afghanistan'], islamabad: ['pakistan'], riyadh: ['saudi arabia'], ankara: ['turkey'], cairo: ['egypt'], hanoi: ['vietnam'],
  manila: ['philippines'], jakarta: ['indonesia'], bangkok: ['thailand'], havana: ['cuba'], caracas: ['venezuela'], jerusalem: ['israel'],
};
