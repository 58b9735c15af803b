import { citation } from '../../format/citation/crs.js';
import { formatInfo } from '../../format/info.js';
import { formatKbSource } from '../../format/kb-source.js';
import { toJson } from '../../format/json.js';
import { infoRecord } from '../../query/info.js';
import { activeKb, loadChoice } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, type Outcome } from '../outcome.js';
import { styleFor, widthFor } from '../terminal.js';

/** usjapan info */
export async function infoCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const choice = activeKb(globals);
  if (!choice.ok) return choice.outcome;
  const kb = await loadChoice(choice.value);
  if (!kb.ok) return kb.outcome;
  // Which file answers, and why: --kb, USJAPAN_KB, the user's default or the bundled brief.
  // The bundled file's path depends on where usjapan is installed, so it is not printed.
  const { source } = choice.value;
  const path = source === 'bundled' ? null : choice.value.path;
  if (opts.json) return found(toJson({ ...infoRecord(kb.value, citation(kb.value)), kbPath: path, kbSource: source }));
  const style = await styleFor(globals);
  return found(`${formatInfo(kb.value, widthFor(), style)}\n\n${formatKbSource(path, source, style)}`);
}
