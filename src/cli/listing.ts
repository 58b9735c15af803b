import { toJson } from '../format/json.js';
import { toCsv, toMarkdown, toNdjson, toTsv } from '../format/listing/delimited.js';
import { renderPlain, renderStacked, renderTable, STACK_BELOW } from '../format/listing/tabular.js';
import type { Listing, ListingFormat } from '../format/listing/view.js';
import type { Style } from '../format/style.js';
import type { GlobalOptions } from './options.js';
import { found, nothing, type Outcome } from './outcome.js';
import { proseWidth, stdoutIsTerminal, styleFor, widthFor } from './terminal.js';

/** What a listing command prints: its listing, its own text layout if it has one, and its miss. */
export interface ListingPrint<R extends object> {
  readonly listing: Listing<R>;
  /** The command's own layout (search's numbered sentences, the sections list), else a table. */
  readonly text?: (width: number, style: Style) => string;
  /** Keep `text` in a pipe (search) rather than switching to plain TSV (sections). */
  readonly textInPipe?: boolean;
  /** The one line on stderr when nothing matched. */
  readonly miss: string;
  /** Messages for stderr besides the result ("5 of 45 shown"). */
  readonly notes?: readonly string[];
}

/**
 * A listing in the format asked for, or by default the one that suits where it goes: on a
 * terminal the command's text or a table (stacked records below 60 columns), in a pipe the
 * text of a prose listing or plain TSV of a tabular one.
 */
export async function printListing<R extends object>(p: ListingPrint<R>, format: ListingFormat | undefined, globals: GlobalOptions): Promise<Outcome> {
  const { records } = p.listing;
  const notes = p.notes ?? [];
  if (format === 'json') return records.length ? found(toJson(records), notes) : nothing(toJson(records));
  if (records.length === 0) return nothing('', [p.miss]);
  switch (format) {
    case 'ndjson':
      return found(toNdjson(records), notes);
    case 'tsv':
      return found(toTsv(records), notes);
    case 'csv':
      return found(toCsv(records), notes);
    case 'md':
      return found(toMarkdown(records), notes);
    case 'table':
      return found(await tabular(p.listing, globals, true), notes);
    default: {
      const terminal = stdoutIsTerminal();
      if (p.text && (terminal || p.textInPipe)) return found(p.text(proseWidth(), await styleFor(globals)), notes);
      return found(terminal ? await tabular(p.listing, globals, true) : renderPlain(p.listing), notes);
    }
  }
}

/**
 * A listing as a table on a screen: aligned (cli-table3, loaded only here) from 60 columns,
 * stacked records below. `noteConstant` prints the columns left out for holding one value.
 */
export async function tabular<R extends object>(listing: Listing<R>, globals: GlobalOptions, noteConstant: boolean): Promise<string> {
  const options = { width: widthFor(), style: await styleFor(globals), noteConstant };
  if (options.width < STACK_BELOW) return renderStacked(listing, options);
  const { drawTable } = await import('../format/listing/table.js');
  return renderTable(listing, options, drawTable);
}

/** A tabular block inside a text view (section's key figures): a table on a screen, plain TSV in a pipe. */
export async function tabularBlock<R extends object>(listing: Listing<R>, globals: GlobalOptions): Promise<string> {
  return stdoutIsTerminal() ? tabular(listing, globals, false) : renderPlain(listing);
}
