import type { KnowledgeBase } from '../../kb/schema.js';
import { matchSection, type SectionMatch } from '../../query/sections.js';
import { readQuery } from '../input.js';
import { openKb } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { nothing, type Step } from '../outcome.js';

/** What search and facts work on: the query, the knowledge base and the --section filter. */
export interface Scope {
  readonly query: string;
  readonly kb: KnowledgeBase;
  readonly sectionId: string | undefined;
}

/** The one line for a section name that matches none, the same in every command. */
export function noSection(name: string): string {
  return `no section matches "${name}"  (try: usjapan sections)`;
}

/** A section by its number in the table of contents (as `sections` and `section --help` list them), else by name. */
export function pickSection(kb: KnowledgeBase, name: string): SectionMatch {
  if (!/^\d+$/.test(name.trim())) return matchSection(kb, name);
  const section = kb.sections[Number(name) - 1];
  return section ? { kind: 'found', section, alternatives: [], by: 'title' } : { kind: 'not-found', suggestions: kb.sections.map((s) => s.id) };
}

/** Reads the query, opens the knowledge base and resolves --section. */
export async function openScope(words: string[], opts: CommandOptions, globals: GlobalOptions): Promise<Step<Scope>> {
  const query = await readQuery(words);
  if (!query.ok) return query;
  const kb = await openKb(globals);
  if (!kb.ok) return kb;
  let sectionId: string | undefined;
  if (typeof opts.section === 'string') {
    const m = pickSection(kb.value, opts.section);
    if (m.kind !== 'found') return { ok: false, outcome: nothing(opts.json || opts.format === 'json' ? '[]' : '', [noSection(opts.section)]) };
    sectionId = m.section.id;
  }
  return { ok: true, value: { query: query.value, kb: kb.value, sectionId } };
}
