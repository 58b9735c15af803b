import { toJson } from '../../format/json.js';
import { formatSectionView } from '../../format/section.js';
import { sectionMissMessage, sectionNote } from '../../format/section-notes.js';
import { sectionRecord, sectionView } from '../../query/section-view.js';
import { matchSection } from '../../query/sections.js';
import { readQuery } from '../input.js';
import { openKb, relationsFor } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { found, nothing, type Outcome } from '../outcome.js';
import { styleFor, widthFor } from '../terminal.js';

/** usjapan section <name...> */
export async function sectionCommand(words: string[], opts: CommandOptions, globals: GlobalOptions): Promise<Outcome> {
  const name = await readQuery(words);
  if (!name.ok) return name.outcome;
  const kb = await openKb(globals);
  if (!kb.ok) return kb.outcome;
  const m = matchSection(kb.value, name.value, relationsFor(globals, kb.value));
  if (m.kind !== 'found') return nothing(opts.json ? 'null' : '', [sectionMissMessage(name.value, m)]);
  const view = sectionView(kb.value, m);
  const note = sectionNote(m, kb.value.sections);
  const also = note ? [note] : [];
  if (opts.json) return found(toJson(sectionRecord(view)), also);
  const full = Boolean(opts.full);
  const table = !full && view.facts.length ? (await import('../../format/table.js')).table : null;
  return found(formatSectionView(view, full, widthFor(), await styleFor(globals), table), also);
}
