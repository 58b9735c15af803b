import { readFileSync, statSync } from 'node:fs';
import type { KnowledgeBase } from './schema.js';
import { indexSource } from './search-index.js';

/** Knowledge base files larger than this are refused before reading. */
export const MAX_KB_BYTES = 20 * 1024 * 1024;

export type LoadResult = { ok: true; kb: KnowledgeBase } | { ok: false; error: string };

/**
 * Reads a knowledge base file. The bundled one was validated when it was built, so it is only
 * parsed; any other file (--kb) is checked with the schema, loaded lazily so the common path
 * does not pay for it.
 */
export async function loadKb(path: string, trusted: boolean): Promise<LoadResult> {
  let text: string;
  try {
    const st = statSync(path);
    if (st.isDirectory()) return { ok: false, error: `${path} is a directory, not a knowledge base file` };
    // A device or a pipe could be read forever (--kb /dev/zero): only regular files are loaded.
    if (!st.isFile()) return { ok: false, error: `${path} is not a regular file` };
    if (st.size > MAX_KB_BYTES) return { ok: false, error: `${path} is ${st.size} bytes; the limit is ${MAX_KB_BYTES}` };
    text = readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    return { ok: false, error: `cannot read knowledge base ${path}: ${why}` };
  }
  if (text.trim() === '') return { ok: false, error: `knowledge base ${path} is empty` };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, error: `knowledge base ${path} is not valid JSON (truncated or corrupt)` };
  }
  if (trusted) return { ok: true, kb: value as KnowledgeBase };
  // A file an older release built: its shape is known to differ, so say what to do about it.
  if (typeof value === 'object' && value !== null && (value as { schemaVersion?: unknown }).schemaVersion === 1) {
    return { ok: false, error: `knowledge base ${path} was built by an older usjapan (schema version 1); rebuild it with usjapan ingest` };
  }
  const { validateKb } = await import('./schema.js');
  const checked = validateKb(value);
  if (!checked.ok) return { ok: false, error: `knowledge base ${path} has the wrong shape: ${checked.error}` };
  // A file's own search index is kept only when it was made from these very texts; otherwise the
  // search makes it again from the text.
  const { searchIndex, ...kb } = checked.kb;
  return { ok: true, kb: searchIndex?.source === indexSource(kb) ? { ...kb, searchIndex } : kb };
}
