/**
 * What the root help and the man page both say about the program as a whole: exit codes,
 * environment variables and where the JSON shapes are documented.
 */

/** Exit codes and what each means. */
export const EXIT_CODES: readonly (readonly [string, string])[] = [
  ['0', 'found'],
  ['1', 'nothing found (nothing on stdout; [] or null with --json)'],
  ['2', 'usage error, bad input, or an unreadable knowledge base'],
  ['130', 'interrupted (Ctrl-C)'],
];

/** Environment variables the program reads. */
export const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ['NO_COLOR', 'no colors (as --no-color)'],
  ['FORCE_COLOR', 'colors even in a pipe'],
  ['COLUMNS', 'the output width, 20 to 1000; wins over the terminal width'],
  ['USJAPAN_KB', 'a knowledge base file to answer from (--kb wins)'],
  ['XDG_DATA_HOME', 'where stored knowledge bases are kept, in usjapan/ (default ~/.local/share)'],
];

/** Where the JSON shapes are documented. */
export const JSON_NOTE =
  'Every command prints JSON with --json (or --format json), always the same shape: each command\'s --help shows it, and so do the man page (man usjapan) and the README ("JSON for scripts").';

/** One line for the program. */
export const PROGRAM_SUMMARY =
  'Answers questions from a CRS In Focus brief, offline: by default IF10199, "U.S.-Japan Relations" (v19, March 30, 2022).';
