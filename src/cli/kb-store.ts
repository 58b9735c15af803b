// The user's stored knowledge bases: `usjapan ingest … --use` keeps each as
// <reportId>-v<version>.json under ${XDG_DATA_HOME:-~/.local/share}/usjapan/ (the same place on
// Linux and macOS), and default.json records which one answers by default, with its SHA-256 so
// that it need not be validated again at every start. Reading only: what writes to the store is
// in kb-store-write.ts, loaded by the commands that write.

import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { identityOf, readKbIdentity, type KbIdentity } from '../kb/identity.js';

/** The record of the user's default knowledge base (default.json). */
export interface DefaultRecord extends KbIdentity {
  /** The stored file's name, in the store folder. */
  readonly file: string;
  /** SHA-256 of the file as stored, hex. */
  readonly sha256: string;
}

/** A stored knowledge base, as `usjapan use` lists it. */
export interface StoredKb {
  readonly file: string;
  readonly path: string;
  /** Null when the file's start cannot be read as a knowledge base. */
  readonly identity: KbIdentity | null;
}

/** The record's file name in the store folder. */
export const RECORD = 'default.json';
const STORED = /^([A-Z]{1,4}\d{3,6})-v(\d+)\.json$/;

/** The store folder: $XDG_DATA_HOME/usjapan, or ~/.local/share/usjapan (XDG ignores a relative path). */
export function storeDir(env: NodeJS.ProcessEnv = process.env): string {
  const xdg = env.XDG_DATA_HOME;
  return join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.local', 'share'), 'usjapan');
}

/** The file name a knowledge base is stored under. */
export function storedName(id: KbIdentity): string {
  return `${id.reportId}-v${id.version}.json`;
}

/** SHA-256 of some bytes, hex. node:crypto is loaded only when a hash is needed, not at every start. */
export function sha256(bytes: Uint8Array | string): string {
  return process.getBuiltinModule('node:crypto').createHash('sha256').update(bytes).digest('hex');
}

/**
 * The default record: null when there is none, else the record, or an error when default.json
 * exists but cannot be read or names no stored file.
 */
export function readRecord(dir: string = storeDir()): { ok: true; record: DefaultRecord | null } | { ok: false; error: string } {
  let text: string;
  try {
    text = readFileSync(join(dir, RECORD), 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { ok: true, record: null };
    return { ok: false, error: `cannot read ${join(dir, RECORD)}: ${(e as NodeJS.ErrnoException).code ?? 'unreadable'}` };
  }
  try {
    const value = JSON.parse(text) as Record<string, unknown>;
    const id = identityOf(value);
    if (id && typeof value.file === 'string' && STORED.test(value.file) && typeof value.sha256 === 'string') {
      return { ok: true, record: { ...id, file: value.file, sha256: value.sha256 } };
    }
  } catch {
    // Reported below, like a record of the wrong shape.
  }
  return { ok: false, error: `${join(dir, RECORD)} is corrupt` };
}

/** The stored knowledge bases, by report id and version. */
export function listStored(dir: string = storeDir()): StoredKb[] {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => STORED.test(f));
  } catch {
    return [];
  }
  const key = (f: string) => {
    const m = STORED.exec(f)!;
    return [m[1]!, Number(m[2])] as const;
  };
  files.sort((a, b) => {
    const [ia, va] = key(a);
    const [ib, vb] = key(b);
    return ia < ib ? -1 : ia > ib ? 1 : va - vb;
  });
  return files.map((file) => ({ file, path: join(dir, file), identity: readKbIdentity(join(dir, file)) }));
}

/** The stored file for "<id>" (its highest version) or "<id>@<version>", or null. */
export function findStored(spec: string, dir: string = storeDir()): StoredKb | null | 'bad-spec' {
  const m = /^([A-Za-z]{1,4}\d{3,6})(?:@v?(\d+))?$/.exec(spec.trim());
  if (!m) return 'bad-spec';
  const id = m[1]!.toUpperCase();
  const matching = listStored(dir).filter((s) => STORED.exec(s.file)![1] === id);
  if (m[2] !== undefined) return matching.find((s) => Number(STORED.exec(s.file)![2]) === Number(m[2])) ?? null;
  return matching.at(-1) ?? null;
}
