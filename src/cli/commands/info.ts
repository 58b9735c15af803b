import { citation } from '../../format/citation/crs.js';
import { formatInfo } from '../../format/info.js';
import { toJson } from '../../format/json.js';
import { infoRecord } from '../../query/info.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, type Outcome } from '../outcome.js';
import { styleFor, widthFor } from '../terminal.js';

/** usjapan info */
export async function infoCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  if (opts.json) return found(toJson(infoRecord(kb.value, citation(kb.value))));
  return found(formatInfo(kb.value, widthFor(), await styleFor(globals)));
}
