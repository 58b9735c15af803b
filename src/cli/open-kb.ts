import { fileURLToPath } from 'node:url';
import { loadKb } from '../kb/load.js';
import { openRelations, relationsPath, type RelationLookup } from '../kb/relations.js';
import type { KnowledgeBase } from '../kb/schema.js';
import type { GlobalOptions } from './options.js';
import { failed, type Step } from './outcome.js';

declare const __KB_URL__: string | undefined;

/** The bundled knowledge base: the bundle (dist/) and the sources (src/cli/) sit at different depths. */
export function defaultKbPath(): string {
  return fileURLToPath(new URL(typeof __KB_URL__ === 'string' ? __KB_URL__ : '../../data/kb.json', import.meta.url));
}

/** Loads the knowledge base a command answers from: --kb when given, else the bundled one. */
export async function openKb(opts: GlobalOptions): Promise<Step<KnowledgeBase>> {
  const result = await loadKb(opts.kb ?? defaultKbPath(), opts.kb === undefined);
  return result.ok ? { ok: true, value: result.kb } : { ok: false, outcome: failed('bad-kb', result.error) };
}

/**
 * Looks words up in the relation file beside the knowledge base, opened on the first lookup and
 * only then: most queries use only the brief's own words and never need it.
 */
export function relationsFor(opts: GlobalOptions, kb: KnowledgeBase): RelationLookup {
  return openRelations(relationsPath(opts.kb ?? defaultKbPath()), kb);
}
