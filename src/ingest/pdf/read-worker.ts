// The worker-thread half of readBriefLinesWithin: reads one PDF with readBriefLines and posts
// progress and the result back. Running in a worker lets the caller stop a read that takes too
// long, even one stuck in a loop that never yields, and keeps pdf.js's memory apart.

import { parentPort } from 'node:worker_threads';
import { readBriefLines } from './brief-lines.js';

/** What the host sends: the bytes and the page limit. */
export interface ReadRequest {
  bytes: Uint8Array;
  pageLimit?: number;
}

parentPort?.once('message', (req: ReadRequest) => {
  void readBriefLines(req.bytes, {
    pageLimit: req.pageLimit,
    onPage: (page, pages) => parentPort?.postMessage({ type: 'page', page, pages }),
  }).then(
    (result) => {
      // The bundle's loader may want to save the code the read compiled (read-within.ts).
      (globalThis as { usjapanReadDone?: () => void }).usjapanReadDone?.();
      parentPort?.postMessage({ type: 'done', result });
    },
    (err: unknown) => parentPort?.postMessage({ type: 'done', result: { ok: false, reason: `unreadable PDF: ${String(err instanceof Error ? err.message : err).split('\n')[0]}` } }),
  );
});
