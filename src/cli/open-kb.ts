import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readKbIdentity, type KbIdentity } from '../kb/identity.js';
import { loadKb } from '../kb/load.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { readRecord, sha256, storeDir, type DefaultRecord } from './kb-store.js';
import type { GlobalOptions } from './options.js';
import { failed, type Step } from './outcome.js';

declare const __KB_URL__: string | undefined;

/** The bundled knowledge base: the bundle (dist/) and the sources (src/cli/) sit at different depths. */
export function defaultKbPath(): string {
  return fileURLToPath(new URL(typeof __KB_URL__ === 'string' ? __KB_URL__ : '../../data/kb.json', import.meta.url));
}

/** Where the knowledge base that answers was chosen: --kb, USJAPAN_KB, the user's default (`usjapan use`), or the bundled one. */
export type KbSource = 'option' | 'environment' | 'default' | 'bundled';

/** The knowledge base file that answers, why, and whether it is trusted without validation. */
export interface KbChoice {
  readonly path: string;
  readonly trusted: boolean;
  readonly source: KbSource;
  /** For the user's default: its record (identity and the SHA-256 `usjapan use` recorded). */
  readonly record?: DefaultRecord;
}

const FALLBACK_HINT = 'run usjapan use --bundled to answer from the bundled brief again';

/**
 * Which knowledge base answers: --kb > USJAPAN_KB > the user's default (set by
 * `usjapan ingest … --use` or `usjapan use`) > the bundled one. The one place this is decided.
 * An unreadable default record is an error, not a silent fall-back to the bundled brief.
 */
export function activeKb(opts: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Step<KbChoice> {
  if (opts.kb !== undefined) return { ok: true, value: { path: opts.kb, trusted: false, source: 'option' } };
  const fromEnv = env.USJAPAN_KB;
  if (fromEnv !== undefined && fromEnv !== '') return { ok: true, value: { path: fromEnv, trusted: false, source: 'environment' } };
  const dir = storeDir(env);
  const read = readRecord(dir);
  if (!read.ok) return { ok: false, outcome: failed('bad-kb', `the default knowledge base cannot be used: ${read.error}; ${FALLBACK_HINT}`) };
  if (read.record) return { ok: true, value: { path: join(dir, read.record.file), trusted: false, source: 'default', record: read.record } };
  return { ok: true, value: { path: defaultKbPath(), trusted: true, source: 'bundled' } };
}

/** Loads the knowledge base a command answers from. */
export async function openKb(opts: GlobalOptions): Promise<Step<KnowledgeBase>> {
  const choice = activeKb(opts);
  if (!choice.ok) return choice;
  return loadChoice(choice.value);
}

/**
 * Loads a chosen file. The user's default is trusted (parsed, not validated) when its bytes
 * still have the SHA-256 recorded when it was chosen and it is of this release's schema;
 * otherwise it is validated, and a default that fails is an error that says how to go back.
 */
export async function loadChoice(choice: KbChoice): Promise<Step<KnowledgeBase>> {
  let trusted = choice.trusted;
  if (choice.source === 'default' && choice.record) {
    try {
      const bytes = readFileSync(choice.path);
      trusted = sha256(bytes) === choice.record.sha256 && /^\{"schemaVersion":2,/.test(bytes.subarray(0, 20).toString('latin1'));
    } catch {
      trusted = false; // loadKb says why it cannot be read
    }
  }
  const result = await loadKb(choice.path, trusted);
  if (result.ok) return { ok: true, value: result.kb };
  if (choice.source === 'default') {
    return { ok: false, outcome: failed('bad-kb', `the default knowledge base is corrupt or outdated (${result.error}); ${FALLBACK_HINT}`) };
  }
  return { ok: false, outcome: failed('bad-kb', result.error) };
}

/**
 * Which brief would answer, cheaply: the default's identity comes from its record and any
 * other file's from the start of the file, without loading or validating it (for --version
 * and `info`). Null identity when the file cannot be read that way.
 */
export function activeKbIdentity(opts: GlobalOptions, env: NodeJS.ProcessEnv = process.env): { choice: KbChoice; identity: KbIdentity | null } | null {
  const choice = activeKb(opts, env);
  if (!choice.ok) return null;
  const c = choice.value;
  return { choice: c, identity: c.record ?? readKbIdentity(c.path) };
}
