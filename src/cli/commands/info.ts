import { citation } from '../../format/citation/crs.js';
import { formatInfo } from '../../format/info.js';
import { formatKbSource } from '../../format/kb-source.js';
import { toJson } from '../../format/json.js';
import type { ObjectFormat } from '../../format/listing/view.js';
import { infoRecord } from '../../query/info.js';
import { chosenFormat } from '../formats.js';
import { activeKb, loadChoice } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, type Outcome } from '../outcome.js';
import { proseWidth, styleFor } from '../terminal.js';

/** usjapan info [--format text|json] */
export async function infoCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const format = chosenFormat<ObjectFormat>(opts, 'info');
  if (!format.ok) return format.outcome;
  const choice = activeKb(globals);
  const kb = await loadChoice(choice);
  if (!kb.ok) return kb.outcome;
  // Which file answers, and why: --kb, USJAPAN_KB, the user's default or the bundled brief.
  // The bundled file's path depends on where usjapan is installed, so it is not printed.
  const source = choice.from;
  const path = source === 'bundled' ? null : choice.path;
  if (format.value === 'json') return found(toJson({ ...infoRecord(kb.value, citation(kb.value)), kbPath: path, kbSource: source }));
  const style = await styleFor(globals);
  const width = proseWidth();
  return found(`${formatInfo(kb.value, width, style)}\n\n${formatKbSource(path, source, width, style)}`);
}
