import type { Command } from 'commander';
import { keyFigureListing } from '../../format/facts.js';
import { toJson } from '../../format/json.js';
import type { ObjectFormat } from '../../format/listing/view.js';
import { formatSectionView } from '../../format/section.js';
import { sectionRecord, sectionView } from '../../query/section-view.js';
import { chosenFormat } from '../formats.js';
import { readQuery } from '../input.js';
import { tabularBlock } from '../listing.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, found, nothing, type Outcome } from '../outcome.js';
import { proseWidth, styleFor } from '../terminal.js';
import { usageLine } from '../usage.js';
import { noSection, pickSection } from './scope.js';

/** usjapan section <name...> [--full] [--format text|json] */
export async function sectionCommand(words: string[], opts: CommandOptions, globals: GlobalOptions, cmd: Command): Promise<Outcome> {
  const format = chosenFormat<ObjectFormat>(opts, 'section');
  if (!format.ok) return format.outcome;
  const json = format.value === 'json';
  const name = await readQuery(words);
  if (!name.ok) return name.outcome;
  if (name.value === '') return failed('usage', usageLine(cmd));
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const m = pickSection(kb.value, name.value);
  if (m.kind === 'not-found') return json ? nothing('null') : nothing('', [noSection(name.value)]);
  const view = sectionView(kb.value, m);
  const also = m.alternatives.length ? [`also close: ${m.alternatives.map((a) => `${a.title} (${a.id})`).join('; ')}`] : [];
  if (json) return found(toJson(sectionRecord(view)), also);
  const full = Boolean(opts.full);
  const figures = !full && view.facts.length ? await tabularBlock(keyFigureListing(view.facts), globals) : null;
  return found(formatSectionView(view, full, proseWidth(), await styleFor(globals), figures), also);
}
