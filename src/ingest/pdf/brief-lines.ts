// The phase-1 entry point: a CRS In Focus brief's PDF bytes → its classified text lines in
// reading order, with the page furniture apart and the id/version facts parsed.

import { briefMeta } from './brief-meta.js';
import { classify } from './classify.js';
import { layOut } from './layout.js';
import { buildLines } from './lines.js';
import { readPdf } from './read-pdf.js';
import type { ReadBriefResult, TextLine } from './types.js';
import { learnTypography } from './typography.js';

/** Reads a brief's PDF into reading-ordered, classified lines, furniture and meta; faults become { ok: false }. */
export async function readBriefLines(bytes: Uint8Array): Promise<ReadBriefResult> {
  const read = await readPdf(bytes);
  if (!read.ok) return read;
  const textLines: TextLine[] = read.pages.flatMap((p) => buildLines(p));
  const sizes = new Map(read.pages.map((p) => [p.number, { width: p.width, height: p.height }]));
  const typography = learnTypography(textLines, read.pages[0]?.width ?? 612);
  const layout = layOut(textLines, typography, sizes);
  const { lines, furniture } = classify(layout.flow, layout.furniture, typography);
  return { ok: true, lines, furniture, meta: briefMeta(lines, furniture) };
}
