// The PDF path's adapter onto the shared structure stage: classified PDF lines in reading order
// → the stage's input lines → sections, sentences, figures, authors; plus the document facts the
// masthead, footer and disclaimer give. This is the one file that knows both sides: when the
// structure stage changes its input, only this file changes.
//
// Today's stage (src/ingest/text/structure.ts) takes text, a kind and a page per line and knows
// no fonts, gaps, levels, bullets or lead-ins, so this adapter:
// - opens an untitled "Introduction" for text before the first heading (the stage drops text
//   outside a section);
// - joins a heading set on two lines, a caption's and a source's lines, and an author's wrapped
//   role, since the stage takes each of those as one line;
// - drops the bullet glyph, and the lines the stage has no place for (subtitles, notes, text
//   inside figures, the report number).

import type { KbMeta } from '../build-kb.js';
import { buildStructure, type OrderedLine, type Structure } from '../text/structure.js';
import { isoDate } from '../../text/dates.js';
import { endsWithDash, endsWithHyphen } from '../../text/line-ends.js';
import type { PdfLine, ReadBriefResult } from './types.js';

/** A successful readBriefLines result. */
export type BriefLines = Extract<ReadBriefResult, { ok: true }>;

/** The structure of a brief read from its PDF, and the facts its masthead and footer give. */
export type PdfStructureResult = { ok: true; structure: Structure; meta: KbMeta } | { ok: false; reason: string };

/** Title of the section that holds the text before the first heading. */
export const UNTITLED_INTRO = 'Introduction';

// A heading's second line sits close under its first; a new heading has a paragraph's gap or more.
const HEADING_WRAP_GAP = 0.5;
const DATE = /^(Updated\s+)?([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})$/;
const LABEL = /^(?:Figure|Table)\s+\d+[.:]/;

/** Lines, structure and document facts of a brief from its classified PDF lines. */
export function pdfStructure(read: BriefLines, options: { vocabulary?: ReadonlySet<string>; isCommonWord?: (w: string) => boolean } = {}): PdfStructureResult {
  const facts = documentFacts(read);
  if (!facts.ok) return facts;
  const structure = buildStructure(toStructureInput(read.lines), options);
  if (structure.sections.length === 0 || structure.sections.every((s) => s.sentences.length === 0)) {
    return { ok: false, reason: 'no body text found in the PDF' };
  }
  return { ok: true, structure, meta: { document: facts.document, readingOrder: [] } };
}

/** The structure stage's input: one line per text line, heading, caption, source and author, in reading order. */
export function toStructureInput(lines: readonly PdfLine[]): OrderedLine[] {
  const out: OrderedLine[] = [];
  let no = 0;
  let prev: PdfLine | undefined;
  let sawHeading = false;
  const push = (line: PdfLine, kind: OrderedLine['kind'], text: string) => out.push({ no: ++no, text, kind, page: line.page });
  const extendLast = (text: string, join: (a: string, b: string) => string) => {
    const last = out[out.length - 1]!;
    out[out.length - 1] = { ...last, text: join(last.text, text) };
  };
  for (const line of lines) {
    const text = line.text.trim();
    switch (line.kind) {
      case 'heading':
        if (prev?.kind === 'heading' && prev.level === line.level && line.gapBefore <= HEADING_WRAP_GAP) extendLast(text, spaced);
        else push(line, 'heading', text);
        sawHeading = true;
        break;
      case 'body':
      case 'bullet': {
        if (!sawHeading) {
          out.push({ no: ++no, text: UNTITLED_INTRO, kind: 'heading', page: line.page });
          sawHeading = true;
        }
        push(line, 'body', line.kind === 'bullet' && line.marker ? text.slice(line.marker.length).trimStart() : text);
        break;
      }
      case 'caption':
        if (prev?.kind === 'caption' && !LABEL.test(text)) extendLast(text, spaced);
        else push(line, 'caption', text);
        break;
      case 'source':
        if (prev?.kind === 'source' && !/^Sources?:/.test(text)) extendLast(text, joinWrapped);
        else push(line, 'source', text);
        break;
      case 'author':
        // A bold name followed by ", role" starts an author; other author lines wrap its role.
        if (prev?.kind === 'author' && !startsAuthor(line)) extendLast(text, spaced);
        else push(line, 'author', text);
        break;
      default:
        // date, title, subtitle, note, figure-text, report-number; furniture never reaches here.
        break;
    }
    prev = line;
  }
  return out;
}

/** Title, date, report id, version, URL, disclaimer and page count, or why the brief lacks them. */
export function documentFacts(read: BriefLines): { ok: true; document: KbMeta['document'] } | { ok: false; reason: string } {
  const title = read.lines.filter((l) => l.kind === 'title').map((l) => l.text.trim()).join(' ');
  if (title === '') return { ok: false, reason: 'no title found on the first page' };
  const dateLine = read.meta.updatedLine ?? read.lines.find((l) => l.kind === 'date')?.text ?? null;
  const m = dateLine ? DATE.exec(dateLine.trim()) : null;
  const updated = m ? isoDate(m[2]!, m[3]!, m[4]!) : null;
  if (updated === null) return { ok: false, reason: 'no date line ("Updated <date>" or "<date>") above the title' };
  if (!read.meta.reportId || read.meta.version === null) return { ok: false, reason: 'no "<report id> · VERSION <n>" footer on the last page' };
  const all = [...read.lines, ...read.furniture];
  const url = all.map((l) => /^(https?:\/\/\S+)/.exec(l.text.trim())?.[1]).find((u) => u !== undefined) ?? '';
  const disclaimer = read.furniture
    .filter((l) => l.kind === 'disclaimer' && !/^disclaimer$/i.test(l.text.trim()))
    .map((l) => l.text.trim())
    .reduce((a, b) => (a === '' ? b : joinWrapped(a, b)), '');
  return { ok: true, document: { reportId: read.meta.reportId, title, version: read.meta.version, updated, url, disclaimer, pages: read.pageCount } };
}

/** True when an author line opens with a bold name and a comma ("Jane Doe, Analyst in …"). */
function startsAuthor(line: PdfLine): boolean {
  const first = line.runs[0];
  return first !== undefined && first.bold && line.text.includes(',');
}

function spaced(a: string, b: string): string {
  return `${a} ${b}`;
}

/**
 * Joins a wrapped line of a caption, source or disclaimer: no space after a word broken at a
 * hyphen or an em dash, or after a URL broken at a slash; one space otherwise ("Air Force -"
 * is a spaced hyphen and keeps it).
 */
function joinWrapped(a: string, b: string): string {
  const brokenUrl = /\bhttps?:\/\/\S*\/$/.test(a);
  return endsWithHyphen(a) || endsWithDash(a) || brokenUrl ? `${a}${b}` : `${a} ${b}`;
}
