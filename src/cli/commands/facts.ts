import { formatFacts } from '../../format/facts.js';
import { toJson } from '../../format/json.js';
import { findFacts } from '../../query/facts.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, nothing, type Outcome } from '../outcome.js';
import { widthFor } from '../terminal.js';
import { relationsFor } from '../open-kb.js';
import { openScope } from './scope.js';

/** usjapan facts [query...] */
export async function factsCommand(words: string[], opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const scope = await openScope(words, opts, globals);
  if (!scope.ok) return scope.outcome;
  const { query, kb, sectionId } = scope.value;
  const facts = findFacts(kb, query, { sectionId, limit: opts.limit as number | undefined, relations: relationsFor(globals, kb) });
  if (opts.json) return (facts.length ? found : nothing)(toJson(facts));
  if (!facts.length) return nothing('', [`no figures match "${query}"`]);
  const { table } = await import('../../format/table.js');
  return found(formatFacts(facts, widthFor(), table));
}
