import { toJson } from '../../format/json.js';
import { formatSections } from '../../format/sections.js';
import { sectionRows } from '../../query/section-view.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, type Outcome } from '../outcome.js';
import { styleFor, widthFor } from '../terminal.js';

/** usjapan sections */
export async function sectionsCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const rows = sectionRows(kb.value);
  if (opts.json) return found(toJson(rows));
  return found(formatSections(rows, widthFor(), await styleFor(globals)));
}
