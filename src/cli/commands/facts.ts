import { factListing } from '../../format/facts.js';
import type { ListingFormat } from '../../format/listing/view.js';
import { findFacts } from '../../query/facts.js';
import { chosenFormat } from '../formats.js';
import { printListing } from '../listing.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import type { Outcome } from '../outcome.js';
import { openScope } from './scope.js';

/** usjapan facts [query...] [--section name] [--format f] */
export async function factsCommand(words: string[], opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const format = chosenFormat<ListingFormat>(opts, 'facts');
  if (!format.ok) return format.outcome;
  const scope = await openScope(words, opts, globals);
  if (!scope.ok) return scope.outcome;
  const { query, kb, sectionId } = scope.value;
  const facts = findFacts(kb, query, sectionId);
  return printListing({ listing: factListing(facts), miss: `no figures match "${query}"  (try: usjapan facts, for all of them)` }, format.value, globals);
}
