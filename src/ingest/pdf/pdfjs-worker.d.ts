// pdfjs-dist ships no type declarations for its worker module; only its presence matters here.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  /** The worker's message handler; pdf.js looks for it on globalThis.pdfjsWorker to run in-process. */
  export const WorkerMessageHandler: unknown;
}
