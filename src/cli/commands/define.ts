import type { Command } from 'commander';
import { formatDefinition } from '../../format/glossary.js';
import { toJson } from '../../format/json.js';
import type { ObjectFormat } from '../../format/listing/view.js';
import { define } from '../../query/glossary.js';
import { chosenFormat } from '../formats.js';
import { readQuery } from '../input.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, found, nothing, type Outcome } from '../outcome.js';
import { proseWidth, styleFor } from '../terminal.js';
import { usageLine } from '../usage.js';

/** usjapan define <term...> [--format text|json] */
export async function defineCommand(words: string[], opts: CommandOptions, globals: GlobalOptions, cmd: Command): Promise<Outcome> {
  const format = chosenFormat<ObjectFormat>(opts, 'define');
  if (!format.ok) return format.outcome;
  const json = format.value === 'json';
  const term = await readQuery(words);
  if (!term.ok) return term.outcome;
  if (term.value.trim() === '') return failed('usage', usageLine(cmd));
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const d = define(kb.value, term.value);
  if (d.kind === 'not-found') return nothing(json ? 'null' : '', [`no entry for "${term.value}"; closest: ${d.suggestions.join(', ')}  (try: usjapan glossary)`]);
  const also = d.also.length ? [`also: ${d.also.map((e) => e.term).join(', ')}`] : [];
  if (json) return found(toJson(d.entry), also);
  return found(formatDefinition(d.entry, proseWidth(), await styleFor(globals)), also);
}
