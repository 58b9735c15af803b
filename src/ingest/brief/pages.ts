/** A line of the source file, numbered from 1 as an editor shows it. */
export interface SourceLine {
  readonly no: number;
  readonly text: string;
}

/** One printed page: its furniture recognized, its body lines still in extraction order. */
export interface Page {
  readonly number: number;
  /** Running header, update date, title: text that repeats or frames the page. */
  readonly furniture: SourceLine[];
  readonly footer: SourceLine | null;
  /** Every other non-empty line, in the order the extractor emitted them. */
  readonly body: SourceLine[];
}

// Every CRS product ends each page with a link to the CRS reports site.
const FOOTER = /^https?:\/\/(?:www\.)?crsreports\.congress\.gov\b/;

/** Splits the extracted text into numbered lines (no trailing newline assumed). */
export function toLines(text: string): SourceLine[] {
  return text.split(/\r?\n/).map((line, i) => ({ no: i + 1, text: line }));
}

/** Cuts the lines into pages at each footer line; the running header (the title repeated) is furniture. */
export function splitPages(lines: readonly SourceLine[], title: string | null): Page[] {
  const pages: Page[] = [];
  let current: SourceLine[] = [];
  const flush = (footer: SourceLine | null) => {
    const nonEmpty = current.filter((l) => l.text.trim() !== '');
    if (nonEmpty.length === 0 && footer === null) return;
    const furniture: SourceLine[] = [];
    let body = nonEmpty;
    const first = body[0];
    if (pages.length > 0 && first && title !== null && first.text.trim() === title) {
      furniture.push(first);
      body = body.slice(1);
    }
    pages.push({ number: pages.length + 1, furniture, footer, body });
    current = [];
  };
  for (const line of lines) {
    if (FOOTER.test(line.text.trim())) flush(line);
    else current.push(line);
  }
  flush(null);
  return pages;
}

/** True for the footer line that closes every page. */
export function isFooter(text: string): boolean {
  return FOOTER.test(text.trim());
}
