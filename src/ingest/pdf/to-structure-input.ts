// The PDF path's adapter onto the shared structure stage (src/ingest/text/structure.ts): the
// classified PDF lines in reading order become the stage's input lines, with their fonts,
// levels, positions and gaps, and the document facts the stage does not read (URL, disclaimer,
// pages) come from the furniture. This is the one file that knows both sides: when the
// structure stage changes its input, only this file changes.

import type { KbMeta } from '../build-kb.js';
import type { LineKind } from '../brief/line-kind.js';
import { buildStructure, type Structure, type StructureLine } from '../text/structure.js';
import { endsWithDash, endsWithHyphen } from '../../text/line-ends.js';
import type { PdfLine, ReadBriefResult } from './types.js';

/** A successful readBriefLines result. */
export type BriefLines = Extract<ReadBriefResult, { ok: true }>;

/** The structure of a brief read from its PDF, and the facts its furniture gives. */
export type PdfStructureResult = { ok: true; structure: Structure; meta: KbMeta } | { ok: false; reason: string };

// PDF line kinds the stage takes as they are. Notes under a figure and the text drawn inside it
// have no place in the knowledge base; running headers and the disclaimer are furniture.
const KINDS: Partial<Record<PdfLine['kind'], LineKind>> = {
  date: 'date',
  title: 'title',
  heading: 'heading',
  body: 'body',
  bullet: 'bullet',
  caption: 'caption',
  subtitle: 'subtitle',
  source: 'source',
  author: 'author',
  'report-number': 'report-number',
  footer: 'footer',
};

/** Lines, structure and document facts of a brief from its classified PDF lines. */
export function pdfStructure(read: BriefLines, options: { vocabulary?: ReadonlySet<string>; isCommonWord?: (w: string) => boolean } = {}): PdfStructureResult {
  const structure = buildStructure(toStructureInput(read), options);
  if (structure.sections.every((s) => s.sentences.length === 0)) return { ok: false, reason: 'no body text found in the PDF' };
  const d = structure.document;
  if (!d.title) return { ok: false, reason: 'no title found on the first page' };
  if (!d.updated) return { ok: false, reason: 'no date line ("Updated <date>" or "<date>") above the title' };
  if (!d.reportId || d.version === null) return { ok: false, reason: 'no "<report id> · VERSION <n>" footer on the last page' };
  return { ok: true, structure, meta: documentMeta(read) };
}

/**
 * The stage's input: the flow lines in reading order, then the footers (the last page's carries
 * the report id and version). Gaps go from body line pitches to points; a bullet line's marker
 * run is left out of its runs, so that a bold lead after the marker is seen as one.
 */
export function toStructureInput(read: BriefLines): StructureLine[] {
  const out: StructureLine[] = [];
  for (const line of [...read.lines, ...read.furniture.filter((l) => l.kind === 'footer')]) {
    const kind = KINDS[line.kind];
    if (kind === undefined) continue;
    const runs = line.kind === 'bullet' && line.marker ? line.runs.slice(1) : line.runs;
    out.push({
      no: out.length + 1,
      page: line.page,
      text: line.text,
      kind,
      ...(line.level === undefined ? {} : { level: line.level }),
      column: line.column,
      x: line.x,
      y: line.y,
      width: line.width,
      fontSize: line.fontSize,
      runs,
      gapBefore: line.gapBefore * read.pitch,
      indent: line.indent,
    });
  }
  return out;
}

/** URL, disclaimer and page count from the furniture; a PDF has no source line numbers, so no reading order. */
export function documentMeta(read: BriefLines): KbMeta {
  const url = [...read.lines, ...read.furniture].map((l) => /^(https?:\/\/\S+)/.exec(l.text.trim())?.[1]).find((u) => u !== undefined) ?? '';
  const disclaimer = read.furniture
    .filter((l) => l.kind === 'disclaimer' && !/^disclaimer$/i.test(l.text.trim()))
    .map((l) => l.text.trim())
    .reduce((a, b) => (a === '' ? b : joinWrapped(a, b)), '');
  return { url, disclaimer, pages: read.pageCount, readingOrder: [] };
}

/** Joins a wrapped disclaimer line: no space after a word broken at a hyphen or an em dash. */
function joinWrapped(a: string, b: string): string {
  return endsWithHyphen(a) || endsWithDash(a) ? `${a}${b}` : `${a} ${b}`;
}
