import { citation } from '../../format/citation/crs.js';
import { formatInfo } from '../../format/info.js';
import { toJson } from '../../format/json.js';
import type { ObjectFormat } from '../../format/listing/view.js';
import { infoRecord } from '../../query/info.js';
import { chosenFormat } from '../formats.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, type Outcome } from '../outcome.js';
import { proseWidth, styleFor } from '../terminal.js';

/** usjapan info [--format text|json] */
export async function infoCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const format = chosenFormat<ObjectFormat>(opts, 'info');
  if (!format.ok) return format.outcome;
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  if (format.value === 'json') return found(toJson(infoRecord(kb.value, citation(kb.value))));
  return found(formatInfo(kb.value, proseWidth(), await styleFor(globals)));
}
