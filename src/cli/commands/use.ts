import { readFileSync } from 'node:fs';
import { toJson } from '../../format/json.js';
import type { ObjectFormat } from '../../format/listing/view.js';
import { chosenFormat } from '../formats.js';
import { formatStoredList, type StoredRecord } from '../../format/stored-kbs.js';
import { safe } from '../../format/safe.js';
import { readKbIdentity } from '../../kb/identity.js';
import { findStored, listStored, readRecord, sha256, storeDir } from '../kb-store.js';
import { clearRecord, writeRecord } from '../kb-store-write.js';
import { loadKb } from '../../kb/load.js';
import { defaultKbPath } from '../open-kb.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, found, type Outcome } from '../outcome.js';

/** Options of `usjapan use`. */
export interface UseCommandOptions extends CommandOptions {
  bundled?: boolean;
}

/**
 * usjapan use: lists the stored knowledge bases and marks the default; `use <id>[@version]`
 * makes a stored one the default (validated now, so later starts need only check its SHA-256);
 * `use --bundled` goes back to the bundled brief and always works.
 */
export async function useCommand(spec: string | undefined, opts: UseCommandOptions, _globals: GlobalOptions): Promise<Outcome> {
  const format = chosenFormat<ObjectFormat>(opts, 'use');
  if (!format.ok) return format.outcome;
  const json = format.value === 'json';
  if (opts.bundled && spec !== undefined) return failed('usage', 'give a report id or --bundled, not both');
  const dir = storeDir();
  const env = process.env.USJAPAN_KB;
  const overridden = env !== undefined && env !== '' ? [`USJAPAN_KB is set: ${env} answers while it is`] : [];
  if (opts.bundled) {
    try {
      clearRecord(dir);
    } catch (e) {
      return failed('bad-input', `cannot forget the default: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const id = readKbIdentity(defaultKbPath());
    if (json) return found(toJson({ ...(id ?? {}), file: defaultKbPath(), bundled: true }), overridden);
    return found(`now answering from the bundled brief${id ? `: ${safe(id.reportId)} v${id.version}, ${id.updated}` : ''}`, overridden);
  }
  if (spec === undefined) return list(dir, json, overridden);

  const stored = findStored(spec, dir);
  if (stored === 'bad-spec') return failed('usage', `expected a report id, optionally with a version (IF10199 or IF10199@20), not "${spec}"`);
  if (stored === null) {
    const have = listStored(dir).map((s) => s.file.replace(/\.json$/, ''));
    return failed('bad-input', `no stored knowledge base for ${spec}${have.length ? ` (stored: ${have.join(', ')})` : ''}; usjapan ingest <brief.pdf> --use stores one`);
  }
  // Validated once here; the recorded SHA-256 lets later starts skip the validation.
  const loaded = await loadKb(stored.path, false);
  if (!loaded.ok) return failed('bad-kb', `cannot use ${stored.file}: ${loaded.error}; ingest its brief again`);
  const d = loaded.kb.document;
  try {
    writeRecord({ reportId: d.reportId, title: d.title, version: d.version, updated: d.updated, file: stored.file, sha256: sha256(readFileSync(stored.path)) }, dir);
  } catch (e) {
    return failed('bad-input', `cannot record the default: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  if (json) return found(toJson({ reportId: d.reportId, title: d.title, version: d.version, updated: d.updated, file: stored.path, bundled: false }), overridden);
  return found(`now answering from ${safe(d.reportId)} v${d.version}, ${d.updated}: ${safe(d.title)}`, overridden);
}

function list(dir: string, json: boolean, notes: string[]): Outcome {
  const record = readRecord(dir);
  const active = record.ok ? (record.record?.file ?? null) : null;
  const bundled = readKbIdentity(defaultKbPath());
  const rows: StoredRecord[] = [
    { ...(bundled ?? { reportId: '?', title: '?', version: 0, updated: '?' }), file: defaultKbPath(), bundled: true, active: record.ok && active === null },
    ...listStored(dir).map((s) => ({
      ...(s.identity ?? { reportId: '?', title: '(unreadable)', version: 0, updated: '?' }),
      file: s.path,
      bundled: false,
      active: s.file === active,
    })),
  ];
  const messages = [...notes, ...(record.ok ? [] : [`${record.error}; run usjapan use --bundled`])];
  if (json) return found(toJson(rows), messages);
  return found(formatStoredList(rows), messages);
}
