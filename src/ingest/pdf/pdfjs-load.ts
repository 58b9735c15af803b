// Loads pdf.js once, in-process and silent.
//
// Node 20 needs the legacy build (the modern one calls Promise.withResolvers). Setting
// globalThis.pdfjsWorker to the worker module makes pdf.js run its "worker" on the main
// thread, so no worker file has to be found at run time and a bundler can inline both.

/** The pdf.js API module (legacy build). */
export type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/** Loads pdf.js and its in-process worker once; later calls share the same promise. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= importQuietly();
  return loading;
}

// pdf.js prints warnings while its module body runs (e.g. "Cannot load @napi-rs/canvas",
// "Cannot polyfill DOMMatrix") before any verbosity setting can reach it, so console output
// is muted for the duration of the import only.
async function importQuietly(): Promise<PdfJs> {
  const restore = muteConsole();
  try {
    const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    return pdfjs;
  } finally {
    restore();
  }
}

type ConsoleMethod = 'log' | 'info' | 'warn' | 'error' | 'debug';
const METHODS: readonly ConsoleMethod[] = ['log', 'info', 'warn', 'error', 'debug'];

/** Replaces the console methods with no-ops and returns a function that puts them back. */
export function muteConsole(): () => void {
  const saved = METHODS.map((m) => [m, console[m]] as const);
  for (const m of METHODS) console[m] = () => {};
  return () => {
    for (const [m, fn] of saved) console[m] = fn;
  };
}
