import { ALNUM } from '../query/normalize.js';

/** Styling a formatter may apply; plain when color is off. */
export interface Style {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly match: (s: string) => string;
  readonly heading: (s: string) => string;
}

export const PLAIN: Style = { bold: (s) => s, dim: (s) => s, match: (s) => s, heading: (s) => s };

/**
 * Neutralizes control characters and escape sequences in text from a knowledge base, so a
 * crafted file cannot drive the terminal: they are shown as visible \\uXXXX escapes.
 */
export function safe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Wraps text to a width at spaces; words longer than the width stand on their own line. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      out.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(indent + line);
  return out;
}

/** Highlights the given words (whole words, case-insensitive) in an already wrapped line. */
export function highlight(line: string, words: readonly string[], style: Style): string {
  const parts = words.filter((w) => w.length > 0).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (parts.length === 0 || style === PLAIN) return line;
  parts.sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![${ALNUM}])(${parts.join('|')})(?![${ALNUM}])`, 'gi');
  return line.replace(re, (m) => style.match(m));
}
