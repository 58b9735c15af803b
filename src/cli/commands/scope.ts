import type { KnowledgeBase } from '../../kb/schema.js';
import { sectionMissMessage } from '../../format/section-notes.js';
import { matchSection } from '../../query/sections.js';
import { readQuery } from '../input.js';
import { openKb, relationsFor } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { nothing, type Step } from '../outcome.js';

/** What search and facts work on: the query, the knowledge base and the --section filter. */
export interface Scope {
  readonly query: string;
  readonly kb: KnowledgeBase;
  readonly sectionId: string | undefined;
}

/**
 * The section --section names (the same rules as `usjapan section`), undefined without the
 * option; a miss ends the command with exit 1, `[]` in JSON.
 */
export function sectionFilter(kb: KnowledgeBase, opts: CommandOptions, globals: GlobalOptions): Step<string | undefined> {
  if (typeof opts.section !== 'string') return { ok: true, value: undefined };
  const m = matchSection(kb, opts.section, relationsFor(globals, kb));
  if (m.kind !== 'found') return { ok: false, outcome: nothing(opts.json || opts.format === 'json' ? '[]' : '', [sectionMissMessage(opts.section, m)]) };
  return { ok: true, value: m.section.id };
}

/** Reads the query, opens the knowledge base and resolves --section. */
export async function openScope(words: string[], opts: CommandOptions, globals: GlobalOptions): Promise<Step<Scope>> {
  const query = await readQuery(words);
  if (!query.ok) return query;
  const kb = await openKb(globals);
  if (!kb.ok) return kb;
  const section = sectionFilter(kb.value, opts, globals);
  if (!section.ok) return section;
  const sectionId = section.value;
  return { ok: true, value: { query: query.value, kb: kb.value, sectionId } };
}
