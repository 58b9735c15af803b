import { formatDefinition } from '../../format/glossary.js';
import { toJson } from '../../format/json.js';
import { define } from '../../query/glossary.js';
import { readQuery } from '../input.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, nothing, type Outcome } from '../outcome.js';
import { styleFor, widthFor } from '../terminal.js';

/** usjapan define <term...> */
export async function defineCommand(words: string[], opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const term = await readQuery(words);
  if (!term.ok) return term.outcome;
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const d = define(kb.value, term.value);
  if (d.kind === 'not-found') return nothing(opts.json ? 'null' : '', [`no entry for "${term.value}"; closest: ${d.suggestions.join(', ')}`]);
  const also = d.also.length ? [`also: ${d.also.map((e) => e.term).join(', ')}`] : [];
  if (opts.json) return found(toJson(d.entry), also);
  return found(formatDefinition(d.entry, widthFor(), await styleFor(globals)), also);
}
