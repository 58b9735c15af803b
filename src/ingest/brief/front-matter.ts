import { isoDate } from '../../text/dates.js';
import type { SourceLine } from './pages.js';

/** What the first page's masthead and the last page's footer say about the document. */
export interface FrontMatter {
  readonly updated: string; // ISO date
  /** A new brief: its date line has no "Updated" and its footer ends "· NEW". */
  readonly isNew: boolean;
  readonly dateLine: SourceLine;
  readonly title: string;
  /** The title's lines on the first page (a title may be set on two lines). */
  readonly titleLines: SourceLine[];
  readonly reportId: string | null;
  readonly version: number | null;
  readonly url: string | null;
}

// "Updated March 30, 2022", or a new brief's plain "April 9, 2026".
const DATE_LINE = /^(Updated\s+)?([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})$/;
// The last footer reads "https://crsreports.congress.gov | IF10199 · VERSION 19 · UPDATED" (or "· NEW").
const FOOTER_ID = /\|\s*([A-Z]{1,3}\d{3,6})\s*·\s*VERSION\s+(\d+)(?:\s*·\s*(UPDATED|NEW))?/;
const SITE = /^https?:\/\/(?:www\.)?crsreports\.congress\.gov\b/;

/**
 * Reads the date line, the title after it and the footer; null when the text is not laid out as
 * a CRS brief. A title set on two lines is recognized by the running header of the later pages,
 * which repeats the whole title on one line: the first page's lines after the date line are
 * the title while they spell the header's beginning.
 */
export function readFrontMatter(lines: readonly SourceLine[]): FrontMatter | null {
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  const dateIdx = nonEmpty.findIndex((l) => DATE_LINE.test(l.text.trim()));
  if (dateIdx < 0 || dateIdx > 2) return null;
  const dateLine = nonEmpty[dateIdx]!;
  const m = DATE_LINE.exec(dateLine.text.trim())!;
  const updated = isoDate(m[2]!, m[3]!, m[4]!);
  if (updated === null) return null;
  const first = nonEmpty[dateIdx + 1];
  if (!first) return null;

  // The running header: the first line after the first page's footer.
  const footerAt = nonEmpty.findIndex((l) => SITE.test(l.text.trim()));
  const header = footerAt >= 0 ? nonEmpty[footerAt + 1]?.text.trim() : undefined;
  const titleLines = [first];
  let title = first.text.trim();
  if (header !== undefined && header !== title && header.startsWith(title)) {
    for (let k = dateIdx + 2; k < nonEmpty.length; k++) {
      const next = `${title} ${nonEmpty[k]!.text.trim()}`;
      if (!header.startsWith(next)) break;
      title = next;
      titleLines.push(nonEmpty[k]!);
      if (title === header) break;
    }
  }

  let reportId: string | null = null;
  let version: number | null = null;
  let url: string | null = null;
  let footerNew = false;
  for (const l of nonEmpty) {
    const id = FOOTER_ID.exec(l.text);
    if (id) {
      reportId = id[1]!;
      version = Number(id[2]);
      footerNew = id[3] === 'NEW';
    }
    const u = /^(https?:\/\/\S+)/.exec(l.text.trim());
    if (u && url === null) url = u[1]!;
  }
  return { updated, isNew: footerNew || m[1] === undefined, dateLine, title, titleLines, reportId, version, url };
}
