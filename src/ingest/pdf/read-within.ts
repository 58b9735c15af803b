// Reads a brief's PDF in a worker thread with a deadline. pdf.js runs in the worker, so a read
// that takes too long (or a PDF built to make the parser loop) is stopped by terminating the
// thread, which works even when the parser never yields; a PDF that exhausts the worker's heap
// ends the worker, not the process. Nothing the worker prints reaches the terminal.

import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import type { ReadRequest } from './read-worker.js';
import type { ReadBriefResult } from './types.js';

declare const __PDF_WORKER__: string | undefined;

/** Options for readBriefLinesWithin. */
export interface ReadWithinOptions {
  /** Give up after this many milliseconds. */
  deadlineMs: number;
  /** Refuse documents with more pages than this. */
  pageLimit?: number;
  /** Called after each page is read. */
  onPage?: (page: number, pages: number) => void;
  /** Heap limit of the worker, in MiB. */
  heapMb?: number;
  /** Save the bundled reader's V8 code cache after the read (the build's run does). */
  writeCodeCache?: boolean;
}

/**
 * The worker: the bundled chunk beside this one, or (running from source, in development and
 * tests) the TypeScript source loaded through tsx, which a worker has to register itself.
 */
function startWorker(options: WorkerOptions, writeCodeCache: boolean): Worker {
  if (typeof __PDF_WORKER__ === 'string') {
    const file = JSON.stringify(fileURLToPath(new URL(__PDF_WORKER__, import.meta.url)));
    return new Worker(`(${runWithCodeCache.toString()})(${file}, require, ${writeCodeCache});`, { ...options, eval: true });
  }
  const tsx = JSON.stringify(pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api')).href.replace(/\.cjs$/, '.mjs'));
  const source = JSON.stringify(new URL('./read-worker.ts', import.meta.url).href);
  return new Worker(`import(${tsx}).then((m) => { m.register(); return import(${source}); });`, { ...options, eval: true });
}

/**
 * Runs the bundled worker script with the V8 code cache the build made for it (like
 * bin/usjapan.js does for the main bundles): pdf.js is 1.7 MB of code to compile otherwise.
 * With `writeCache` (the build asks for it), it writes the cache once the read is done.
 * Serialized into the worker, so it may use only its arguments.
 */
function runWithCodeCache(file: string, req: NodeJS.Require, writeCache: boolean): void {
  const fs = req('node:fs') as typeof import('node:fs');
  const vm = req('node:vm') as typeof import('node:vm');
  const { createRequire } = req('node:module') as typeof import('node:module');
  const { dirname } = req('node:path') as typeof import('node:path');
  let cachedData: Buffer | undefined;
  try {
    cachedData = fs.readFileSync(`${file}.cache`);
  } catch {
    // No cache: V8 compiles as usual.
  }
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${fs.readFileSync(file, 'utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: file, cachedData });
  if (writeCache) {
    // Called by read-worker.ts once the read is done, with what the read compiled included.
    (globalThis as { usjapanReadDone?: () => void }).usjapanReadDone = () => fs.writeFileSync(`${file}.cache`, script.createCachedData());
  }
  const mod = { exports: {} };
  script.runInThisContext()(mod.exports, createRequire(file), mod, file, dirname(file));
}

/** readBriefLines in a worker thread, stopped at the deadline; every fault is { ok: false, reason }. */
export function readBriefLinesWithin(bytes: Uint8Array, opts: ReadWithinOptions): Promise<ReadBriefResult> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = startWorker(
        { stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: opts.heapMb ?? 1024 } },
        opts.writeCodeCache === true,
      );
    } catch (e) {
      resolve({ ok: false, reason: `cannot start the PDF reader: ${(e as Error).message.split('\n')[0]}` });
      return;
    }
    // Whatever the worker writes (pdf.js warnings that escaped its muting) is read and dropped.
    worker.stdout.resume();
    worker.stderr.resume();
    let settled = false;
    const settle = (result: ReadBriefResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () => settle({ ok: false, reason: `reading the PDF took longer than ${opts.deadlineMs / 1000} s; stopped` }),
      opts.deadlineMs,
    );
    worker.on('message', (m: { type: 'page'; page: number; pages: number } | { type: 'done'; result: ReadBriefResult }) => {
      if (m.type === 'page') opts.onPage?.(m.page, m.pages);
      else settle(m.result);
    });
    worker.on('error', (e: Error & { code?: string }) =>
      settle({ ok: false, reason: e.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'the PDF needs more memory than a brief could' : `unreadable PDF: ${e.message.split('\n')[0]}` }),
    );
    worker.on('exit', (code) => settle({ ok: false, reason: `the PDF reader stopped (exit ${code})` }));
    const copy = bytes.slice();
    const request: ReadRequest = { bytes: copy, pageLimit: opts.pageLimit };
    worker.postMessage(request, [copy.buffer]);
  });
}
