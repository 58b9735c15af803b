import { TITLE_SMALL_WORDS } from '../../text/word-lists.js';

/**
 * What a body line looks like on its own, before we know its column. Every CRS In Focus brief
 * has these layout elements: section headings, figure captions with a source line, an author
 * block (name, role) and the report number.
 */
export type LineKind = 'body' | 'heading' | 'caption' | 'source' | 'author' | 'report-number';

const CAPTION = /^Figure\s+\d+\.\s/;
const SOURCE = /^Sources?:\s/;
const REPORT_NUMBER = /^[A-Z]{1,3}\d{4,6}$/;
// "Name M. Surname, [Coordinator, ]Specialist in ...": CRS staff titles.
const AUTHOR =
  /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3},\s+.*\b(?:Specialist|Analyst|Coordinator|Attorney|Manager|Librarian|Director|Counsel)\b/u;

/** True when a line has the shape of a heading: a few capitalized words, no sentence punctuation. */
export function looksLikeHeading(text: string): boolean {
  const t = text.trim();
  if (t.length === 0 || t.length > 60) return false;
  if (/[.,;:!?\-—)]$/.test(t) || t.includes(',')) return false;
  if (!/^\p{Lu}/u.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > 8) return false;
  return words.every((w) => /^[\p{Lu}\d(“"]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/** Classifies one line by its own shape. */
export function lineKind(text: string): LineKind {
  const t = text.trim();
  if (CAPTION.test(t)) return 'caption';
  if (SOURCE.test(t)) return 'source';
  if (REPORT_NUMBER.test(t)) return 'report-number';
  if (AUTHOR.test(t)) return 'author';
  if (looksLikeHeading(t)) return 'heading';
  return 'body';
}
