import Table from 'cli-table3';
import { wrap } from './wrap.js';

/**
 * A plain-bordered table that fits the width, for facts and key figures. Cells are wrapped
 * here, with the same wrap as the rest of the output, rather than by cli-table3, whose own
 * wrapping is the slowest part of printing a long table.
 */
export function table(head: string[], rows: string[][], width: number, weights: number[]): string {
  const usable = Math.max(40, width - (head.length + 1) * 3);
  const total = weights.reduce((a, b) => a + b, 0);
  const inner = weights.map((w) => Math.max(6, Math.floor((usable * w) / total)));
  const t = new Table({ head, colWidths: inner.map((w) => w + 2), wordWrap: false, style: { head: [], border: [] } });
  for (const r of rows) t.push(r.map((cell, i) => fit(cell, inner[i]!)));
  return t.toString();
}

/** The table function, passed to formatters so cli-table3 is loaded only when a table is printed. */
export type TableFn = typeof table;

/** Wraps a cell at spaces, then cuts a word still longer than the column, after a hyphen if it has one. */
function fit(cell: string, width: number): string {
  return wrap(cell, width)
    .flatMap((line) => {
      const parts: string[] = [];
      let rest = line;
      while (rest.length > width) {
        const hyphen = rest.lastIndexOf('-', width - 1);
        const cut = hyphen > 0 ? hyphen + 1 : width;
        parts.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      return [...parts, rest];
    })
    .join('\n');
}
