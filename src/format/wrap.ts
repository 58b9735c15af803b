import { displayWidth, splitAtWidth } from './width.js';

/** How much further the lines of a URL or path broken after a "/" are indented. */
const URL_INDENT = '  ';

/**
 * Wraps text to a width at spaces, never cutting anything off. A word longer than a line starts
 * a line of its own and is broken: a URL or path after a "/" (its continuation indented), other
 * words after a hyphen or dash, and only failing those at the width itself.
 */
export function wrap(text: string, width: number, indent = ''): string[] {
  return hang(text, width, indent, indent);
}

/**
 * Wraps text with one prefix on the first line and another on the rest ("1. " then "   ", or a
 * label then spaces). Lines never exceed the width unless a prefix alone does.
 */
export function hang(text: string, width: number, first: string, rest: string): string[] {
  const out: string[] = [];
  let prefix = first;
  let line = '';
  let lineWidth = 0;
  const room = () => Math.max(1, width - displayWidth(prefix));
  const push = () => {
    out.push(prefix + line);
    prefix = rest;
    line = '';
    lineWidth = 0;
  };
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const w = displayWidth(word);
    if (line !== '' && lineWidth + 1 + w > room()) push();
    if (w <= room()) {
      line = line === '' ? word : `${line} ${word}`;
      lineWidth += (lineWidth === 0 ? 0 : 1) + w;
      continue;
    }
    // Longer than any line: it stands alone, broken into pieces.
    const url = word.includes('/');
    const next = Math.max(1, width - displayWidth(rest) - (url ? URL_INDENT.length : 0));
    const pieces = breakWord(word, room(), next);
    pieces.forEach((piece, i) => {
      if (i > 0) {
        push();
        if (url) prefix = rest + URL_INDENT;
      }
      line = piece;
      lineWidth = displayWidth(piece);
    });
    // Text after a URL goes back to the text's own indent.
    if (url) push();
  }
  if (line !== '' || out.length === 0) out.push(prefix + line);
  return out;
}

/**
 * Breaks a word into pieces of at most `first`, then `next` columns: a URL or path after a "/"
 * (never inside "https://"), else after a "."; other words after a hyphen or dash; only failing
 * those at the width itself.
 */
export function breakWord(word: string, first: number, next: number): string[] {
  const preferences = word.includes('/') ? [['/'], ['.', '?', '&', '=']] : [['-', '‐', '–', '—']];
  const scheme = /^[a-z][a-z0-9+.-]*:\/\//i.exec(word)?.[0].length ?? 0;
  const pieces: string[] = [];
  let rest = word;
  let room = first;
  let offset = 0;
  while (displayWidth(rest) > room) {
    const [head] = splitAtWidth(rest, room);
    let at = head.length;
    for (const marks of preferences) {
      const cut = Math.max(...marks.map((m) => head.lastIndexOf(m) + 1));
      if (cut > 0 && offset + cut > scheme) {
        at = cut;
        break;
      }
    }
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
    offset += at;
    room = next;
  }
  pieces.push(rest);
  return pieces;
}

/** Wrapped lines with a tail ("p. 1") two spaces after the last, or on a line of its own when it does not fit. */
export function withTail(lines: readonly string[], tail: string, width: number, indent: string): string[] {
  const last = lines[lines.length - 1] ?? '';
  if (displayWidth(last) + 2 + displayWidth(tail) <= width) return [...lines.slice(0, -1), `${last}  ${tail}`];
  return [...lines, ...hang(tail, width, indent, `${indent}  `)];
}
