import type { Command } from 'commander';
import { contextLines, sourceLines } from '../../format/context.js';
import { toJson } from '../../format/json.js';
import type { ObjectFormat } from '../../format/listing/view.js';
import { contextRecord, findContext } from '../../query/context.js';
import { chosenFormat } from '../formats.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, found, nothing, type Outcome } from '../outcome.js';
import { proseWidth, styleFor } from '../terminal.js';
import { usageLine } from '../usage.js';

/** The lead of the sentence shown, marking it among its context. */
const LEAD = '> ';

/** usjapan show <sentence-id> [-C N] [--format text|json] */
export async function showCommand(words: string[], opts: CommandOptions, globals: GlobalOptions, cmd: Command): Promise<Outcome> {
  const format = chosenFormat<ObjectFormat>(opts, 'show');
  if (!format.ok) return format.outcome;
  const id = words.join(' ').trim();
  if (id === '') return failed('usage', usageLine(cmd));
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const c = findContext(kb.value, id, opts.context as number);
  if (format.value === 'json') return c ? found(toJson(contextRecord(c))) : nothing('null');
  if (!c) return nothing('', [`no sentence has the id "${id}"  (try: usjapan search ${id.replace(/-\d+$/, '').replace(/-/g, ' ')})`]);
  const width = proseWidth();
  const style = await styleFor(globals);
  const lines = [
    ...contextLines({ sentence: c.sentence, before: c.before, after: c.after, matches: [] }, width, style, LEAD),
    ...sourceLines(c.section.title, c.sentence.page, c.sentence.id, width, style, ' '.repeat(LEAD.length)),
  ];
  return found(lines.join('\n'));
}
