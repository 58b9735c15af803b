import { toJson } from '../../format/json.js';
import { formatTimeline } from '../../format/timeline.js';
import { matchSection } from '../../query/sections.js';
import { timeline } from '../../query/timeline.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, found, nothing, type Outcome } from '../outcome.js';
import { styleFor, widthFor } from '../terminal.js';

/** A --from/--to year: four digits at most, or undefined when absent; null when it is not a year. */
function year(value: unknown): number | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' && /^\d{1,4}$/.test(value.trim()) ? Number(value) : null;
}

/** usjapan timeline [--from YEAR] [--to YEAR] [--section NAME] */
export async function timelineCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const from = year(opts.from);
  const to = year(opts.to);
  if (from === null) return failed('usage', `--from expects a year, such as 2020; got "${String(opts.from)}"`);
  if (to === null) return failed('usage', `--to expects a year, such as 2022; got "${String(opts.to)}"`);
  if (from !== undefined && to !== undefined && from > to) return failed('usage', `--from ${from} is after --to ${to}`);
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  let sectionId: string | undefined;
  if (typeof opts.section === 'string') {
    const m = matchSection(kb.value, opts.section);
    if (m.kind !== 'found') return nothing(opts.json ? '[]' : '', [`no section matches "${opts.section}"; sections: ${m.suggestions.join(', ')}`]);
    sectionId = m.section.id;
  }
  const entries = timeline(kb.value, { from, to, sectionId });
  if (opts.json) return (entries.length ? found : nothing)(toJson(entries));
  if (!entries.length) return nothing('', ['no dated events in that range']);
  return found(formatTimeline(entries, widthFor(), await styleFor(globals)));
}
