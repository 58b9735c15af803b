import { TITLE_SMALL_WORDS } from '../../text/word-lists.js';

/**
 * What a line of a CRS In Focus brief is. The text path decides the body kinds by a line's shape
 * (below) and then by where it sits in its column (layout/); the PDF path also knows fonts.
 */
export type LineKind =
  | 'date'
  | 'title'
  | 'heading'
  | 'body'
  | 'bullet'
  | 'caption'
  | 'subtitle'
  | 'source'
  | 'author'
  | 'report-number'
  | 'header'
  | 'footer'
  | 'disclaimer';

const CAPTION = /^(?:Figure|Table)\s+\d+\.\s/;
const SOURCE = /^(?:Sources?|Notes?):\s/;
// CRS's line under an interactive figure's caption.
const SUBTITLE = /\b(?:interactive|available) in the HTML version of this report\b/i;
const BULLET = /^[•▪◦●]\s/;
const REPORT_NUMBER = /^[A-Z]{1,3}\d{4,6}$/;
// CRS staff titles: a role naming one is an author's, wherever the line sits.
const STAFF_TITLE = /\b(?:Specialist|Analyst|Coordinator|Attorney|Manager|Librarian|Director|Counsel|Fellow|Researcher|Consultant)\b/;
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.)$/u;

/** True when a line has the shape of a heading: a few capitalized words, no sentence punctuation. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 70) return false;
  if (/[.,;:!?\-—)]$/.test(t) || t.includes(',')) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 10) return false;
  return words.every((w) => /^[\p{Lu}\d(“"]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** "Name M. Surname, Role": the name and role of an author line, or null. */
export function authorParts(text: string): { name: string; role: string; staff: boolean } | null {
  const t = text.trim();
  const comma = t.indexOf(', ');
  if (comma < 0 || /[.;:!?)]$/.test(t)) return null;
  const name = t.slice(0, comma);
  const role = t.slice(comma + 2);
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 5 || !tokens.every((w) => NAME_TOKEN.test(w))) return null;
  if (!/^\p{Lu}/u.test(role)) return null;
  const roleWords = role.replace(/,/g, '').split(/\s+/);
  if (!roleWords.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w))) return null;
  return { name, role, staff: STAFF_TITLE.test(role) };
}

/** Classifies one line by its own shape. */
export function lineKind(text: string): LineKind {
  const t = text.trim();
  if (CAPTION.test(t)) return 'caption';
  if (SOURCE.test(t)) return 'source';
  if (SUBTITLE.test(t)) return 'subtitle';
  if (BULLET.test(t)) return 'bullet';
  if (REPORT_NUMBER.test(t)) return 'report-number';
  if (authorParts(t)?.staff) return 'author';
  if (looksLikeHeading(t)) return 'heading';
  return 'body';
}

/** True for the kinds that read as running text: body lines and bullet items. */
export function isTextKind(kind: LineKind): boolean {
  return kind === 'body' || kind === 'bullet';
}
