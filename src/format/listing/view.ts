/**
 * A listing is what a listing command (search, facts, sections, and later timeline, glossary)
 * prints in every format: its JSON records, and the columns its table shows. A command declares
 * the two; src/cli/listing.ts picks the format and the renderer in this folder draws it.
 */

/** One column of the table, stacked and piped views: a header label and a record's cell. */
export interface Column<R> {
  readonly label: string;
  /** The cell's text (plain, not yet made safe for a terminal). */
  readonly cell: (record: R, index: number) => string;
  readonly align?: 'left' | 'right';
  /** Shown even when every row holds the same value (the column that names a record). */
  readonly keep?: boolean;
}

/** The records of a listing and the columns its tabular views show. */
export interface Listing<R extends object> {
  /** What --json prints; TSV, CSV, Markdown and NDJSON are made from these too. */
  readonly records: readonly R[];
  readonly columns: readonly Column<R>[];
}

/** The formats every listing command takes with --format. */
export const LISTING_FORMATS = ['table', 'tsv', 'csv', 'md', 'json', 'ndjson'] as const;
/** One of the listing formats. */
export type ListingFormat = (typeof LISTING_FORMATS)[number];

/** The formats every object command (section, info, show) takes with --format. */
export const OBJECT_FORMATS = ['text', 'json'] as const;
/** One of the object formats. */
export type ObjectFormat = (typeof OBJECT_FORMATS)[number];

/** The cells of a listing's rows under its columns. */
export function cellsOf<R extends object>(listing: Listing<R>): string[][] {
  return listing.records.map((r, i) => listing.columns.map((c) => c.cell(r, i)));
}
