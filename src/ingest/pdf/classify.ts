// Gives every line its role from typography and position: the masthead's date and title,
// headings (two levels, by size), body and bullet lines, figure captions, subtitles, figure
// text, sources and notes, the author block, and the report number. Nothing here names a word
// of a particular brief: only CRS In Focus conventions (labels such as "Figure 1." and
// "Source:", the "Name, role" author line) and the document's own type sizes are used.

import { DATE_LINE, columnEdge, familyOf, isAllBold, type PlacedLine } from './layout.js';
import { isBodyType, type Typography } from './typography.js';
import type { LineKind, PdfLine } from './types.js';

const CAPTION = /^(?:Figure|Table)\s+[A-Z]?-?\d+[A-Za-z]?\.(?:\s|$)/;
const SOURCE = /^Sources?:/;
const NOTE = /^Notes?:/;
const REPORT_NUMBER = /^[A-Z]{1,3}\d{3,6}$/;
// A personal name: capitalised words, initials and particles, with hyphens and apostrophes.
const NAME = /^(?:[A-Z][\p{L}'’.-]*|de|da|van|von|der|del|la|le)(?:\s+(?:[A-Z][\p{L}'’.-]*|de|da|van|von|der|del|la|le|Jr\.|III|II|IV)){1,5}$/u;

// A line more than this many pitches below the previous one starts a new block (a figure
// caption's continuation, a source's wrapped line, a wrapped role line must be closer).
const TIGHT_GAP = 0.5;
// Heading sizes at least this much larger than the body are level 1; smaller bold headings are level 2.
const LEVEL1_RATIO = 1.1;
// A role wraps onto at most this many extra lines.
const MAX_ROLE_WRAPS = 2;
// Indents match when they differ by less than this many points.
const INDENT_SLACK = 1.5;

/** Classifies the reading flow and the furniture into PdfLines. */
export function classify(flow: PlacedLine[], furniture: PlacedLine[], t: Typography): { lines: PdfLine[]; furniture: PdfLine[] } {
  const lines = flow.map((l, i) => toPdfLine(l, gapBefore(flow, i, t), t));
  const kinds = lines.map(() => undefined as LineKind | undefined);
  markMasthead(flow, kinds);
  markFigureParts(flow, kinds, t);
  markReportNumbers(flow, kinds, t);
  markAuthors(flow, lines, kinds);
  markHeadingsAndBody(flow, lines, kinds, t);
  lines.forEach((l, i) => (l.kind = kinds[i] ?? 'body'));
  markBulletContinuations(flow, lines);
  const furn = furniture.map((l) => {
    const line = toPdfLine(l, 0, t);
    line.kind = l.zone === 'header' ? 'header' : l.zone === 'footer' ? 'footer' : 'disclaimer';
    return line;
  });
  return { lines, furniture: furn };
}

function toPdfLine(l: PlacedLine, gap: number, t: Typography): PdfLine {
  return {
    page: l.page,
    column: l.column,
    x: l.x,
    y: l.y,
    width: l.width,
    fontSize: l.fontSize,
    text: l.text,
    kind: 'body',
    runs: l.runs.map((r) => ({ ...r })),
    gapBefore: gap,
    indent: Math.max(0, round2(l.x - columnEdge(l.column, t))),
  };
}

/** Extra space above line i, in pitches, against the previous flow line of the same page and column. */
function gapBefore(flow: PlacedLine[], i: number, t: Typography): number {
  const line = flow[i];
  if (!line) return 0;
  for (let j = i - 1; j >= 0; j--) {
    const prev = flow[j];
    if (!prev || prev.page !== line.page) break;
    if (prev.column !== line.column || prev.zone !== line.zone) continue;
    return Math.max(0, round2((line.y - prev.y) / t.pitch - 1));
  }
  return 0;
}

function markMasthead(flow: PlacedLine[], kinds: (LineKind | undefined)[]): void {
  flow.forEach((l, i) => {
    if (l.zone !== 'masthead') return;
    kinds[i] = DATE_LINE.test(l.text) ? 'date' : 'title';
  });
}

// A caption is a "Figure N." / "Table N." line in bold that is not body type; its wrapped
// lines follow closely in the same face. Lines in another, lighter face right under the caption
// are its subtitle. A "Source:"/"Note:" line in small or non-body type, and the lines that
// continue it in the same face, close the figure; what lies between the caption block and the
// source (chart labels, table cells) is figure text when it is not body type.
function markFigureParts(flow: PlacedLine[], kinds: (LineKind | undefined)[], t: Typography): void {
  for (let i = 0; i < flow.length; i++) {
    const l = flow[i];
    if (!l || l.zone !== 'flow' || kinds[i]) continue;
    if (isCaption(l, t)) {
      let j = i;
      kinds[i] = 'caption';
      j = extendBlock(flow, kinds, j, 'caption', (n, prev) => isAllBold(n) && n.fontName === prev.fontName && near(n.fontSize, prev.fontSize), t);
      // A subtitle shares the caption's face and size but not its weight; chart labels under an
      // untitled caption are set in other faces and sizes.
      j = extendBlock(flow, kinds, j, 'subtitle', (n) => !n.runs.some((r) => r.bold) && sameFace(n, l) && !labelled(n), t, true);
      markFigureText(flow, kinds, j, t);
      continue;
    }
    if (isLabelled(l, SOURCE, t) || isLabelled(l, NOTE, t)) {
      const kind: LineKind = SOURCE.test(l.text) ? 'source' : 'note';
      kinds[i] = kind;
      extendBlock(flow, kinds, i, kind, (n, prev) => !labelled(n) && sameFace(n, prev) && !isAllBold(n), t);
    }
  }
}

/** Marks the lines after index `from` while they continue a block; returns the index of the block's last line. */
function extendBlock(
  flow: PlacedLine[],
  kinds: (LineKind | undefined)[],
  from: number,
  kind: LineKind,
  continues: (next: PlacedLine, prev: PlacedLine) => boolean,
  t: Typography,
  firstMayGap = false,
): number {
  let last = from;
  for (let j = from + 1; j < flow.length; j++) {
    const prev = flow[last];
    const next = flow[j];
    if (!prev || !next || kinds[j] || next.zone !== 'flow') break;
    if (next.page !== prev.page || next.column !== prev.column) break;
    const limit = firstMayGap && last === from ? 1.5 : TIGHT_GAP;
    if ((next.y - prev.y) / t.pitch - 1 > limit) break;
    if (!continues(next, prev)) break;
    kinds[j] = kind;
    last = j;
  }
  return last;
}

// A figure is one block in one column: caption, subtitle, the image or chart, then its source
// or notes. So between a caption block (ending at index `end`) and the next source or note line
// of the same column, every line is figure text (chart labels, table cells), whatever its face.
// Without such a closing line before the next caption, nothing is marked: an image figure with
// its source inside the image has no text of its own, and the body resumes under it.
function markFigureText(flow: PlacedLine[], kinds: (LineKind | undefined)[], end: number, t: Typography): void {
  const start = flow[end];
  if (!start) return;
  const inside: number[] = [];
  for (let j = end + 1; j < flow.length; j++) {
    const n = flow[j];
    if (!n || n.page !== start.page || n.column !== start.column || n.zone !== 'flow') return;
    if (isLabelled(n, SOURCE, t) || isLabelled(n, NOTE, t)) break;
    if (isCaption(n, t)) return;
    inside.push(j);
  }
  for (const j of inside) if (!kinds[j]) kinds[j] = 'figure-text';
}

function isCaption(l: PlacedLine, t: Typography): boolean {
  const first = l.runs[0];
  return CAPTION.test(l.text) && first !== undefined && first.bold && !isBodyType(l, t);
}

/** A "Source:"-style line: the label opens it and the line is not body type (figure sources are set smaller). */
function isLabelled(l: PlacedLine, label: RegExp, t: Typography): boolean {
  return label.test(l.text) && !isBodyType(l, t) && l.fontSize <= t.bodySize + 0.3;
}

function labelled(l: PlacedLine): boolean {
  return SOURCE.test(l.text) || NOTE.test(l.text) || CAPTION.test(l.text);
}

function sameFace(a: PlacedLine, b: PlacedLine): boolean {
  return familyOf(a) === familyOf(b) && near(a.fontSize, b.fontSize);
}

// The report number ("IF12610") is a short bold code on a line of its own, set smaller than the body.
function markReportNumbers(flow: PlacedLine[], kinds: (LineKind | undefined)[], t: Typography): void {
  flow.forEach((l, i) => {
    if (!kinds[i] && REPORT_NUMBER.test(l.text) && isAllBold(l) && l.fontSize < t.bodySize + 0.3) kinds[i] = 'report-number';
  });
}

// An author line opens with a bold personal name followed by ", role" in regular type. Such
// lines only count as the author block when nothing but author lines, their wrapped role lines
// and the report number follows them in the flow, so a bold phrase and a comma inside a bullet
// is not taken for an author.
function markAuthors(flow: PlacedLine[], lines: PdfLine[], kinds: (LineKind | undefined)[]): void {
  let blockStart = -1;
  // Regular lines seen since the last author line, walking backwards: wrapped role lines if an
  // author line comes before them, else the end of the body text. A role wraps at most twice.
  let pending = 0;
  for (let i = flow.length - 1; i >= 0; i--) {
    const l = flow[i];
    if (!l || kinds[i] === 'report-number') continue;
    if (kinds[i]) break;
    if (isAuthorLine(l)) {
      blockStart = i;
      pending = 0;
      continue;
    }
    const prev = flow[i - 1];
    const line = lines[i];
    const wraps = prev && line && !l.runs.some((r) => r.bold) && prev.column === l.column && prev.page === l.page && line.gapBefore <= TIGHT_GAP;
    if (!wraps || ++pending > MAX_ROLE_WRAPS) break;
  }
  if (blockStart < 0) return;
  for (let i = blockStart; i < flow.length; i++) if (!kinds[i]) kinds[i] = 'author';
}

/** "Name, role": a bold personal name, then a comma (in the bold run or the next one) and the role in regular type. */
function isAuthorLine(l: PlacedLine): boolean {
  const [name, rest] = l.runs;
  if (!name || !rest || !name.bold || name.italic || rest.bold || l.marker) return false;
  const bold = name.text.trim();
  if (bold.endsWith(',')) return NAME.test(bold.slice(0, -1).trim()) && /\S/.test(rest.text);
  return NAME.test(bold) && /^\s*,\s*\S/.test(rest.text);
}

// Headings are wholly bold lines in a heading face (not the body face) or set clearly larger
// than the body. Level 1 is the larger heading size, level 2 a heading at about body size.
// Everything else in the flow is body text, or a bullet when it starts with a list marker.
function markHeadingsAndBody(flow: PlacedLine[], lines: PdfLine[], kinds: (LineKind | undefined)[], t: Typography): void {
  flow.forEach((l, i) => {
    if (kinds[i]) return;
    const line = lines[i];
    if (l.marker) {
      kinds[i] = 'bullet';
      if (line) line.marker = l.marker.glyph;
      return;
    }
    const headingFace = familyOf(l) !== t.bodyFamily || l.fontSize >= 1.15 * t.bodySize;
    if (isAllBold(l) && headingFace && l.fontSize >= 0.95 * t.bodySize && !REPORT_NUMBER.test(l.text)) {
      kinds[i] = 'heading';
      if (line) line.level = l.fontSize >= LEVEL1_RATIO * t.bodySize ? 1 : 2;
      return;
    }
    kinds[i] = 'body';
  });
}

// Body lines that carry on a bullet item are indented to the item's text. The item may go on
// in the next column or page, so the indent is compared with the item's own indent rather than
// with a fixed position.
function markBulletContinuations(flow: PlacedLine[], lines: PdfLine[]): void {
  let itemIndent: number | null = null;
  lines.forEach((line, i) => {
    const l = flow[i];
    if (!l) return;
    if (line.kind === 'bullet' && l.marker) {
      itemIndent = l.marker.textX - (l.x - line.indent);
      return;
    }
    if (line.kind !== 'body') {
      if (line.kind !== 'caption' && line.kind !== 'subtitle' && line.kind !== 'source' && line.kind !== 'note' && line.kind !== 'figure-text') itemIndent = null;
      return;
    }
    if (itemIndent !== null && line.indent > 0 && Math.abs(line.indent - itemIndent) <= INDENT_SLACK) {
      line.bulletContinuation = true;
      return;
    }
    itemIndent = null;
  });
}

function near(a: number, b: number): boolean {
  return Math.abs(a - b) < 0.3;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
