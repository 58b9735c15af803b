import Table from 'cli-table3';

/**
 * Draws an aligned table with cli-table3: a box, a rule under the header and none between rows.
 * Cells arrive wrapped to their columns ("\n" between lines) and the widths measured
 * (src/format/listing/layout.ts), so cli-table3 only draws. Bundled on its own and loaded only
 * for the table format.
 */
export function drawTable(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], aligns: readonly ('left' | 'right')[]): string {
  const t = new Table({
    head: [...header],
    colWidths: widths.map((w) => w + 2),
    wordWrap: false,
    style: { head: [], border: [], compact: true },
  });
  for (const r of rows) t.push(r.map((content, i) => ({ content, hAlign: aligns[i] ?? 'left' })));
  return t.toString();
}

/** The table drawer, passed to renderers so cli-table3 is loaded only when a table is printed. */
export type DrawTable = typeof drawTable;
