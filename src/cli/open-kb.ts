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

/** The knowledge base file that answers, whether it is the bundled (trusted) one, and what chose it. */
export interface KbChoice {
  readonly path: string;
  readonly trusted: boolean;
  readonly from: 'option' | 'environment' | 'bundled';
}

/**
 * Which knowledge base answers: --kb, else USJAPAN_KB, else the bundled one. (The user's
 * default under XDG_DATA_HOME, set by `usjapan use`, slots in before the bundled one.)
 */
export function activeKb(opts: GlobalOptions): KbChoice {
  if (opts.kb !== undefined) return { path: opts.kb, trusted: false, from: 'option' };
  const env = process.env.USJAPAN_KB;
  if (env !== undefined && env !== '') return { path: env, trusted: false, from: 'environment' };
  return { path: defaultKbPath(), trusted: true, from: 'bundled' };
}

/** What to do about a knowledge base that cannot be used, by what chose it. */
const KB_HINT: Readonly<Record<KbChoice['from'], string>> = {
  option: '(try: without --kb, for the bundled brief)',
  environment: '(try: unset USJAPAN_KB, for the bundled brief)',
  bundled: '(try: reinstall usjapan)',
};

/** Loads the knowledge base a command answers from. */
export async function openKb(opts: GlobalOptions): Promise<Step<KnowledgeBase>> {
  const choice = activeKb(opts);
  const result = await loadKb(choice.path, choice.trusted);
  if (result.ok) return { ok: true, value: result.kb };
  // A message that already says what to do (rebuild it) keeps its own advice.
  const message = /rebuild/.test(result.error) ? result.error : `${result.error}  ${KB_HINT[choice.from]}`;
  return { ok: false, outcome: failed('bad-kb', message) };
}
