import { ENDS_WITH_ABBREVIATION, ENDS_WITH_DOTTED } from './abbreviations.js';

/** The line ends with a word split by a hyphen ("U.S.-", "seven-"). */
export function endsWithHyphen(text: string): boolean {
  return /[\p{L}\p{N}.]-$/u.test(text.trimEnd());
}

/** The line ends with an em dash, which joins to the next word without a space. */
export function endsWithDash(text: string): boolean {
  return /[—–][”"’]?$/.test(text.trimEnd());
}

/** The line ends a sentence (a period not part of an abbreviation, ?, !, optionally closed by quotes). */
export function endsSentence(text: string): boolean {
  const t = text.trimEnd();
  if (!/[.!?][”"’)]*$/.test(t)) return false;
  const core = t.replace(/[”"’)]+$/, '');
  return !(ENDS_WITH_DOTTED.test(core) || ENDS_WITH_ABBREVIATION.test(core));
}
