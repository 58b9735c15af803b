import { seeAlsoLine } from '../../format/figures.js';
import { formatHits } from '../../format/hits.js';
import { toJson } from '../../format/json.js';
import { wrap } from '../../format/wrap.js';
import { figuresMatching } from '../../query/figures.js';
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
  const style = await styleFor(globals);
  // A query that names a figure's caption: the figure is an image, so say where it is.
  const width = widthFor();
  const seeAlso = figuresMatching(kb, query).flatMap((f) => wrap(seeAlsoLine(f), width).map((l) => style.dim(l)));
  return found([formatHits(kb, hits, width, style), ...(seeAlso.length ? ['', ...seeAlso] : [])].join('\n'));
}
