import { endsSentence } from '../../text/line-ends.js';
import type { LineKind } from '../brief/line-kind.js';
import { joinLines } from './join-lines.js';
import { splitSentences } from './sentence-split.js';

/** One sentence as found in the reading-order text, with where it came from. */
export interface RawSentence {
  readonly text: string;
  readonly page: number;
  readonly lines: number[];
  readonly paragraph: number;
}

export interface RawSection {
  readonly title: string;
  readonly headingLine: number;
  readonly sentences: RawSentence[];
}

export interface RawFigure {
  readonly caption: string;
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

/** A line in reading order: its source line number, text, kind and page. */
export interface OrderedLine {
  readonly no: number;
  readonly text: string;
  readonly kind: LineKind;
  readonly page: number;
}

export interface Structure {
  readonly sections: RawSection[];
  readonly figures: RawFigure[];
  readonly authors: RawAuthor[];
}

/**
 * Walks the lines in reading order: headings open sections, figure captions and source lines
 * become figures, author lines (with the wrapped rest of a role) become authors, and the body
 * lines are joined into paragraphs and split into sentences that remember their lines.
 * A paragraph ends at a short line that ends a sentence: justified text fills every line but a
 * paragraph's last.
 */
export function buildStructure(
  ordered: readonly OrderedLine[],
  options: { vocabulary?: ReadonlySet<string>; isCommonWord?: (w: string) => boolean } = {},
): Structure {
  const sections: RawSection[] = [];
  const figures: RawFigure[] = [];
  const authors: RawAuthor[] = [];
  const bodyLengths = ordered.filter((l) => l.kind === 'body').map((l) => l.text.length).sort((a, b) => a - b);
  const typical = bodyLengths[Math.floor(bodyLengths.length * 0.75)] ?? 60;

  let para: OrderedLine[] = [];
  let paragraphNo = 0;
  const flush = () => {
    const section = sections.at(-1);
    if (para.length === 0 || !section) {
      para = [];
      return;
    }
    paragraphNo++;
    section.sentences.push(...sentencesOf(para, paragraphNo, options));
    para = [];
  };

  // True while the previous line was an author or the wrapped rest of a role.
  let inAuthor = false;
  for (const line of ordered) {
    const wasInAuthor: boolean = inAuthor;
    inAuthor = line.kind === 'author' || (line.kind === 'heading' && wasInAuthor);
    if (line.kind === 'heading' && wasInAuthor) {
      const a = authors.at(-1)!;
      authors[authors.length - 1] = { ...a, role: `${a.role} ${line.text}`, lines: [...a.lines, line.no] };
    } else if (line.kind === 'heading') {
      flush();
      sections.push({ title: line.text, headingLine: line.no, sentences: [] });
    } else if (line.kind === 'author') {
      const comma = line.text.indexOf(',');
      authors.push({ name: line.text.slice(0, comma).trim(), role: line.text.slice(comma + 1).trim(), lines: [line.no] });
    } else if (line.kind === 'caption') {
      figures.push({ caption: line.text, source: null, page: line.page, lines: [line.no], sectionIndex: sections.length - 1 });
    } else if (line.kind === 'source') {
      const f = figures.at(-1);
      if (f && f.source === null) figures[figures.length - 1] = { ...f, source: line.text.replace(/^Sources?:\s*/, ''), lines: [...f.lines, line.no] };
    } else if (line.kind === 'body') {
      para.push(line);
      if (endsSentence(line.text) && line.text.length < typical * 0.85) flush();
    }
  }
  flush();
  return { sections, figures, authors };
}

function sentencesOf(
  lines: readonly OrderedLine[],
  paragraph: number,
  options: { vocabulary?: ReadonlySet<string>; isCommonWord?: (w: string) => boolean },
): RawSentence[] {
  // Join line by line so every character of the text knows the line it came from.
  const spans: { start: number; end: number; line: OrderedLine }[] = [];
  let text = '';
  for (const line of lines) {
    const joined = joinLines(text === '' ? [line.text] : [text, line.text], options.vocabulary);
    const start = text === '' ? 0 : joined.length - line.text.trim().length;
    text = joined;
    spans.push({ start: Math.max(0, start), end: text.length, line });
  }
  const out: RawSentence[] = [];
  let cursor = 0;
  for (const s of splitSentences(text, { isCommonWord: options.isCommonWord })) {
    const start = text.indexOf(s, cursor);
    const end = start + s.length;
    cursor = end;
    const touched = spans.filter((sp) => sp.start < end && sp.end > start);
    out.push({ text: s, page: touched[0]?.line.page ?? lines[0]!.page, lines: touched.map((t) => t.line.no), paragraph });
  }
  return out;
}
