import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toJson } from '../../format/json.js';
import type { ObjectFormat } from '../../format/listing/view.js';
import { chosenFormat } from '../formats.js';
import { formatIngestSummary, type IngestSummary } from '../../format/ingest-summary.js';
import { INGEST_LIMITS, ingestBrief } from '../../ingest/ingest.js';
import { loadIngestModels } from '../../ingest/models/ingest-models.js';
import { relationsPath } from '../../kb/relations.js';
import { writeAtomically } from '../../kb/write-atomic.js';
import { storeAndUse } from '../kb-store-write.js';
import type { CommandOptions, GlobalOptions } from '../options.js';
import { failed, found, type Outcome } from '../outcome.js';
import { progressLine } from '../progress.js';

declare const __MODELS_URL__: string | undefined;

/** The folder of precomputed models: data/models/ of the package, from the bundle or the sources. */
function modelsDir(): string {
  return fileURLToPath(new URL(typeof __MODELS_URL__ === 'string' ? __MODELS_URL__ : '../../../data/models/', import.meta.url));
}

/** Options of `usjapan ingest`. */
export interface IngestCommandOptions extends CommandOptions {
  output?: string;
  use?: boolean;
}

/**
 * usjapan ingest <file> (-o FILE | -o - | --use) [--json]: builds a knowledge base from a
 * brief's PDF or text. -o FILE is replaced only when the build succeeds (atomically); -o -
 * writes the knowledge base to stdout and the summary to stderr; --use stores it and makes it
 * the default. Loaded only for this command: it carries the ingest pipeline.
 */
export async function ingestCommand(file: string, opts: IngestCommandOptions, _globals: GlobalOptions): Promise<Outcome> {
  const format = chosenFormat<ObjectFormat>(opts, 'ingest');
  if (!format.ok) return format.outcome;
  if (opts.output === undefined && !opts.use) {
    return failed('usage', 'say where the knowledge base goes: -o FILE, -o - (stdout) or --use (store it and answer from it)');
  }
  if (opts.output === '') return failed('usage', '-o needs a file name, or - for stdout');
  const bytes = readInput(file);
  if (!bytes.ok) return failed('bad-input', bytes.reason);

  const progress = progressLine();
  const built = await ingestBrief(bytes.value, loadIngestModels(modelsDir()), {
    onProgress: progress.report,
    // The build sets this to save the code caches (bin/usjapan.js does the same for its bundles).
    writeCodeCache: process.env.USJAPAN_WRITE_CODE_CACHE !== undefined,
  });
  progress.done();
  if (!built.ok) return failed('bad-input', `cannot ingest ${file}: ${built.reason}`);

  const d = built.kb.document;
  let output: string | null = null;
  let stored: string | null = null;
  try {
    if (opts.output !== undefined && opts.output !== '-') {
      writeAtomically(opts.output, built.text);
      // Its relation file beside it ("x.json" → "x.relations.json"): words the brief does not use.
      writeAtomically(relationsPath(opts.output), built.relations);
      output = opts.output;
    }
    if (opts.use) {
      stored = storeAndUse(built.text, d);
      writeAtomically(relationsPath(stored), built.relations);
    }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    return failed('bad-input', `cannot write the knowledge base: ${err.code ?? ''} ${err.path ?? err.message}`.replace(/\s+/g, ' ').trim());
  }
  const summary: IngestSummary = {
    reportId: d.reportId,
    title: d.title,
    version: d.version,
    updated: d.updated,
    sectionCount: built.kb.sections.length,
    sentenceCount: built.kb.sentences.length,
    factCount: built.kb.facts.length,
    from: built.from,
    output: opts.output === '-' ? '-' : output,
    stored,
  };
  const text = format.value === 'json' ? `${toJson(summary)}\n` : `${formatIngestSummary(summary)}\n`;
  if (opts.output === '-') return { status: 'found', stdout: built.text, stderr: text };
  return found(text);
}

/** The input file's bytes, refused when it is not a regular file or is over the size limit. */
function readInput(file: string): { ok: true; value: Uint8Array } | { ok: false; reason: string } {
  try {
    const st = statSync(file);
    if (st.isDirectory()) return { ok: false, reason: `cannot ingest ${file}: it is a directory` };
    if (!st.isFile()) return { ok: false, reason: `cannot ingest ${file}: not a regular file` };
    if (st.size > INGEST_LIMITS.maxBytes) return { ok: false, reason: `cannot ingest ${file}: ${st.size} bytes; the limit is ${INGEST_LIMITS.maxBytes} (20 MiB)` };
    return { ok: true, value: new Uint8Array(readFileSync(file)) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'unreadable');
    return { ok: false, reason: `cannot ingest ${file}: ${why}` };
  }
}
