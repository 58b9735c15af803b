import type { Command } from 'commander';
import { formatHits, hitListing, type HitView } from '../../format/hits.js';
import type { ListingFormat } from '../../format/listing/view.js';
import { contextSentence, sentenceContext } from '../../query/context.js';
import { search } from '../../query/search/rank.js';
import { hitRecords } from '../../query/search/records.js';
import { chosenFormat } from '../formats.js';
import { printListing } from '../listing.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, type Outcome } from '../outcome.js';
import { isTerminal } from '../terminal.js';
import { usageLine } from '../usage.js';
import { openScope } from './scope.js';

/** usjapan search <query...> [-n N] [-C N] [--section name] [--format f] */
export async function searchCommand(words: string[], opts: CommandOptions, globals: GlobalOptions, cmd: Command): Promise<Outcome> {
  const format = chosenFormat<ListingFormat>(opts, 'search');
  if (!format.ok) return format.outcome;
  const scope = await openScope(words, opts, globals);
  if (!scope.ok) return scope.outcome;
  const { query, kb, sectionId } = scope.value;
  if (query === '') return failed('usage', usageLine(cmd));
  const limit = opts.limit as number;
  // How many were left out is told only to a person at a terminal; it costs a full ranking.
  const counting = isTerminal(2);
  const ranked = search(kb, query, { limit: counting ? Math.max(limit, kb.sentences.length) : limit, sectionId });
  const hits = ranked.slice(0, limit);
  const size = opts.context as number | undefined;
  const views: HitView[] = hitRecords(kb, hits).map((record, i) => {
    const c = size === undefined ? null : sentenceContext(kb, hits[i]!.sentence, size);
    const withContext = c ? { ...record, before: c.before.map(contextSentence), after: c.after.map(contextSentence) } : record;
    return { record: withContext, sentence: hits[i]!.sentence, before: c?.before ?? [], after: c?.after ?? [] };
  });
  const shown = `${hits.length} of ${ranked.length} shown; -n ${Math.min(ranked.length, 1000)} for all`;
  return printListing(
    {
      listing: hitListing(views.map((v) => v.record)),
      text: (width, style) => formatHits(views, width, style),
      textInPipe: true,
      miss: `nothing found for "${query}"  (try: other words, or usjapan sections)`,
      notes: counting && ranked.length > hits.length ? [shown] : [],
    },
    format.value,
    globals,
  );
}
