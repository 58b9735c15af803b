// Builds small PDFs in memory for tests: text pages in the standard fonts, an image-only page,
// and an encrypted file whose password is unknown. Offsets in the xref table are computed, so
// the files are well formed unless a test breaks them on purpose.

/** Font keys: F1 Times-Roman, F2 Times-Bold, F3 Helvetica, F4 Helvetica-Bold, F5 Times-Italic, F6 Times-BoldItalic. */
export type FontKey = 'F1' | 'F2' | 'F3' | 'F4' | 'F5' | 'F6';

/** A stretch of a line in one font; `rise` lifts it off the baseline (a superscript). */
export interface DrawPart {
  text: string;
  font?: FontKey;
  size?: number;
  rise?: number;
}

/** A line to draw at a baseline measured from the page top: one text, or parts set one after another. */
export interface DrawText {
  x: number;
  y: number;
  size: number;
  text?: string;
  font?: FontKey;
  parts?: DrawPart[];
}

const FONTS: Record<FontKey, string> = {
  F1: 'Times-Roman',
  F2: 'Times-Bold',
  F3: 'Helvetica',
  F4: 'Helvetica-Bold',
  F5: 'Times-Italic',
  F6: 'Times-BoldItalic',
};
// Characters outside Latin-1 that briefs use, as their WinAnsiEncoding codes.
const WIN_ANSI: Record<string, number> = { '•': 0x95, '’': 0x92, '‘': 0x91, '“': 0x93, '”': 0x94, '—': 0x97, '–': 0x96 };
const HEIGHT = 792;

/** A PDF with one page per entry, each page drawing its text items (and nothing else). */
export function textPdf(pages: DrawText[][]): Uint8Array {
  return assemble(pages.map((items) => items.map(textOp).join('\n')));
}

/** A one-page PDF that draws only a filled rectangle: no text layer at all. */
export function imageOnlyPdf(): Uint8Array {
  return assemble(['0.2 0.4 0.8 rg 72 400 300 200 re f']);
}

/** A one-page PDF whose trailer names a standard security handler with a password nobody knows. */
export function encryptedPdf(): Uint8Array {
  // Any 32-byte /O and /U that the empty password does not open stand for a protected file.
  const hex = (seed: number): string =>
    Array.from({ length: 32 }, (_, i) => ((seed * 31 + i * 97) % 256).toString(16).padStart(2, '0')).join('');
  const encrypt = `<< /Filter /Standard /V 1 /R 2 /O <${hex(7)}> /U <${hex(11)}> /P -44 >>`;
  return assemble([textOp({ text: 'Secret', x: 72, y: 100, size: 12 })], encrypt);
}

/** Pseudo-random bytes from a fixed seed (a linear congruential generator), for a "not a PDF" input. */
export function randomBytes(length: number, seed = 12345): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed >>> 0;
  for (let i = 0; i < length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

function textOp(t: DrawText): string {
  const parts = t.parts ?? [{ text: t.text ?? '', font: t.font }];
  const shows = parts.map((p) => `/${p.font ?? t.font ?? 'F1'} ${p.size ?? t.size} Tf ${p.rise ?? 0} Ts (${pdfString(p.text)}) Tj`);
  return `BT 1 0 0 1 ${t.x} ${HEIGHT - t.y} Tm ${shows.join(' ')} ET`;
}

/** A PDF literal string body in WinAnsiEncoding, with its delimiters escaped. */
function pdfString(text: string): string {
  return [...text]
    .map((c) => String.fromCharCode(WIN_ANSI[c] ?? c.charCodeAt(0)))
    .join('')
    .replace(/[\\()]/g, (c) => `\\${c}`);
}

/** Lays out catalog, page tree, pages, contents and fonts with a correct xref table. */
function assemble(contents: string[], encrypt?: string): Uint8Array {
  const objects: string[] = [];
  const add = (body: string): number => objects.push(body);
  const catalog = add('');
  const tree = add('');
  const fontRefs = Object.entries(FONTS).map(([key, base]) => [key, add(`<< /Type /Font /Subtype /Type1 /BaseFont /${base} /Encoding /WinAnsiEncoding >>`)] as const);
  const fontDict = `<< ${fontRefs.map(([k, n]) => `/${k} ${n} 0 R`).join(' ')} >>`;
  const pageNums = contents.map((c) => {
    const stream = add(`<< /Length ${Buffer.byteLength(c, 'latin1')} >>\nstream\n${c}\nendstream`);
    return add(`<< /Type /Page /Parent ${tree} 0 R /MediaBox [0 0 612 ${HEIGHT}] /Contents ${stream} 0 R /Resources << /Font ${fontDict} >> >>`);
  });
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${tree} 0 R >>`;
  objects[tree - 1] = `<< /Type /Pages /Kids [${pageNums.map((n) => `${n} 0 R`).join(' ')}] /Count ${pageNums.length} >>`;
  const encryptRef = encrypt ? add(encrypt) : 0;
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xrefAt = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) out += `${String(off).padStart(10, '0')} 00000 n \n`;
  const id = '<0123456789abcdef0123456789abcdef>';
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${encrypt ? ` /Encrypt ${encryptRef} 0 R /ID [${id} ${id}]` : ''} >>\n`;
  out += `startxref\n${xrefAt}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
