// The phase-1 entry point: a CRS In Focus brief's PDF bytes → its classified text lines in
// reading order, with the page furniture apart and the id/version facts parsed.

import { briefMeta } from './brief-meta.js';
import { classify } from './classify.js';
import { layOut } from './layout.js';
import { DEFAULT_LINE_OPTIONS, buildLines, type LineOptions } from './lines.js';
import { readPdf } from './read-pdf.js';
import type { ReadBriefResult, TextLine } from './types.js';
import { learnTypography } from './typography.js';

/** Options for readBriefLines; the defaults are the ones tested. */
export interface BriefOptions {
  /** Line-building thresholds (for measuring how sensitive the result is to them). */
  lines?: Partial<LineOptions>;
  /** Refuse a document with more pages than this (see ReadPdfOptions.pageLimit). */
  pageLimit?: number;
  /** Called after each page is read. */
  onPage?: (page: number, pages: number) => void;
}

/** Reads a brief's PDF into reading-ordered, classified lines, furniture and meta; faults become { ok: false }. */
export async function readBriefLines(bytes: Uint8Array, opts: BriefOptions = {}): Promise<ReadBriefResult> {
  const read = await readPdf(bytes, { pageLimit: opts.pageLimit, onPage: opts.onPage });
  if (!read.ok) return read;
  const lineOpts: LineOptions = { ...DEFAULT_LINE_OPTIONS, ...opts.lines };
  const textLines: TextLine[] = read.pages.flatMap((p) => buildLines(p, lineOpts));
  const sizes = new Map(read.pages.map((p) => [p.number, { width: p.width, height: p.height }]));
  const typography = learnTypography(textLines, read.pages[0]?.width ?? 612);
  const layout = layOut(textLines, typography, sizes);
  const { lines, furniture } = classify(layout.flow, layout.furniture, typography);
  return { ok: true, lines, furniture, meta: briefMeta(lines, furniture), pageCount: read.info.pageCount, pitch: typography.pitch };
}
