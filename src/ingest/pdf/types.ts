// Types shared by the PDF reader stages: glyph runs from pdf.js, text lines, and
// the classified, reading-ordered lines of a CRS In Focus brief.

/** One text run from the PDF text layer, in page points with y measured from the page top. */
export interface GlyphRun {
  /** The run's text as the text layer gives it (may hold inner spaces). */
  text: string;
  /** Left edge of the run. */
  x: number;
  /** Baseline, measured down from the top of the page. */
  y: number;
  /** Advance width of the run. */
  width: number;
  /** Height of the glyph box (the font size for upright text). */
  height: number;
  /** Font size in points (vertical scale of the text matrix). */
  fontSize: number;
  /** Real font name, subset prefix removed (e.g. "TimesNewRomanPS-BoldMT"). */
  fontName: string;
  /** Bold face, from the font name. */
  bold: boolean;
  /** Italic or oblique face, from the font name. */
  italic: boolean;
  /** A whitespace-only run: pdf.js puts these where the text layer has a space or a wide gap. */
  space: boolean;
  /** Not upright (rotated or mirrored), like a chart's vertical axis title; lines leave these out. */
  rotated: boolean;
}

/** One PDF page: its size and its text runs in content-stream order. */
export interface PdfPage {
  /** 1-based page number. */
  number: number;
  /** Page width in points. */
  width: number;
  /** Page height in points. */
  height: number;
  /** Text runs, whitespace runs included. */
  runs: GlyphRun[];
}

/** Document facts from the PDF's info dictionary. */
export interface PdfInfo {
  /** Number of pages in the document. */
  pageCount: number;
  /** Info-dictionary title, when present. */
  title?: string;
  /** Info-dictionary author, when present. */
  author?: string;
  /** Producing software, when present. */
  producer?: string;
  /** Raw creation date string ("D:20260417150520-04'00'"), when present. */
  creationDate?: string;
}

/** Options for readPdf. */
export interface ReadPdfOptions {
  /** Read at most this many pages (default: all). */
  maxPages?: number;
  /** Refuse a document with more pages than this, before reading its pages (default: no limit). */
  pageLimit?: number;
  /** Called after each page is read, with its number and the number of pages to read. */
  onPage?: (page: number, pages: number) => void;
}

/** A failed read: a one-line reason, never a throw. */
export interface PdfFailure {
  ok: false;
  /** One line saying why the PDF could not be read. */
  reason: string;
}

/** Result of readPdf. */
export type ReadPdfResult = { ok: true; pages: PdfPage[]; info: PdfInfo } | PdfFailure;

/** A styled stretch of a line: consecutive runs with the same weight, style and size. */
export interface LineRun {
  /** Text, including the spaces that separate it from the next run. */
  text: string;
  /** Bold face. */
  bold: boolean;
  /** Italic face. */
  italic: boolean;
  /** Font size in points (superscripts are smaller). */
  fontSize: number;
}

/** A text line as built from glyph runs, before layout and classification. */
export interface TextLine {
  /** 1-based page number. */
  page: number;
  /** Left edge of the first visible glyph. */
  x: number;
  /** Baseline of the line's main text, from the page top. */
  y: number;
  /** From the left edge to the right edge of the last glyph. */
  width: number;
  /** Dominant font size (by characters; superscripts do not count). */
  fontSize: number;
  /** Dominant font name (by characters). */
  fontName: string;
  /** The line's text with the text layer's spacing; no leading or trailing spaces. */
  text: string;
  /** The styled stretches; their texts concatenated equal `text`. */
  runs: LineRun[];
  /** Set when the line starts with a list-marker glyph: the glyph and where the item text starts. */
  marker?: { glyph: string; textX: number };
}

/** Where a line sits across the page's two columns. */
export type Column = 'left' | 'right' | 'full';

/**
 * The role of a line in a CRS In Focus brief.
 * - `date`: "Updated April 17, 2026", or "April 9, 2026" for a new brief.
 * - `title`: a masthead title line (a two-line title gives two lines).
 * - `heading`: a section heading; `level` 1 for the larger size, 2 for the smaller bold subheading.
 * - `body`: paragraph text, bullet continuation lines included (see `bulletContinuation`).
 * - `bullet`: the first line of a bullet item (it starts with the bullet glyph).
 * - `caption`: "Figure N." / "Table N." caption lines, continuation lines included.
 * - `subtitle`: a figure line in another font under the caption.
 * - `figure-text`: text drawn inside a figure or table, between its caption and its source.
 * - `source`: "Source:"/"Sources:" lines and their continuation lines.
 * - `note`: "Note:"/"Notes:" lines under a figure and their continuation lines.
 * - `author`: "Name, role" lines (bold name) and wrapped role lines.
 * - `report-number`: the product number ("IF12610") under the authors or on the disclaimer page.
 * - `header`: the running header (the title, on pages after the first).
 * - `footer`: the running footer ("https://crsreports.congress.gov", and on the last page its id line).
 * - `disclaimer`: the CRS disclaimer page's heading and text.
 */
export type LineKind =
  | 'date'
  | 'title'
  | 'heading'
  | 'body'
  | 'bullet'
  | 'caption'
  | 'subtitle'
  | 'figure-text'
  | 'source'
  | 'note'
  | 'author'
  | 'report-number'
  | 'header'
  | 'footer'
  | 'disclaimer';

/** A classified text line of a brief, in reading order. */
export interface PdfLine {
  /** 1-based page number. */
  page: number;
  /** The column by x: 'full' for a line that crosses the gutter, and for masthead and disclaimer lines. */
  column: Column;
  /** Left edge, in points from the page's left. */
  x: number;
  /** Baseline, in points from the page top. */
  y: number;
  /** Width from the first to the last glyph. */
  width: number;
  /** Dominant font size in points. */
  fontSize: number;
  /** Text with the text layer's spacing (double spaces kept, superscripts inline). */
  text: string;
  /** The line's role. */
  kind: LineKind;
  /** Heading level (1 larger heading size, 2 smaller bold subheading); only on headings. */
  level?: 1 | 2;
  /** Styled stretches, so a bold run-in lead at the line start can be seen. */
  runs: LineRun[];
  /**
   * Extra vertical space above the line, in body line pitches: the baseline distance to the
   * previous line of the same column and page, divided by the body pitch, minus one (never below
   * 0). Under 0.15 inside a paragraph; at a break it is clearly larger (about 0.25–0.7
   * between list items, 0.5–1 between paragraphs, more under a figure); 0 for the first line of
   * a column.
   */
  gapBefore: number;
  /** Distance in points from the column's text edge to the line start (bullet continuations are indented). */
  indent: number;
  /** True on a body line that continues a bullet item (indented to the item's text after the glyph). */
  bulletContinuation?: boolean;
  /** The list-marker glyph that opens a bullet line ("•"); it is also `text`'s first character and `runs[0]`. */
  marker?: string;
}

/** Facts parsed from the brief's masthead and id footer. */
export interface BriefMeta {
  /** Product number from the footer or the report-number line ("IF12610"), or null. */
  reportId: string | null;
  /** Version number from the footer ("VERSION 6"), or null. */
  version: number | null;
  /** True when the footer says NEW (a first version), false when UPDATED, null if unknown. */
  isNew: boolean | null;
  /** The masthead date line as printed ("Updated April 17, 2026" or "April 9, 2026"), or null. */
  updatedLine: string | null;
  /** The id footer line as printed ("https://crsreports.congress.gov | IF12610 · VERSION 6 · UPDATED"), or null. */
  footer: string | null;
}

/** Result of readBriefLines. */
export type ReadBriefResult =
  | {
      ok: true;
      /** Content lines in reading order: masthead, then per page left column then right column. */
      lines: PdfLine[];
      /** Running headers, footers and the disclaimer, out of the reading flow. */
      furniture: PdfLine[];
      /** Id, version and date facts. */
      meta: BriefMeta;
      /** Number of pages in the document. */
      pageCount: number;
      /** The body text's line pitch in points (gapBefore is in these units). */
      pitch: number;
    }
  | PdfFailure;
