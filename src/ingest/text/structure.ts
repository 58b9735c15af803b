import { isoDate } from '../../text/dates.js';
import { endsSentence } from '../../text/line-ends.js';
import { TITLE_SMALL_WORDS } from '../../text/word-lists.js';
import { authorParts, type LineKind } from '../brief/line-kind.js';
import { joiner, joinLines, tidySpacing } from './join-lines.js';
import { splitSentences } from './sentence-split.js';

/** A run of text in one font, when the source knows fonts (the PDF path). */
export interface TextRun {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly fontSize: number;
}

/**
 * A line in reading order, as the structure stage takes it from either path. The text path
 * knows only the text, the page and the kind its layout model decided; the PDF path adds
 * positions and fonts, which are used when present (a bold run at a paragraph's start is a
 * run-in lead; a gap above a line starts a paragraph; a heading's size gives its level).
 */
export interface StructureLine {
  /** Source line number (text path) or a running number (PDF path), from 1. */
  readonly no: number;
  readonly page: number;
  readonly text: string;
  readonly kind: LineKind;
  readonly level?: 1 | 2;
  readonly column?: 'left' | 'right' | 'full';
  readonly x?: number;
  readonly y?: number;
  readonly width?: number;
  readonly fontSize?: number;
  readonly runs?: readonly TextRun[];
  /** Vertical space above the line beyond the line pitch, in points. */
  readonly gapBefore?: number;
  readonly indent?: number;
}

/** One sentence as found in the reading-order text, with where it came from. */
export interface RawSentence {
  readonly text: string;
  readonly page: number;
  readonly lines: number[];
  readonly paragraph: number;
  readonly bullet?: true;
  readonly leadIn?: true;
}

export interface RawSection {
  readonly title: string;
  readonly level: 1 | 2;
  readonly untitled?: true;
  readonly headingLine: number;
  readonly sentences: RawSentence[];
}

export interface RawFigure {
  /** "Figure 1" */
  readonly label: string;
  readonly caption: string;
  readonly subtitle: string | null;
  readonly source: string | null;
  readonly page: number;
  readonly lines: number[];
  readonly sectionIndex: number;
}

export interface RawAuthor {
  readonly name: string;
  readonly role: string;
  readonly lines: number[];
}

/** What the furniture lines say: the metadata of the document. */
export interface RawDocument {
  readonly title: string | null;
  readonly updated: string | null;
  readonly isNew: boolean;
  readonly reportId: string | null;
  readonly version: number | null;
}

export interface Structure {
  readonly document: RawDocument;
  readonly sections: RawSection[];
  readonly figures: RawFigure[];
  readonly authors: RawAuthor[];
}

/** Options for the language decisions of the stage. */
export interface StructureOptions {
  /** The document's words, for telling a typesetter's hyphen from a real one. */
  readonly vocabulary?: ReadonlySet<string>;
  /** True for words capitalized only at a sentence start. */
  readonly isCommonWord?: (w: string) => boolean;
}

const DATE = /^(Updated\s+)?([A-Z][a-z]+)\s+(\d{1,2}),\s+(\d{4})$/;
const FOOTER_ID = /\|\s*([A-Z]{1,3}\d{3,6})\s*·\s*VERSION\s+(\d+)(?:\s*·\s*(UPDATED|NEW))?/;
const FIGURE_LABEL = /^((?:Figure|Table)\s+\d+)\.\s*/;
const INTRO_TITLE = 'Introduction';

/** The length of a full line of running text: the upper quartile of the text lines' lengths. */
export function typicalLength(lines: readonly { text: string; kind: LineKind }[]): number {
  const lengths = lines.filter((l) => l.kind === 'body').map((l) => l.text.trim().length).sort((a, b) => a - b);
  return lengths[Math.floor(lengths.length * 0.75)] ?? 60;
}

/**
 * Walks the lines in reading order: furniture gives the metadata; headings open sections (text
 * before the first heading is an untitled "Introduction"); a heading set on two lines is joined;
 * figure captions, subtitles and sources (each over several lines) become figures; author lines
 * with the wrapped rest of their roles become authors; text lines are joined into paragraphs
 * (a bullet starts one; so does a gap above a line when positions are known; otherwise a short
 * line that ends a sentence ends one, since justified text fills every line but a paragraph's
 * last) and split into sentences that remember their lines, a run-in lead being its own.
 */
export function buildStructure(ordered: readonly StructureLine[], options: StructureOptions = {}): Structure {
  const sections: RawSection[] = [];
  const figures: RawFigure[] = [];
  const authors: RawAuthor[] = [];
  const typical = typicalLength(ordered);
  const document = readDocument(ordered);

  let para: StructureLine[] = [];
  let paragraphNo = 0;
  const section = () => {
    if (sections.length === 0) sections.push({ title: INTRO_TITLE, level: 1, untitled: true, headingLine: 0, sentences: [] });
    return sections.at(-1)!;
  };
  const flush = () => {
    if (para.length === 0) return;
    paragraphNo++;
    section().sentences.push(...sentencesOf(para, paragraphNo, options));
    para = [];
  };

  let prev: StructureLine | null = null;
  for (const line of ordered) {
    const text = line.text.trim();
    switch (line.kind) {
      case 'heading': {
        flush();
        const last = sections.at(-1);
        const joinable =
          prev?.kind === 'heading' &&
          last !== undefined &&
          last.sentences.length === 0 &&
          (line.level === undefined ? /^\p{Ll}/u.test(text) || prev.text.trim().length >= typical * 0.45 : line.level === prev.level);
        if (joinable) sections[sections.length - 1] = { ...last, title: `${last.title} ${text}` };
        else sections.push({ title: text, level: line.level ?? 1, headingLine: line.no, sentences: [] });
        break;
      }
      case 'caption': {
        const label = FIGURE_LABEL.exec(text);
        const f = figures.at(-1);
        if (!label && f && prev?.kind === 'caption') {
          figures[figures.length - 1] = { ...f, caption: joinLines([f.caption, text]), lines: [...f.lines, line.no] };
        } else {
          figures.push({
            label: label?.[1] ?? `Figure ${figures.length + 1}`,
            caption: text.replace(FIGURE_LABEL, ''),
            subtitle: null,
            source: null,
            page: line.page,
            lines: [line.no],
            sectionIndex: sections.length === 0 && para.length > 0 ? 0 : Math.max(0, sections.length - 1),
          });
        }
        break;
      }
      case 'subtitle': {
        const f = figures.at(-1);
        if (f) figures[figures.length - 1] = { ...f, subtitle: f.subtitle === null ? text : `${f.subtitle} ${text}`, lines: [...f.lines, line.no] };
        break;
      }
      case 'source': {
        const f = figures.at(-1);
        if (!f) break;
        const own = /^(?:Sources?|Notes?):\s*/.test(text);
        const source = f.source === null || own ? text.replace(/^Sources?:\s*/, '') : joinLines([f.source, text]);
        figures[figures.length - 1] = { ...f, source, lines: [...f.lines, line.no] };
        break;
      }
      case 'author': {
        const p = authorParts(text);
        const a = authors.at(-1);
        if (p) authors.push({ name: p.name, role: p.role, lines: [line.no] });
        else if (a) authors[authors.length - 1] = { ...a, role: `${a.role} ${text}`, lines: [...a.lines, line.no] };
        break;
      }
      case 'body':
      case 'bullet': {
        const gapped = line.gapBefore !== undefined && prev !== null && isText(prev) && line.gapBefore > 3;
        if (line.kind === 'bullet' || gapped) flush();
        para.push(line);
        const bulletPara = para[0]!.kind === 'bullet';
        const ends = endsSentence(text) || (bulletPara && /;(?:\s+(?:and|or))?$/.test(text));
        if (line.gapBefore === undefined && ends && text.length < typical * 0.85) flush();
        break;
      }
      default:
        break; // furniture: date, title, header, footer, report number, disclaimer
    }
    prev = line;
  }
  flush();
  return { document, sections, figures, authors };
}

function isText(l: StructureLine): boolean {
  return l.kind === 'body' || l.kind === 'bullet';
}

function readDocument(lines: readonly StructureLine[]): RawDocument {
  const titleLines = lines.filter((l) => l.kind === 'title').map((l) => l.text.trim());
  let updated: string | null = null;
  let isNew = false;
  let reportId: string | null = null;
  let version: number | null = null;
  for (const l of lines) {
    const t = l.text.trim();
    if (l.kind === 'date') {
      const m = DATE.exec(t);
      if (m) {
        updated = isoDate(m[2]!, m[3]!, m[4]!);
        isNew = m[1] === undefined;
      }
    } else if (l.kind === 'footer' || l.kind === 'report-number') {
      const m = FOOTER_ID.exec(t);
      if (m) {
        reportId = m[1]!;
        version = Number(m[2]);
        if (m[3] === 'NEW') isNew = true;
      } else if (l.kind === 'report-number' && reportId === null) reportId = t;
    }
  }
  return { title: titleLines.length ? titleLines.join(' ') : null, updated, isNew, reportId, version };
}

/** The run-in lead of a paragraph from its fonts: the bold or italic text at its start, ending in a period. */
function leadFromRuns(first: StructureLine): string | null {
  const runs = first.runs;
  if (!runs || runs.length === 0) return null;
  let lead = '';
  for (const r of runs) {
    if (!(r.bold || r.italic)) break;
    lead += r.text;
  }
  const t = lead.replace(/^[•▪◦●]\s*/, '').trim();
  return /\.$/.test(t) ? t : null;
}

/**
 * A first sentence that reads as a run-in lead by its words alone: a short phrase ending in a
 * period, in title case ("Foreign Market Interventions.") or of at most three words ("In
 * space."), followed by more of the paragraph.
 */
function leadFromWords(first: string, rest: number): boolean {
  if (rest === 0 || !/\.$/.test(first) || /\d/.test(first)) return false;
  const words = first.replace(/\.$/, '').split(/\s+/);
  if (words.length > 8) return false;
  if (words.length <= 3 && /^\p{Lu}/u.test(first)) return true;
  return words.every((w) => /^[\p{Lu}“"(]/u.test(w) || TITLE_SMALL_WORDS.has(w)) && /^\p{Lu}/u.test(first);
}

function sentencesOf(lines: readonly StructureLine[], paragraph: number, options: StructureOptions): RawSentence[] {
  // Join line by line so every character of the text knows the line it came from.
  const bullet = lines[0]!.kind === 'bullet';
  const spans: { start: number; end: number; line: StructureLine }[] = [];
  let text = '';
  lines.forEach((line, i) => {
    let t = line.text.trim();
    if (i === 0 && bullet) t = t.replace(/^[•▪◦●]\s*/, '');
    if (text === '') {
      text = t;
      spans.push({ start: 0, end: text.length, line });
      return;
    }
    const { glue, dropHyphen } = joiner(text, t, options.vocabulary);
    text = tidySpacing((dropHyphen ? text.slice(0, -1) : text) + glue + t);
    spans.push({ start: Math.max(0, text.length - t.length), end: text.length, line });
  });
  const lead = leadFromRuns(lines[0]!);
  let pieces = splitSentences(text, { isCommonWord: options.isCommonWord });
  let leadIndex = -1;
  if (lead && text.startsWith(lead)) {
    const rest = text.slice(lead.length).trim();
    pieces = [lead, ...splitSentences(rest, { isCommonWord: options.isCommonWord })];
    leadIndex = 0;
  } else if (!lines[0]!.runs && pieces.length > 1 && leadFromWords(pieces[0]!, pieces.length - 1)) leadIndex = 0;

  const out: RawSentence[] = [];
  let cursor = 0;
  pieces.forEach((s, k) => {
    const at = text.indexOf(s, cursor);
    const start = at < 0 ? cursor : at;
    const end = start + s.length;
    cursor = end;
    const touched = spans.filter((sp) => sp.start < end && sp.end > start);
    out.push({
      text: s,
      page: touched[0]?.line.page ?? lines[0]!.page,
      lines: touched.map((t) => t.line.no),
      paragraph,
      ...(bullet ? { bullet: true as const } : {}),
      ...(k === leadIndex ? { leadIn: true as const } : {}),
    });
  });
  return out;
}
