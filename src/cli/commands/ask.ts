import type { Command } from 'commander';
import { formatAnswer } from '../../format/answer.js';
import { toJson } from '../../format/json.js';
import type { ObjectFormat } from '../../format/listing/view.js';
import { safe } from '../../format/safe.js';
import { ask } from '../../query/ask/ask.js';
import { askRecord } from '../../query/ask/record.js';
import { chosenFormat } from '../formats.js';
import { readQuery } from '../input.js';
import { openKb, relationsFor } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, found, nothing, type Outcome } from '../outcome.js';
import { proseWidth, styleFor } from '../terminal.js';
import { usageLine } from '../usage.js';

/** usjapan ask <question...> [--format text|json] */
export async function askCommand(words: string[], opts: CommandOptions, globals: GlobalOptions, cmd: Command): Promise<Outcome> {
  const format = chosenFormat<ObjectFormat>(opts, 'ask');
  if (!format.ok) return format.outcome;
  const json = format.value === 'json';
  const question = await readQuery(words);
  if (!question.ok) return question.outcome;
  if (question.value.trim() === '') return failed('usage', usageLine(cmd));
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const result = ask(kb.value, question.value, { relations: relationsFor(globals, kb.value) });
  // "when", "?": nothing to look for is a usage error, not a question the brief cannot answer.
  if (!result.answer && result.words.length === 0) return failed('usage', `"${safe(question.value.trim())}" has no words to look for  (try: usjapan ask how many troops are in Japan)`);
  if (!result.answer) {
    const words = result.words.length ? result.words.map((w) => (/^[\w.’'-]+$/.test(w) ? w : JSON.stringify(w))).join(' ') : JSON.stringify(question.value);
    return nothing(json ? toJson(askRecord(kb.value, result)) : '', [`the brief does not say; closest: usjapan search ${safe(words)}`]);
  }
  if (json) return found(toJson(askRecord(kb.value, result)));
  return found(formatAnswer(kb.value, result.answer, result.others, proseWidth(), await styleFor(globals)));
}
