import type { ListingFormat } from '../../format/listing/view.js';
import { formatSections, sectionListing } from '../../format/sections.js';
import { sectionRows } from '../../query/section-view.js';
import { chosenFormat } from '../formats.js';
import { printListing } from '../listing.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import type { Outcome } from '../outcome.js';

/** usjapan sections [--format f] */
export async function sectionsCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const format = chosenFormat<ListingFormat>(opts, 'sections');
  if (!format.ok) return format.outcome;
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const rows = sectionRows(kb.value);
  return printListing(
    { listing: sectionListing(rows), text: (width, style) => formatSections(rows, width, style), miss: 'the knowledge base has no sections' },
    format.value,
    globals,
  );
}
