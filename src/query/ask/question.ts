import type { Entity, KnowledgeBase } from '../../kb/schema.js';
import { tokenSpans } from '../../text/tokens.js';
import { roleAt } from '../../text/roles.js';
import { analyzeQuery, type Intent, type QuantityKind } from '../search/intent.js';

/** The kinds of answer `ask` gives (README, "Ask"). */
export type AnswerKind = 'quantity' | 'date' | 'person' | 'name' | 'place' | 'definition' | 'rank' | 'document';

/** A field of the document's own metadata a question can ask for. */
export type DocumentField = 'authors' | 'coordinator' | 'updated' | 'version' | 'reportId' | 'publisher' | 'title';

/** What a question asks, as `ask` reads it: the ranking's analysis, extended. */
export interface Question {
  readonly intent: Intent;
  readonly kind: AnswerKind | null;
  readonly measure: QuantityKind | null;
  /** "how long …": a duration or a period answers it. */
  readonly howLong: boolean;
  /** "what year …": a year answers it, the first of a period. */
  readonly wantsYear: boolean;
  /** "what does X stand for" / "what does X mean": X's long form. */
  readonly expansion: boolean;
  /** "what is another name for X": a name of X other than the one used. */
  readonly otherName: boolean;
  readonly documentField: DocumentField | null;
  /** Entities the question names (by term or alias), longest mention first. */
  readonly named: readonly Entity[];
  /** The question's normalized tokens. */
  readonly norms: readonly string[];
}

// Words that name the document itself, and "this"/"it" standing for it.
const DOCUMENT_NOUNS = new Set(['report', 'brief', 'document', 'paper', 'publication', 'focus', 'crs', 'memo']);
const DEICTIC = new Set(['this', 'it']);
const DOCUMENT_CUES: readonly [readonly string[], DocumentField][] = [
  [['coordinator', 'coordinated', 'coordinates', 'coordinating', 'lead'], 'coordinator'],
  [['wrote', 'written', 'writer', 'writers', 'author', 'authors', 'authored', 'compiled', 'drafted'], 'authors'],
  [['updated', 'update', 'dated', 'date', 'published', 'released', 'issued', 'revised', 'current', 'last', 'latest', 'recent', 'recently', 'old', 'new'], 'updated'],
  [['version', 'edition', 'revision'], 'version'],
  [['id', 'number', 'identifier', 'code'], 'reportId'],
  [['publisher', 'publishes', 'publish', 'issues', 'issuer', 'produces', 'produced', 'organization', 'agency', 'institution', 'office'], 'publisher'],
  [['title', 'titled', 'called', 'named'], 'title'],
];
// Words that only shape a question about the document ("what version am I reading").
const ASKING = new Set([
  'who', 'what', 'whats', 'when', 'which', 'is', 'was', 'the', 'of', 'does', 'did', 'how', 'a', 'an', 'has', 'its', 'that', 'me', 'tell', 'by', 'on',
  'am', 'i', 'you', 'we', 'are', 'reading', 'read', 'looking', 'at', 'put', 'together', 'out', 'most', 'made', 'in', 'for', 'this', 'it', 's', 'do', 'know', 'from',
]);
const RANK_WORDS = new Set(['rank', 'ranks', 'ranked', 'ranking', 'place']);
// "which leader …", "which politician …": a person is asked for, as by "who".
const PERSON_NOUNS = /^(?:leader|leaders|politician|politicians|official|officials|person|people|man|woman|figure|lawmaker|lawmakers|senator|diplomat|pm|premier|president|president’s|presidents|head|chief|ex|minister|ministers)$/;

/** Reads a question for `ask`. Pure: the knowledge base is read only for the entities it names. */
export function readQuestion(kb: KnowledgeBase, text: string): Question {
  let intent = analyzeQuery(text);
  // "By how much …", "And who …": a leading preposition or conjunction does not change what is asked.
  const lead = /^\s*(?:by|and|so|but|then|also|ok|okay|to|for|from|of|at|with)\s+(?=how|what|which|who|when|where|whom|whose)/i.exec(text);
  if (intent.type === null && lead) intent = { ...analyzeQuery(text.slice(lead[0].length)), query: text };
  const norms = tokenSpans(/^[\x00-\x7f]*$/.test(text) ? text : text.normalize('NFKC')).map((t) => t.norm).slice(lead ? 1 : 0);
  const named = namedEntities(kb, norms);
  const documentField = documentFieldOf(norms);
  let kind: AnswerKind | null = null;
  let measure = intent.quantity;
  const howLong = norms[0] === 'how' && norms[1] === 'long';
  const wantsYear = /^(?:what|which|in) (?:what |which )?year/.test(norms.join(' '));
  const expansion = /\b(?:stand|stands) for\b|\bshort for\b|\babbreviation\b/.test(norms.join(' ')) || (/\bdoes \S+ mean\b/.test(norms.join(' ')) && /^[A-Z]{2,}/.test(text.match(/does\s+(\S+)\s+mean/i)?.[1] ?? ''));
  const otherName = /\b(?:another|other|different|alternative|also) (?:name|names|term|called|known)\b|\bknown as in\b/.test(norms.join(' '));
  if (documentField) kind = 'document';
  else if (norms.some((w) => RANK_WORDS.has(w)) && intent.type !== 'person') kind = 'rank';
  else if (expansion || otherName) kind = 'name';
  else if (intent.type === 'reason' || intent.type === null || (/^(?:which|what)$/.test(norms[0] ?? '') && intent.type !== 'document'))
    kind = /^(?:which|what)$/.test(norms[0] ?? '') && norms.slice(1, 4).some((w, i) => roleAt(norms, i + 1) > 0 || PERSON_NOUNS.test(w)) ? 'person' : intent.type === 'reason' ? null : intent.type;
  else kind = intent.type === 'document' ? 'person' : intent.type;
  if (kind === 'quantity' && /^(?:how) (?:high|low)$/.test(norms.slice(0, 2).join(' '))) measure = 'any';
  return { intent, kind, measure, howLong, wantsYear, expansion, otherName, documentField, named, norms };
}

/** A cue word, read with one typo in a longer word ("numbr", "updatd"). */
function cueOf(word: string): DocumentField | null {
  for (const [words, field] of DOCUMENT_CUES) if (words.includes(word)) return field;
  if (word.length < 5) return null;
  for (const [words, field] of DOCUMENT_CUES) if (words.some((c) => c.length >= 5 && oneEdit(word, c))) return field;
  return null;
}

function oneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i) || (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2));
}

/**
 * The document field a question asks for: a cue word ("updated", "version", "wrote") and the
 * document named ("this brief", "it") or nothing else asked; "who … this report" asks for its authors.
 */
function documentFieldOf(norms: readonly string[]): DocumentField | null {
  let field: DocumentField | null = null;
  let named = false;
  let deictic = false;
  let other = 0;
  for (const w of norms) {
    if (DOCUMENT_NOUNS.has(w)) named = true;
    else if (DEICTIC.has(w)) deictic = true;
    const cue = DOCUMENT_NOUNS.has(w) && w !== 'crs' ? null : cueOf(w);
    if (cue) field ??= cue;
    else if (!DOCUMENT_NOUNS.has(w) && !ASKING.has(w)) other++;
  }
  // "CRS report number": the publisher's name is part of the document's name here.
  if (!field && norms[0] === 'who' && named && other <= 1) return 'authors';
  // "which report is this": the document's number.
  if (!field && /^(?:which|what)$/.test(norms[0] ?? '') && named && deictic && other === 0) return 'reportId';
  if (!field || other > 0) return null;
  if (named || deictic) return field;
  // Without the document named, only a question of cue words alone ("who wrote it" has "it"; "version?").
  return norms.every((w) => ASKING.has(w) || cueOf(w)) && field !== 'title' && field !== 'updated' && field !== 'reportId' && field !== 'publisher' ? field : null;
}

/** The entities whose term or an alias the question's tokens hold, longest first. */
export function namedEntities(kb: KnowledgeBase, norms: readonly string[]): Entity[] {
  const joined = ` ${norms.join(' ')} `;
  const found: { e: Entity; n: number }[] = [];
  for (const e of kb.entities ?? []) {
    let best = 0;
    for (const name of [e.term, ...(e.aliases ?? [])]) {
      const key = tokenSpans(name).map((t) => t.norm).join(' ');
      if (key && (joined.includes(` ${key} `) || joined.includes(` ${key}s `))) best = Math.max(best, key.length);
    }
    if (best) found.push({ e, n: best });
  }
  return found.sort((a, b) => b.n - a.n).map((f) => f.e);
}
