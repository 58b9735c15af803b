import { breakWord, wrap } from '../wrap.js';
import { displayWidth } from '../width.js';
import type { Column } from './view.js';

/** Which columns a table shows, and the ones left out because every row holds one value. */
export interface Shown {
  readonly indices: number[];
  /** Label and value of each column left out, for a line above the table. */
  readonly constant: [string, string][];
}

/**
 * Leaves out the columns whose cells all hold one value (Section and Page in a one-section
 * view), unless marked `keep`, when there are at least two rows to compare.
 */
export function dropConstant(columns: readonly Column<never>[], rows: readonly (readonly string[])[]): Shown {
  const indices: number[] = [];
  const constant: [string, string][] = [];
  columns.forEach((c, i) => {
    const first = rows[0]?.[i] ?? '';
    if (!c.keep && rows.length > 1 && rows.every((r) => r[i] === first)) constant.push([c.label, first]);
    else indices.push(i);
  });
  if (indices.length === 0) return { indices: columns.map((_, i) => i), constant: [] };
  return { indices, constant };
}

/** Longest word of a cell: the narrowest the column can be without breaking a word. */
function longestWord(text: string): number {
  let most = 0;
  for (const w of text.split(/\s+/)) most = Math.max(most, displayWidth(w));
  return most;
}

/** Tables with more rows than this share the width by the fair rule alone (shortest tables is slower). */
const COMPACT_ROWS = 200;

/**
 * Column widths that fit `available` columns of text. Each column is as wide as its widest cell
 * when all fit. Otherwise every column starts at its longest word and the room left goes, a
 * few columns at a time, where it shortens the table most (fewest rows of text, then fewest
 * wrapped cell lines); long tables share it fairly instead. When even the words do not fit,
 * words are broken.
 */
export function fitWidths(cells: readonly (readonly string[])[], available: number): number[] {
  const n = cells[0]?.length ?? 0;
  const widest = Array.from({ length: n }, (_, i) => Math.max(1, ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const words = Array.from({ length: n }, (_, i) => Math.min(widest[i]!, Math.max(1, ...cells.map((r) => longestWord(r[i] ?? '')))));
  if (widest.reduce((a, b) => a + b, 0) <= available) return widest;
  const wordTotal = words.reduce((a, b) => a + b, 0);
  if (wordTotal > available) {
    // Not even the words fit: shares of the room by word length, words broken to fit.
    return words.map((w) => Math.max(1, Math.floor((w * available) / wordTotal)));
  }
  return cells.length <= COMPACT_ROWS ? compactWidths(cells, available, widest, words) : fairWidths(available, widest, words);
}

/** Greedy: from the word widths, give room where it removes the most text lines per column of width. */
function compactWidths(cells: readonly (readonly string[])[], available: number, widest: number[], words: number[]): number[] {
  const n = widest.length;
  const cache = new Map<string, number[]>();
  const linesAt = (c: number, w: number): number[] => {
    const key = `${c}:${w}`;
    let lines = cache.get(key);
    if (!lines) cache.set(key, (lines = cells.map((r) => fitCell(r[c] ?? '', w).length)));
    return lines;
  };
  // The cost of a layout: rows of text first, then cell lines (fewer wrapped cells).
  const cost = (ws: readonly number[]): number => {
    const per = ws.map((w, c) => linesAt(c, w));
    let rows = 0;
    let total = 0;
    for (let r = 0; r < cells.length; r++) {
      let most = 0;
      for (let c = 0; c < n; c++) {
        most = Math.max(most, per[c]![r]!);
        total += per[c]![r]!;
      }
      rows += most;
    }
    return rows * 10_000 + total;
  };
  const widths = [...words];
  let room = available - widths.reduce((a, b) => a + b, 0);
  let current = cost(widths);
  while (room > 0) {
    let best: { c: number; k: number; gain: number; cost: number } | null = null;
    for (let c = 0; c < n; c++) {
      for (let k = 1; k <= Math.min(room, widest[c]! - widths[c]!); k++) {
        const trial = [...widths];
        trial[c]! += k;
        const next = cost(trial);
        if (next < current) {
          const gain = (current - next) / k;
          if (!best || gain > best.gain) best = { c, k, gain, cost: next };
          break;
        }
      }
    }
    if (!best) break;
    widths[best.c]! += best.k;
    room -= best.k;
    current = best.cost;
  }
  return widths;
}

/** Fair shares: the narrowest columns first take what they need, up to an even share of the room. */
function fairWidths(available: number, widest: number[], words: number[]): number[] {
  const n = widest.length;
  const order = [...widest.keys()].sort((a, b) => widest[a]! - widest[b]!);
  const widths = new Array<number>(n).fill(0);
  let room = available;
  order.forEach((i, k) => {
    // Always leave the columns still to come room for their longest words.
    const reserve = order.slice(k + 1).reduce((sum, j) => sum + words[j]!, 0);
    const share = Math.floor(room / (n - k));
    widths[i] = Math.min(widest[i]!, room - reserve, Math.max(words[i]!, share));
    room -= widths[i]!;
  });
  for (const i of order.reverse()) {
    const more = Math.min(room, widest[i]! - widths[i]!);
    widths[i]! += more;
    room -= more;
  }
  return widths;
}

/** A cell wrapped to its column's width, words too long for it broken; lines joined by "\n". */
export function fitCell(text: string, width: number): string[] {
  return wrap(text, width).flatMap((line) => (displayWidth(line) > width ? breakWord(line, width, width) : [line]));
}
