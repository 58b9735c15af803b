// `usjapan ingest`'s core: a brief's bytes (PDF or text, told by content) → a validated,
// serialized knowledge base, or one line saying why not. Text runs the pipeline of
// `npm run build:kb`; a PDF is read in a worker with a deadline (pdf/read-within.ts), then goes
// through the PDF adapter onto the shared structure stage and the shared KB assembly.

import { serializeKb } from '../kb/serialize.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { buildFromText } from './build-from-file.js';
import { assembleKb } from './build-kb.js';
import { learnWordStats, SENTENCE_STARTERS } from './layout/word-stats.js';
import type { IngestModels } from './models/ingest-models.js';
import { notInFocus } from './pdf/product.js';
import { readBriefLinesWithin, type ReadWithinOptions } from './pdf/read-within.js';
import { pdfStructure } from './pdf/to-structure-input.js';
import type { ReadBriefResult } from './pdf/types.js';

/** The limits a brief must keep: a larger file, a longer document or a slower read is refused. */
export const INGEST_LIMITS = {
  /** Input files over this size are refused before they are read. */
  maxBytes: 20 * 1024 * 1024,
  /** In Focus briefs have two to four pages; more than this is some other product. */
  maxPages: 12,
  /** Reading a PDF is stopped after this long. */
  deadlineMs: 60_000,
} as const;

/** Where an ingest is: reading a PDF's pages, or building the knowledge base. */
export type IngestProgress = { stage: 'reading'; page: number; pages: number } | { stage: 'building' };

/** Options for ingestBrief. */
export interface IngestOptions {
  /** Deadline for reading a PDF (default INGEST_LIMITS.deadlineMs). */
  deadlineMs?: number;
  /** Told of each stage and page as it is reached. */
  onProgress?: (p: IngestProgress) => void;
  /** Save the PDF reader's code cache (the build asks for it; see read-within.ts). */
  writeCodeCache?: boolean;
  /** Reads a PDF's lines (default: in a worker with a deadline); tests may substitute it. */
  readLines?: (bytes: Uint8Array, opts: ReadWithinOptions) => Promise<ReadBriefResult>;
}

/** A built knowledge base, serialized the way build:kb writes it, or why none was built. */
export type IngestResult =
  | { ok: true; kb: KnowledgeBase; text: string; from: 'pdf' | 'text' }
  | { ok: false; reason: string };

/** True when the bytes are a PDF: "%PDF-" within the first 1024 bytes, as the format allows. */
export function isPdf(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

/** Builds a knowledge base from a brief's PDF or text; never throws. */
export async function ingestBrief(bytes: Uint8Array, models: IngestModels, opts: IngestOptions = {}): Promise<IngestResult> {
  if (bytes.length > INGEST_LIMITS.maxBytes) {
    return { ok: false, reason: `the file is ${bytes.length} bytes; the limit is ${INGEST_LIMITS.maxBytes} (20 MiB)` };
  }
  try {
    const built = isPdf(bytes) ? await fromPdf(bytes, models, opts) : fromText(bytes, models, opts);
    if (!built.ok) return built;
    const refused = notInFocus(built.kb.document.reportId);
    return refused ? { ok: false, reason: refused } : built;
  } catch (e) {
    // A stage that throws on an input nobody foresaw still ends in one line.
    return { ok: false, reason: `cannot build a knowledge base: ${String(e instanceof Error ? e.message : e).split('\n')[0]}` };
  }
}

function fromText(bytes: Uint8Array, models: IngestModels, opts: IngestOptions): IngestResult {
  const source = new TextDecoder('utf-8').decode(bytes);
  if (source.trim() === '') return { ok: false, reason: 'the file is empty' };
  if (source.includes('\u0000')) return { ok: false, reason: 'not a brief: a binary file that is not a PDF' };
  opts.onProgress?.({ stage: 'building' });
  const built = buildFromText(source, models);
  if (!built.ok) return { ok: false, reason: `not a brief this can read: ${built.reason}` };
  return { ok: true, kb: JSON.parse(built.text) as KnowledgeBase, text: built.text, from: 'text' };
}

async function fromPdf(bytes: Uint8Array, models: IngestModels, opts: IngestOptions): Promise<IngestResult> {
  const reading = (opts.readLines ?? readBriefLinesWithin)(bytes, {
    deadlineMs: opts.deadlineMs ?? INGEST_LIMITS.deadlineMs,
    pageLimit: INGEST_LIMITS.maxPages,
    onPage: (page, pages) => opts.onProgress?.({ stage: 'reading', page, pages }),
    writeCodeCache: opts.writeCodeCache,
  });
  // This thread is idle while the worker reads: the models load meanwhile.
  models.prepare();
  const read = await reading;
  if (!read.ok) return read;
  const refused = notInFocus(read.meta.reportId);
  if (refused) return { ok: false, reason: refused };
  opts.onProgress?.({ stage: 'building' });
  const stats = learnWordStats(read.lines.filter((l) => l.kind === 'body' || l.kind === 'bullet').map((l) => l.text));
  const built = pdfStructure(read, { vocabulary: stats.vocabulary, isCommonWord: (w) => SENTENCE_STARTERS.has(w) });
  if (!built.ok) return built;
  const assembled = assembleKb(built.structure, built.meta, models);
  if (!assembled.ok) return assembled;
  const kb = withoutLineNumbers(assembled.kb);
  const text = serializeKb(kb);
  const { validateKb } = await import('../kb/schema.js');
  const checked = validateKb(JSON.parse(text));
  if (!checked.ok) return { ok: false, reason: `the built knowledge base fails validation: ${checked.error}` };
  return { ok: true, kb, text, from: 'pdf' };
}

/**
 * A PDF has no source lines a reader could look up (the text path's numbers are lines of the
 * text file), so sentences, figures and sections carry none.
 */
function withoutLineNumbers(kb: KnowledgeBase): KnowledgeBase {
  return {
    ...kb,
    sections: kb.sections.map((s) => ({ ...s, headingLine: 0 })),
    sentences: kb.sentences.map((s) => ({ ...s, lines: [] })),
    figures: kb.figures.map((f) => ({ ...f, lines: [] })),
    readingOrder: [],
  };
}
