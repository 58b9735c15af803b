import type { Command } from 'commander';
import { seeAlsoLine } from '../../format/figures.js';
import { formatHits, hitListing, type HitView } from '../../format/hits.js';
import type { ListingFormat } from '../../format/listing/view.js';
import { wrap } from '../../format/wrap.js';
import { contextSentence, sentenceContext } from '../../query/context.js';
import { figuresMatching } from '../../query/figures.js';
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
      // A query that names a figure's caption: the figure is an image, so say where it is.
      text: (width, style) => {
        const seeAlso = figuresMatching(kb, query).flatMap((f) => wrap(seeAlsoLine(f), width).map((l) => style.dim(l)));
        return [formatHits(views, width, style), ...(seeAlso.length ? ['', ...seeAlso] : [])].join('\n');
      },
      textInPipe: true,
      miss: `nothing found for "${query}"  (try: other words, or usjapan sections)`,
      notes: counting && ranked.length > hits.length ? [shown] : [],
    },
    format.value,
    globals,
  );
}
