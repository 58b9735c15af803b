import { closeSync, openSync, readSync } from 'node:fs';

/** Which brief a knowledge base holds: enough to say what answers, without loading it. */
export interface KbIdentity {
  readonly reportId: string;
  readonly title: string;
  readonly version: number;
  readonly updated: string;
}

// The document object comes first in a serialized knowledge base and is a few KB long.
const HEAD_BYTES = 64 * 1024;

/**
 * Reads the brief's identity from the start of a knowledge base file: the `document` object
 * serializeKb writes right after the schema version. Null when the file cannot be read or does
 * not start that way. Not a validation: the file is checked when it is loaded.
 */
export function readKbIdentity(path: string): KbIdentity | null {
  let head: string;
  try {
    const fd = openSync(path, 'r');
    try {
      const buf = Buffer.alloc(HEAD_BYTES);
      head = buf.subarray(0, readSync(fd, buf, 0, HEAD_BYTES, 0)).toString('utf8');
    } finally {
      closeSync(fd);
    }
  } catch {
    return null;
  }
  return identityOf(documentObject(head));
}

/** The identity fields of a parsed document object, or null when one is missing or mistyped. */
export function identityOf(doc: unknown): KbIdentity | null {
  if (typeof doc !== 'object' || doc === null) return null;
  const d = doc as Record<string, unknown>;
  if (typeof d.reportId !== 'string' || typeof d.title !== 'string' || typeof d.version !== 'number' || typeof d.updated !== 'string') return null;
  return { reportId: d.reportId, title: d.title, version: d.version, updated: d.updated };
}

/** Parses the JSON object that follows `"document":` in a file's head, or returns null. */
function documentObject(head: string): unknown {
  const key = head.indexOf('"document":');
  if (key < 0) return null;
  const start = head.indexOf('{', key);
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < head.length; i++) {
    const c = head[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        return JSON.parse(head.slice(start, i + 1));
      } catch {
        return null;
      }
    }
  }
  return null;
}
