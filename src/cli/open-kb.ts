import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKbIdentity, type KbIdentity } from '../kb/identity.js';
import { loadKb } from '../kb/load.js';
import { openRelations, relationsPath, type RelationLookup } from '../kb/relations.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { readRecord, sha256, storeDir, type DefaultRecord } from './kb-store.js';
import type { GlobalOptions } from './options.js';
import { failed, type Step } from './outcome.js';

declare const __KB_URL__: string | undefined;

/** The bundled knowledge base: the bundle (dist/) and the sources (src/cli/) sit at different depths. */
export function defaultKbPath(): string {
  return fileURLToPath(new URL(typeof __KB_URL__ === 'string' ? __KB_URL__ : '../../data/kb.json', import.meta.url));
}

/** The knowledge base file that answers, whether it is trusted without validation, and what chose it. */
export interface KbChoice {
  readonly path: string;
  readonly trusted: boolean;
  /** --kb, USJAPAN_KB, the user's default (`usjapan use`), or the bundled one. */
  readonly from: 'option' | 'environment' | 'default' | 'bundled';
  /** For the user's default: its record (identity and the SHA-256 recorded when it was chosen). */
  readonly record?: DefaultRecord;
  /** Why the user's default cannot be used at all (its record is unreadable); `path` is then the record. */
  readonly problem?: string;
}

const FALLBACK_HINT = 'run usjapan use --bundled to answer from the bundled brief again';

/**
 * Which knowledge base answers: --kb > USJAPAN_KB > the user's default (set by
 * `usjapan ingest … --use` or `usjapan use`) > the bundled one. The one place this is decided.
 * An unreadable default record is a problem to report, not a silent fall-back to the bundled brief.
 */
export function activeKb(opts: GlobalOptions, env: NodeJS.ProcessEnv = process.env): KbChoice {
  if (opts.kb !== undefined) return { path: opts.kb, trusted: false, from: 'option' };
  const fromEnv = env.USJAPAN_KB;
  if (fromEnv !== undefined && fromEnv !== '') return { path: fromEnv, trusted: false, from: 'environment' };
  const dir = storeDir(env);
  const read = readRecord(dir);
  if (!read.ok) return { path: join(dir, 'default.json'), trusted: false, from: 'default', problem: read.error };
  if (read.record) return { path: join(dir, read.record.file), trusted: false, from: 'default', record: read.record };
  return { path: defaultKbPath(), trusted: true, from: 'bundled' };
}

/** What to do about a knowledge base that cannot be used, by what chose it. */
const KB_HINT: Readonly<Record<KbChoice['from'], string>> = {
  option: '(try: without --kb, for the bundled brief)',
  environment: '(try: unset USJAPAN_KB, for the bundled brief)',
  default: `(${FALLBACK_HINT})`,
  bundled: '(try: reinstall usjapan)',
};

/** Loads the knowledge base a command answers from. */
export async function openKb(opts: GlobalOptions): Promise<Step<KnowledgeBase>> {
  return loadChoice(activeKb(opts));
}

/**
 * Loads a chosen file. The user's default is trusted (parsed, not validated) when its bytes
 * still have the SHA-256 recorded when it was chosen and it is of this release's schema;
 * otherwise it is validated, and a default that fails is an error that says how to go back.
 */
export async function loadChoice(choice: KbChoice): Promise<Step<KnowledgeBase>> {
  if (choice.problem) return { ok: false, outcome: failed('bad-kb', `the default knowledge base cannot be used: ${choice.problem}; ${FALLBACK_HINT}`) };
  let trusted = choice.trusted;
  if (choice.from === 'default' && choice.record) {
    try {
      const bytes = readFileSync(choice.path);
      trusted = sha256(bytes) === choice.record.sha256 && /^\{"schemaVersion":2,/.test(bytes.subarray(0, 20).toString('latin1'));
    } catch {
      trusted = false; // loadKb says why it cannot be read
    }
  }
  const result = await loadKb(choice.path, trusted);
  if (result.ok) return { ok: true, value: result.kb };
  if (choice.from === 'default') {
    return { ok: false, outcome: failed('bad-kb', `the default knowledge base is corrupt or outdated (${result.error}); ${FALLBACK_HINT}`) };
  }
  // A message that already says what to do (rebuild it) keeps its own advice.
  const message = /rebuild/.test(result.error) ? result.error : `${result.error}  ${KB_HINT[choice.from]}`;
  return { ok: false, outcome: failed('bad-kb', message) };
}

/**
 * Which brief would answer, cheaply (for --version): the default's identity comes from its
 * record and any other file's from the start of the file, without loading or validating it.
 * Null identity when the file cannot be read that way.
 */
export function activeKbIdentity(opts: GlobalOptions, env: NodeJS.ProcessEnv = process.env): { choice: KbChoice; identity: KbIdentity | null } {
  const choice = activeKb(opts, env);
  if (choice.problem) return { choice, identity: null };
  return { choice, identity: choice.record ?? readKbIdentity(choice.path) };
}

/**
 * Looks words up in the relation file beside the knowledge base, opened on the first lookup and
 * only then: most queries use only the brief's own words and never need it.
 */
export function relationsFor(opts: GlobalOptions, kb: KnowledgeBase): RelationLookup {
  // Beside whichever file answers: --kb, USJAPAN_KB, the user's default or the bundled one.
  return openRelations(relationsPath(activeKb(opts).path), kb);
}
