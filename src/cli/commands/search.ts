import { formatHits } from '../../format/hits.js';
import { toJson } from '../../format/json.js';
import { searchMissMessage, searchNote } from '../../format/search-notes.js';
import { searchAll } from '../../query/search/rank.js';
import { hitRecords } from '../../query/search/records.js';
import { relationsFor } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, nothing, type Outcome } from '../outcome.js';
import { stderrIsTerminal, styleFor, widthFor } from '../terminal.js';
import { openScope } from './scope.js';

/** usjapan search <query...> */
export async function searchCommand(words: string[], opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const scope = await openScope(words, opts, globals);
  if (!scope.ok) return scope.outcome;
  const { query, kb, sectionId } = scope.value;
  const relations = relationsFor(globals, kb);
  const result = searchAll(kb, query, { limit: opts.limit as number, sectionId, relations });
  const any = result.hits.length > 0 || result.card !== null;
  const note = any && stderrIsTerminal() ? searchNote(result) : null;
  if (opts.json) return (any ? found : nothing)(toJson(hitRecords(kb, result)), note ? [note] : []);
  if (!any) {
    const section = sectionId ? kb.sections.find((s) => s.id === sectionId)! : null;
    const filter = section ? { name: String(opts.section), section, withoutFilter: searchAll(kb, query, { limit: 1000, relations }).hits.length } : null;
    return nothing('', [searchMissMessage(query, result, filter)]);
  }
  return found(formatHits(kb, result, widthFor(), await styleFor(globals)), note ? [note] : []);
}
