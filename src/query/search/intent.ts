import { findFigures, unitWord, type FigureSpan } from '../../text/numbers.js';
import { findRole } from '../../text/roles.js';
import { CURRENT_CUES, FORMER_CUES, isStopWord } from '../../text/word-lists.js';
import { tokenSpans, type TokenSpan } from '../../text/tokens.js';
import { Openings } from './openings.js';

/** The kind of answer a question asks for; null for a query that is not a question. */
export type QuestionType = 'quantity' | 'date' | 'person' | 'place' | 'definition' | 'name' | 'rank' | 'reason' | 'document';

/** For a quantity question: what kind of figure answers it. */
export type QuantityKind = 'count' | 'money' | 'percent' | 'any';

/** A figure the query holds ("54 000", "two billion", "$2 billion"), with the words it was written as. */
export interface QueryFigure extends Omit<FigureSpan, 'start' | 'end'> {
  readonly text: string;
}

/** What a query asks: its type, the words that carry its meaning, and its cues. */
export interface Intent {
  readonly query: string;
  readonly type: QuestionType | null;
  readonly quantity: QuantityKind | null;
  /** Words that carry the meaning, in order: no stop words, question words or figures. */
  readonly content: readonly string[];
  /** The content words as the reader wrote them ("GIs"), for messages. */
  readonly typed: readonly string[];
  /** The noun phrase the question is about ("troops" in "how many troops are in japan"); [] when none stands out. */
  readonly focus: readonly string[];
  /** A role the question names ("prime minister"), as written in ROLE_WORDS; null when none. */
  readonly role: string | null;
  /** Whether the question wants the present or a past holder of a role. */
  readonly time: 'current' | 'former' | null;
  /** Quoted phrases, normalized ("trade deficit"). */
  readonly phrases: readonly string[];
  /** Figures in the query. */
  readonly figures: readonly QueryFigure[];
  /** Unit words standing alone ("percent", "usd", "$", "billion"). */
  readonly units: readonly string[];
}

// Question openings (src/query/search/openings.ts), tried in order; the first that fits the
// start of the query decides its type.
const QUANTITY_NOUNS = 'amount|number|total|sum|size|cost|price|value|level|figure|count';
const PLACE_NOUNS = 'country|countries|city|cities|place|region|island|islands|area';
const WRITING = 'wrote|authored|writes|prepared|published|compiled';
const OPENINGS = new Openings<[QuestionType, QuantityKind | null]>([
  [`who ${WRITING}`, ['document', null]],
  [`which author|authors ${WRITING}`, ['document', null]],
  ['how many', ['quantity', 'count']],
  ['how much', ['quantity', 'any']],
  ['what|which share|percentage|percent|proportion|fraction|portion|part', ['quantity', 'percent']],
  [`what|which is|was|are|were? the? ${QUANTITY_NOUNS}`, ['quantity', 'any']],
  ['how big|large|high|low|far|long|old|fast|small|expensive|costly', ['quantity', 'any']],
  ['when', ['date', null]],
  ['since when', ['date', null]],
  ['what year|month|date|day', ['date', null]],
  ['which year|month', ['date', null]],
  ['in what|which year', ['date', null]],
  ['who|whom|whose', ['person', null]],
  ['where', ['place', null]],
  [`what|which ${PLACE_NOUNS}`, ['place', null]],
  ['why', ['reason', null]],
  ['how come', ['reason', null]],
  ['what caused|causes|drives|explains', ['reason', null]],
  ['what led to', ['reason', null]],
  ['what|which rank|position|place', ['rank', null]],
  ['how does|do|did * rank', ['rank', null]],
  ['what|how is|are|was|were * called|named', ['name', null]],
  ['what|how is|are|was|were * known as', ['name', null]],
  ['what is|was the name', ['name', null]],
  ['what|which is|are|was|were a|an|the? _ _? $', ['definition', null]],
  ['define', ['definition', null]],
  ['definition|meaning of', ['definition', null]],
  ['what does * mean', ['definition', null]],
]);

// Words that only shape a question ("how", "many", "does"): never part of what it is about.
const QUESTION_WORDS = new Set([
  'how', 'many', 'much', 'what', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'share', 'percentage', 'proportion',
  'fraction', 'portion', 'amount', 'number', 'total', 'sum', 'size', 'level', 'big', 'large', 'define', 'definition',
  'meaning', 'mean', 'year', 'date', 'did', 'does', 'do', 'is', 'are', 'was', 'were', 'tell', 'me', 'please', 'come',
]);

// What the question says about its subject beyond a role: cue words are not searched for.
const DOCUMENT_NOUNS = new Set(['report', 'brief', 'document', 'paper', 'publication', 'memo', 'focus', 'crs']);
const AUTHOR_WORDS = new Set(['author', 'authors', 'wrote', 'written', 'writer', 'writers', 'authored', 'prepared']);

/** The words of a quoted phrase in a query ("trade deficit", “trade deficit”). */
const QUOTED = /["“”]([^"“”]+)["“”]/g;

/**
 * Reads a query: what kind of answer it wants (from its opening words), the words that carry its
 * meaning, the noun phrase it is about, a role and whether the present or a past holder is
 * meant, quoted phrases, and the figures and unit words it holds. Pure; no model, no lookup.
 */
export function analyzeQuery(query: string): Intent {
  // Full-width input ("ｔｒｏｏｐｓ") reads as plain letters.
  const text = /^[\x00-\x7f]*$/.test(query) ? query : query.normalize('NFKC');
  const phrases = [...text.matchAll(QUOTED)].map((m) => tokenSpans(m[1]!).map((t) => t.norm).join(' ')).filter(Boolean);
  const tokens = tokenSpans(text.replace(QUOTED, ' ')).map((t) => ({ ...t, stop: isStopWord(t.norm) }));
  const norms = tokens.map((t) => t.norm);
  const opening = OPENINGS.match(norms);
  let type: QuestionType | null = opening?.value[0] ?? null;
  let quantity: QuantityKind | null = opening?.value[1] ?? null;
  const cueEnd = opening?.length ?? 0;
  const words = new Set(norms);
  const aboutDocument =
    [...words].some((w) => AUTHOR_WORDS.has(w)) &&
    ([...words].some((w) => DOCUMENT_NOUNS.has(w)) || norms.filter((w) => !isStopWord(w) && !QUESTION_WORDS.has(w) && !AUTHOR_WORDS.has(w)).length === 0);
  if (aboutDocument) type = 'document';
  if (type === 'quantity' && quantity === 'any' && words.has('percent')) quantity = 'percent';
  if (type === 'quantity' && quantity === 'any' && [...words].some((w) => MONEY_WORDS.has(w))) quantity = 'money';

  const figureSpans = findFigures(norms);
  const inFigure = new Set(figureSpans.flatMap((f) => range(f.start, f.end)));
  const figures = figureSpans.map(({ start, end, ...f }) => ({ ...f, text: tokens.slice(start, end).map((t) => t.raw).join(' ') }));
  const units: string[] = [];
  const content: string[] = [];
  const typed: string[] = [];
  tokens.forEach((t, i) => {
    if (inFigure.has(i) || t.stop) return;
    if (type !== null && i < cueEnd && QUESTION_WORDS.has(t.norm)) return;
    if (type !== null && QUESTION_WORDS.has(t.norm) && !/^(?:share|number|size|level|total|amount)$/.test(t.norm)) return;
    // "what is X called" asks for a name: "called" is the question, not a word to find.
    if (type === 'name' && /^(?:called|named|known|name)$/.test(t.norm)) return;
    // A unit word alone ("percent", "$", "billion") asks for figures of that unit, not for the word.
    if (unitWord(t.norm)) units.push(t.norm);
    else if (/^[a-z0-9]/.test(t.norm)) {
      content.push(t.norm);
      typed.push(t.raw);
    }
  });

  const role = findRole(norms);
  const time = timeOf(norms, type, role);
  const focus = focusOf(tokens, cueEnd, type, role);
  return { query, type, quantity, content, typed, focus: focus.length || type === null ? focus : content, role, time, phrases, figures, units };
}

const MONEY_WORDS = new Set(['money', 'cost', 'costs', 'pay', 'pays', 'paid', 'spend', 'spends', 'spent', 'budget', 'dollars', 'usd', 'fund', 'funds', 'price', 'worth', 'fee', 'fees']);

function range(a: number, b: number): number[] {
  return Array.from({ length: b - a }, (_, i) => a + i);
}

/** Present or past holder: said outright ("current", "former"), or by the tense of "who is"/"who was". */
function timeOf(norms: readonly string[], type: QuestionType | null, role: string | null): 'current' | 'former' | null {
  if (norms.some((w) => FORMER_CUES.has(w))) return 'former';
  if (norms.some((w) => CURRENT_CUES.has(w))) return 'current';
  if (type !== 'person' || role === null) return null;
  if (norms[1] === 'is' || norms[1] === 'are') return 'current';
  if (norms[1] === 'was' || norms[1] === 'were') return 'former';
  return null;
}

/**
 * The noun phrase right after the question's opening ("how many [us troops] are …", "what share
 * of [the population] …"): the content words up to the next stop word. A role the question
 * names is its focus when there is one.
 */
function focusOf(tokens: readonly (TokenSpan & { stop: boolean })[], cueEnd: number, type: QuestionType | null, role: string | null): string[] {
  if (role) return role.split(' ');
  if (type === null) return [];
  let i = cueEnd;
  while (i < tokens.length && (tokens[i]!.stop || QUESTION_WORDS.has(tokens[i]!.norm)) && i < cueEnd + 2) i++;
  const out: string[] = [];
  while (i < tokens.length && !tokens[i]!.stop && !QUESTION_WORDS.has(tokens[i]!.norm)) out.push(tokens[i++]!.norm);
  return out;
}

/** True when a sentence holds a number other than a year. */
export function hasNumber(text: string): boolean {
  return findFigures(tokenSpans(text).map((t) => t.norm)).some((f) => f.unit !== 'year');
}

/** True when a sentence holds a year. */
export function hasDate(text: string): boolean {
  return findFigures(tokenSpans(text).map((t) => t.norm)).some((f) => f.unit === 'year');
}
