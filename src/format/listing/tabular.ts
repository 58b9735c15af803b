import { safe } from '../safe.js';
import type { Style } from '../style.js';
import { labelled } from '../labelled.js';
import { escapeCell } from './fields.js';
import { dropConstant, fitCell, fitWidths, type Shown } from './layout.js';
import type { DrawTable } from './table.js';
import { cellsOf, type Listing } from './view.js';

/** Below this width a listing is shown as stacked records rather than a table. */
export const STACK_BELOW = 60;

/** Options of the human views of a listing. */
export interface TabularOptions {
  readonly width: number;
  readonly style: Style;
  /** Print the left-out one-value columns above the table (off where a heading already says it). */
  readonly noteConstant?: boolean;
}

function shownOf<R extends object>(listing: Listing<R>): { cells: string[][]; shown: Shown } {
  const cells = cellsOf(listing).map((r) => r.map((c) => safe(c)));
  return { cells, shown: dropConstant(listing.columns as never, cells) };
}

/** The note above a table for the columns left out: "Section  COVID-19 …". */
function constantNote(shown: Shown, options: TabularOptions): string[] {
  // A column left out for being empty in every row has nothing to say.
  const said = shown.constant.filter(([, value]) => value !== '');
  if (!options.noteConstant || said.length === 0) return [];
  return [...labelled(said, options.width, options.style), ''];
}

/** A listing as an aligned table sized to its content (cli-table3 draws it). */
export function renderTable<R extends object>(listing: Listing<R>, options: TabularOptions, draw: DrawTable): string {
  const { cells, shown } = shownOf(listing);
  const cols = shown.indices.map((i) => listing.columns[i]!);
  const header = cols.map((c) => c.label);
  const rows = cells.map((r) => shown.indices.map((i) => r[i]!));
  // A box: one bar and one space each side of every cell.
  const widths = fitWidths([header, ...rows], options.width - (3 * cols.length + 1));
  const fit = (r: readonly string[]) => r.map((c, i) => fitCell(c, widths[i]!).join('\n'));
  const head = fit(header).map((h) => h.split('\n').map((l) => options.style.bold(l)).join('\n'));
  const table = draw(head, rows.map(fit), widths, cols.map((c) => c.align ?? 'left'));
  return [...constantNote(shown, options), table].join('\n');
}

/** A listing as stacked records (narrow terminals): "Label  value" lines, a blank line between records. */
export function renderStacked<R extends object>(listing: Listing<R>, options: TabularOptions): string {
  const { cells, shown } = shownOf(listing);
  const records = cells.map((r) => labelled(shown.indices.map((i) => [listing.columns[i]!.label, r[i]!] as [string, string]), options.width, options.style).join('\n'));
  return [...constantNote(shown, options), records.join('\n\n')].join('\n');
}

/** A listing as tab-separated rows of its columns, no header: a tabular view in a pipe. */
export function renderPlain<R extends object>(listing: Listing<R>): string {
  return cellsOf(listing)
    .map((r) => r.map(escapeCell).join('\t'))
    .join('\n');
}
