import { formatGlossary } from '../../format/glossary.js';
import { toJson } from '../../format/json.js';
import { glossary } from '../../query/glossary.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, nothing, type Outcome } from '../outcome.js';
import { styleFor, widthFor } from '../terminal.js';

/** usjapan glossary */
export async function glossaryCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const entries = glossary(kb.value);
  if (opts.json) return (entries.length ? found : nothing)(toJson(entries));
  if (!entries.length) return nothing('', ['the knowledge base explains no terms']);
  return found(formatGlossary(entries, widthFor(), await styleFor(globals)));
}
