import { formatHits } from '../../format/hits.js';
import { toJson } from '../../format/json.js';
import { search } from '../../query/search/rank.js';
import { hitRecords } from '../../query/search/records.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, nothing, type Outcome } from '../outcome.js';
import { styleFor, widthFor } from '../terminal.js';
import { openScope } from './scope.js';

/** usjapan search <query...> */
export async function searchCommand(words: string[], opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const scope = await openScope(words, opts, globals);
  if (!scope.ok) return scope.outcome;
  const { query, kb, sectionId } = scope.value;
  const hits = search(kb, query, { limit: opts.limit as number, sectionId });
  if (opts.json) return (hits.length ? found : nothing)(toJson(hitRecords(kb, hits)));
  if (!hits.length) return nothing('', [`nothing found for "${query}"`]);
  return found(formatHits(kb, hits, widthFor(), await styleFor(globals)));
}
