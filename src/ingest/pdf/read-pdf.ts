// Reads a PDF's text layer into glyph runs with real font names, with pdf.js running
// in-process and silently. Every fault becomes { ok: false, reason }: this never throws
// and never prints.

import { fontStyle } from './font-style.js';
import { productName, productNumberIn } from './product.js';
import { checkPdfBytes, describeFailure } from './pdf-faults.js';
import { loadPdfJs, muteConsole, type PdfJs } from './pdfjs-load.js';
import type { GlyphRun, PdfFailure, PdfInfo, PdfPage, ReadPdfOptions, ReadPdfResult } from './types.js';

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;
type PdfJsPage = Awaited<ReturnType<PdfDocument['getPage']>>;

/** Reads every page's text runs (position, size, real font name, bold, italic) from PDF bytes. */
export async function readPdf(bytes: Uint8Array, opts: ReadPdfOptions = {}): Promise<ReadPdfResult> {
  const bad = checkPdfBytes(bytes);
  if (bad) return { ok: false, reason: bad };
  let pdfjs: PdfJs;
  try {
    pdfjs = await loadPdfJs();
  } catch (err) {
    return { ok: false, reason: `pdf.js could not be loaded: ${oneLine(err)}` };
  }
  // pdf.js keeps its own copy semantics for the buffer it is given; hand it a private copy so
  // the caller's bytes are never detached or changed.
  const task = pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    // Like a viewer, pdf.js skips what it cannot parse inside a page (a broken image, say)
    // rather than failing the page; a file whose structure is broken still fails to open.
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
  });
  // Errors pdf.js reports through the console in spite of the verbosity level (font program
  // errors, for instance) are dropped: library code prints nothing.
  const restore = muteConsole();
  try {
    const doc = await task.promise;
    const pageCount = doc.numPages;
    if (opts.pageLimit !== undefined && pageCount > opts.pageLimit) return await tooLong(doc, pageCount, opts.pageLimit);
    const last = Math.min(pageCount, opts.maxPages ?? pageCount);
    const pages: PdfPage[] = [];
    for (let n = 1; n <= last; n++) {
      pages.push(await readPage(await doc.getPage(n), n));
      opts.onPage?.(n, last);
    }
    if (!pages.some((p) => p.runs.some((r) => !r.space))) {
      return { ok: false, reason: 'no text layer (image-only or empty PDF)' };
    }
    return { ok: true, pages, info: await readInfo(doc, pageCount) };
  } catch (err) {
    return { ok: false, reason: describeFailure(err) };
  } finally {
    restore();
    await task.destroy().catch(() => {});
  }
}

/**
 * The failure for a document over the page limit. Its first and last pages are read to name
 * the product, since a long CRS product is most likely a Report rather than an In Focus brief.
 */
async function tooLong(doc: PdfDocument, pageCount: number, limit: number): Promise<PdfFailure> {
  let text = '';
  for (const n of new Set([1, pageCount])) {
    try {
      text += `${(await readPage(await doc.getPage(n), n)).runs.map((r) => r.text).join(' ')}\n`;
    } catch {
      // Naming the product is a courtesy; the page count alone decides.
    }
  }
  const id = productNumberIn(text);
  const what = id ? `${id} (${productName(id)})` : 'the PDF';
  return { ok: false, reason: `${what} has ${pageCount} pages; an In Focus brief has at most ${limit}` };
}

/** Reads one page's runs; fonts are resolved through the operator list so real names are known. */
async function readPage(page: PdfJsPage, number: number): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  // Fonts reach commonObjs only when the operator list is built; getTextContent().styles
  // would only say "serif"/"sans-serif". Without it the text is still read, only unstyled.
  await page.getOperatorList().catch(() => undefined);
  const content = await page.getTextContent({ disableNormalization: true });
  const runs: GlyphRun[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = multiply(viewport.transform, item.transform);
    const fontSize = Math.hypot(c, d) || Math.hypot(a, b);
    const font = fontObject(page, item.fontName);
    const style = fontStyle(font?.name || item.fontName);
    runs.push({
      text: item.str,
      x: e,
      y: f,
      width: item.width * viewport.scale,
      height: item.height * viewport.scale || fontSize,
      fontSize,
      fontName: style.name,
      // The name is the better witness; the descriptor flags pdf.js read stand in for odd names.
      bold: style.bold || font?.bold === true || font?.black === true,
      italic: style.italic || font?.italic === true,
      space: item.str.trim() === '',
      // Upright text has a positive horizontal scale and no rotation term.
      rotated: a <= 0 || Math.abs(b) > 1e-3 * Math.abs(a),
    });
  }
  page.cleanup();
  return { number, width: viewport.width, height: viewport.height, runs };
}

/** What pdf.js tells about a font once the operator list has loaded it. */
interface FontFacts {
  name?: string;
  bold?: boolean;
  black?: boolean;
  italic?: boolean;
}

/** The font object from pdf.js's shared objects, or undefined if it never resolved. */
function fontObject(page: PdfJsPage, loadedName: string): FontFacts | undefined {
  try {
    if (!page.commonObjs.has(loadedName)) return undefined;
    const font = page.commonObjs.get(loadedName) as FontFacts | null;
    return font && typeof font === 'object' ? font : undefined;
  } catch {
    // An unresolved font only costs the style facts; the text is still good.
    return undefined;
  }
}

/** Reads the info dictionary fields that help identify a brief. */
async function readInfo(doc: PdfDocument, pageCount: number): Promise<PdfInfo> {
  const info: PdfInfo = { pageCount };
  try {
    const meta = await doc.getMetadata();
    const dict = (meta.info ?? {}) as Record<string, unknown>;
    const text = (k: string): string | undefined => (typeof dict[k] === 'string' && dict[k] ? (dict[k] as string) : undefined);
    const title = text('Title');
    const author = text('Author');
    const producer = text('Producer');
    const creationDate = text('CreationDate');
    if (title) info.title = title;
    if (author) info.author = author;
    if (producer) info.producer = producer;
    if (creationDate) info.creationDate = creationDate;
  } catch {
    // Metadata is optional: a PDF without a readable info dictionary is still read.
  }
  return info;
}

/** Product of two affine matrices [a b c d e f] (m1 applied after m2). */
function multiply(m1: number[], m2: number[]): [number, number, number, number, number, number] {
  const [a1 = 1, b1 = 0, c1 = 0, d1 = 1, e1 = 0, f1 = 0] = m1;
  const [a2 = 1, b2 = 0, c2 = 0, d2 = 1, e2 = 0, f2 = 0] = m2;
  return [
    a1 * a2 + c1 * b2,
    b1 * a2 + d1 * b2,
    a1 * c2 + c1 * d2,
    b1 * c2 + d1 * d2,
    a1 * e2 + c1 * f2 + e1,
    b1 * e2 + d1 * f2 + f1,
  ];
}

function oneLine(err: unknown): string {
  return String(err instanceof Error ? err.message : err).split('\n')[0] ?? '';
}
