import { isoDate } from '../../text/dates.js';
import type { Page, SourceLine } from './pages.js';

/** What the first page's masthead and the last page's footer say about the document. */
export interface FrontMatter {
  readonly updated: string; // ISO date
  readonly updatedLine: SourceLine;
  readonly title: string;
  readonly titleLine: SourceLine;
  readonly reportId: string | null;
  readonly version: number | null;
  readonly url: string | null;
}

const UPDATED = /^Updated\s+([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})$/;
// The last footer reads "https://crsreports.congress.gov | IF10199 · VERSION 19 · UPDATED".
const FOOTER_ID = /\|\s*([A-Z]{1,3}\d{3,6})\s*·\s*VERSION\s+(\d+)/;

/** Reads the "Updated <date>" line and the title after it; null when the text is not laid out as a CRS brief. */
export function readFrontMatter(lines: readonly SourceLine[]): FrontMatter | null {
  const nonEmpty = lines.filter((l) => l.text.trim() !== '');
  const updatedIdx = nonEmpty.findIndex((l) => UPDATED.test(l.text.trim()));
  if (updatedIdx < 0 || updatedIdx > 2) return null;
  const updatedLine = nonEmpty[updatedIdx]!;
  const titleLine = nonEmpty[updatedIdx + 1];
  if (!titleLine) return null;
  const m = UPDATED.exec(updatedLine.text.trim())!;
  const updated = isoDate(m[1]!, m[2]!, m[3]!);
  if (updated === null) return null;
  let reportId: string | null = null;
  let version: number | null = null;
  let url: string | null = null;
  for (const l of nonEmpty) {
    const id = FOOTER_ID.exec(l.text);
    if (id) {
      reportId = id[1]!;
      version = Number(id[2]);
    }
    const u = /^(https?:\/\/\S+)/.exec(l.text.trim());
    if (u && url === null) url = u[1]!;
  }
  return { updated, updatedLine, title: titleLine.text.trim(), titleLine, reportId, version, url };
}

/** Removes the masthead lines from the first page's body. */
export function withoutMasthead(page: Page, fm: FrontMatter): Page {
  const drop = new Set([fm.updatedLine.no, fm.titleLine.no]);
  return {
    ...page,
    furniture: [...page.furniture, ...page.body.filter((l) => drop.has(l.no))],
    body: page.body.filter((l) => !drop.has(l.no)),
  };
}
