import { formatGlossary } from '../../format/glossary.js';
import { columnsOf } from '../../format/listing-columns.js';
import type { ListingFormat } from '../../format/listing/view.js';
import { GLOSSARY_COLUMNS, glossary, type GlossaryEntry } from '../../query/glossary.js';
import { chosenFormat } from '../formats.js';
import { printListing } from '../listing.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import type { Outcome } from '../outcome.js';

/** usjapan glossary [--format f] */
export async function glossaryCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const format = chosenFormat<ListingFormat>(opts, 'glossary');
  if (!format.ok) return format.outcome;
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const entries = glossary(kb.value);
  return printListing(
    {
      listing: { records: entries, columns: columnsOf<GlossaryEntry>(GLOSSARY_COLUMNS) },
      text: (width, style) => formatGlossary(entries, width, style),
      miss: 'the knowledge base explains no terms',
    },
    format.value,
    globals,
  );
}
