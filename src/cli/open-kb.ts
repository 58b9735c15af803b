import { fileURLToPath } from 'node:url';
import { loadKb } from '../kb/load.js';
import type { KnowledgeBase } from '../kb/schema.js';
import type { GlobalOptions } from './options.js';
import { failed, type Step } from './outcome.js';

declare const __KB_URL__: string | undefined;

/** The bundled knowledge base: the bundle (dist/) and the sources (src/cli/) sit at different depths. */
export function defaultKbPath(): string {
  return fileURLToPath(new URL(typeof __KB_URL__ === 'string' ? __KB_URL__ : '../../data/kb.json', import.meta.url));
}

/** The knowledge base file that answers, and whether it is the bundled (trusted) one. */
export interface KbChoice {
  readonly path: string;
  readonly trusted: boolean;
}

/**
 * Which knowledge base answers: --kb, else USJAPAN_KB, else the bundled one. (The user's
 * default under XDG_DATA_HOME, set by `usjapan use`, slots in before the bundled one.)
 */
export function activeKb(opts: GlobalOptions): KbChoice {
  if (opts.kb !== undefined) return { path: opts.kb, trusted: false };
  const env = process.env.USJAPAN_KB;
  if (env !== undefined && env !== '') return { path: env, trusted: false };
  return { path: defaultKbPath(), trusted: true };
}

/** Loads the knowledge base a command answers from. */
export async function openKb(opts: GlobalOptions): Promise<Step<KnowledgeBase>> {
  const { path, trusted } = activeKb(opts);
  const result = await loadKb(path, trusted);
  return result.ok ? { ok: true, value: result.kb } : { ok: false, outcome: failed('bad-kb', result.error) };
}
