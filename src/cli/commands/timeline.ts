import { columnsOf } from '../../format/listing-columns.js';
import type { ListingFormat } from '../../format/listing/view.js';
import { formatTimeline } from '../../format/timeline.js';
import { TIMELINE_COLUMNS, timeline, type TimelineEntry } from '../../query/timeline.js';
import { chosenFormat } from '../formats.js';
import { printListing } from '../listing.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, type Outcome } from '../outcome.js';
import { sectionFilter } from './scope.js';

/** A --from/--to year: four digits at most, or undefined when absent; null when it is not a year. */
function year(value: unknown): number | undefined | null {
  if (value === undefined) return undefined;
  return typeof value === 'string' && /^\d{1,4}$/.test(value.trim()) ? Number(value) : null;
}

/** usjapan timeline [--from YEAR] [--to YEAR] [--section NAME] [--format f] */
export async function timelineCommand(opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const format = chosenFormat<ListingFormat>(opts, 'timeline');
  if (!format.ok) return format.outcome;
  const from = year(opts.from);
  const to = year(opts.to);
  if (from === null) return failed('usage', `--from expects a year, such as 2020; got "${String(opts.from)}"  (try: usjapan timeline --help)`);
  if (to === null) return failed('usage', `--to expects a year, such as 2022; got "${String(opts.to)}"  (try: usjapan timeline --help)`);
  if (from !== undefined && to !== undefined && from > to) return failed('usage', `--from ${from} is after --to ${to}  (try: usjapan timeline --from ${to} --to ${from})`);
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const section = sectionFilter(kb.value, opts, globals);
  if (!section.ok) return section.outcome;
  const sectionId = section.value;
  const entries = timeline(kb.value, { from, to, sectionId });
  return printListing(
    {
      listing: { records: entries, columns: columnsOf<TimelineEntry>(TIMELINE_COLUMNS) },
      text: (width, style) => formatTimeline(entries, width, style),
      miss: 'no dated events in that range  (try: usjapan timeline, for all of them)',
    },
    format.value,
    globals,
  );
}
