import { packMap } from '../kb/packed-map.js';
import { packRelations } from '../kb/relations.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { buildSearchIndex } from '../kb/search-index.js';
import { readAuthorBlock } from './brief/authors.js';
import { readFrontMatter } from './brief/front-matter.js';
import { lineKind } from './brief/line-kind.js';
import { splitPages, toLines, type Page, type SourceLine } from './brief/pages.js';
import { looksSideBySide } from './brief/side-by-side.js';
import { extractRecords } from './extract/records.js';
import { readColumns } from './layout/columns.js';
import type { ReadingOrderOptions } from './layout/reading-order.js';
import { kindsInColumn } from './layout/line-roles.js';
import { learnWordStats, SENTENCE_STARTERS } from './layout/word-stats.js';
import { findAppositions } from './models/appositions.js';
import type { Apposition, RelationMaps } from './models/relations.js';
import type { SeamModel } from './models/seam-model.js';
import { joinLines } from './text/join-lines.js';
import { slugify } from './text/section-id.js';
import { buildStructure, typicalLength, type Structure, type StructureLine } from './text/structure.js';

/** What the build needs besides the brief: the general-English models. */
export interface BuildInputs {
  /** Called only once the text is known to be a brief: learning the model takes seconds. */
  readonly seam: () => SeamModel | null;
  /** Where words lead in the brief: synonyms among its terms, relations for words it does not use. */
  readonly relations: (vocabulary: Iterable<string>, appositions: readonly Apposition[]) => RelationMaps;
  /** Which reading-order model runs (measurement compares them); today's by default. */
  readonly readingOrder?: ReadingOrderOptions;
}

/**
 * The pipeline's result: a knowledge base and its relation map (packed, src/kb/relations.ts; kept
 * out of the knowledge base, which is parsed at every start), or why the text is not a brief.
 */
export type BuildResult = { ok: true; kb: KnowledgeBase; relations: string } | { ok: false; reason: string };

const DISCLAIMER = /^Disclaimer$/;

/** The brief's text lines in reading order with their kinds, for the structure stage: the text path. */
function orderedLines(source: string, inputs: BuildInputs): { ok: true; lines: StructureLine[]; pages: Page[]; disclaimer: string; url: string; readingOrder: KnowledgeBase['readingOrder'] } | { ok: false; reason: string } {
  const lines = toLines(source);
  if (looksSideBySide(lines)) {
    return { ok: false, reason: 'the text has its columns side by side (as `pdftotext -layout` writes it); build from the PDF itself, or from the height-sorted rendering' };
  }
  const fm = readFrontMatter(lines);
  if (!fm) return { ok: false, reason: 'no masthead on the first page (a date line, "Updated <date>" or "<date>", followed by a title)' };
  if (!fm.reportId || fm.version === null) return { ok: false, reason: 'no "<report id> · VERSION <n>" footer' };
  const reportId = fm.reportId;
  const masthead = new Set([fm.dateLine.no, ...fm.titleLines.map((l) => l.no)]);
  const reportNumbers: SourceLine[] = [];
  const pages = splitPages(lines, fm.title).map((p) => {
    const body = p.body.filter((l) => {
      if (l.text.trim() === reportId) reportNumbers.push(l);
      return !masthead.has(l.no) && l.text.trim() !== reportId;
    });
    return { ...p, body };
  });
  const isDisclaimer = (p: Page) => p.body.some((l) => DISCLAIMER.test(l.text.trim())) && p.body.length <= 14;
  const disclaimerPage = pages.find(isDisclaimer);
  const textPages = pages.filter((p) => !isDisclaimer(p) && p.body.length > 0);
  if (textPages.length === 0) return { ok: false, reason: 'no body text' };

  // The author block is one unit, read before the columns and set aside from the text.
  const kinds = textPages.flatMap((p) => p.body.map((l) => ({ text: l.text, kind: lineKind(l.text) })));
  const typical = typicalLength(kinds);
  const authors = textPages.flatMap((p) => readAuthorBlock(p.body, typical));
  const authorLines = new Set(authors.flatMap((a) => a.lines));
  const bodies = textPages.map((p) => p.body.filter((l) => !authorLines.has(l.no)));

  const columns = readColumns(bodies, inputs.seam(), inputs.readingOrder);
  const bodyLengths = kinds.filter((k) => k.kind === 'body').map((k) => k.text.trim().length).sort((a, b) => a - b);
  const widest = (bodyLengths[Math.floor(bodyLengths.length * 0.98)] ?? typical) + 2;
  const ordered: StructureLine[] = [
    { no: fm.dateLine.no, page: 1, text: fm.dateLine.text, kind: 'date' },
    ...fm.titleLines.map((l) => ({ no: l.no, page: 1, text: l.text, kind: 'title' as const })),
  ];
  const readingOrder: KnowledgeBase['readingOrder'] = [];
  columns.forEach((c, i) => {
    const page = textPages[i]!.number;
    for (const [column, ls] of [['left', c.left], ['right', c.right]] as const) {
      if (ls.length === 0) continue;
      readingOrder.push({ page, column, lines: ls.map((l) => l.no) });
      const roles = kindsInColumn(ls, typical, widest);
      ls.forEach((l, k) => ordered.push({ no: l.no, page, text: l.text, kind: roles[k]!, column }));
    }
  });
  // The author block closes the text: it ends the last column of its page.
  for (const a of authors) {
    for (const no of a.lines) {
      const page = pageOf(pages, no);
      ordered.push({ no, page, text: lines[no - 1]!.text, kind: 'author' });
      const last = readingOrder.filter((c) => c.page === page).at(-1);
      last?.lines.push(no);
    }
  }
  for (const l of reportNumbers) ordered.push({ no: l.no, page: pageOf(pages, l.no), text: l.text, kind: 'report-number' });
  const last = lines.filter((l) => l.text.trim() !== '').at(-1);
  if (last) ordered.push({ no: last.no, page: pages.length, text: last.text, kind: 'footer' });
  const disclaimer = disclaimerPage ? joinLines(disclaimerPage.body.filter((l) => !DISCLAIMER.test(l.text.trim())).map((l) => l.text)) : '';
  return { ok: true, lines: ordered, pages, disclaimer, url: fm.url ?? '', readingOrder };
}

function pageOf(pages: readonly Page[], no: number): number {
  return pages.find((p) => p.body.some((l) => l.no === no) || p.footer?.no === no)?.number ?? pages.length;
}

/** From the brief's text to the knowledge base: pages → columns → lines → sections → sentences → facts. */
export function buildKb(source: string, inputs: BuildInputs): BuildResult {
  const read = orderedLines(source, inputs);
  if (!read.ok) return read;
  const ordered = read.lines;
  const stats = learnWordStats(ordered.filter((l) => l.kind === 'body').map((l) => l.text));
  const structure = buildStructure(ordered, {
    vocabulary: stats.vocabulary,
    isCommonWord: (w) => SENTENCE_STARTERS.has(w),
  });
  if (structure.sections.length === 0) return { ok: false, reason: 'no section headings' };
  return assembleKb(structure, { url: read.url, disclaimer: read.disclaimer, pages: read.pages.length, readingOrder: read.readingOrder }, inputs);
}

/** What the knowledge base says about the document besides what the structure stage reads from it. */
export interface KbMeta {
  /** The product URL from the footer. */
  readonly url: string;
  /** The disclaimer page's text. */
  readonly disclaimer: string;
  /** Pages in the document. */
  readonly pages: number;
  /** Source line numbers per page and column ([] when the source has no line numbers, as a PDF). */
  readonly readingOrder: KnowledgeBase['readingOrder'];
}

/**
 * From the structure stage's result to the knowledge base: document facts, sentence and section
 * ids, extracted facts, events and acronyms, figures, the search index and relations. Shared by
 * the text and PDF paths; refuses a structure without a title, date, report id or version.
 */
export function assembleKb(structure: Structure, meta: KbMeta, inputs: Pick<BuildInputs, 'relations'>): BuildResult {
  const doc = structure.document;
  if (!doc.title || !doc.updated || !doc.reportId || doc.version === null) return { ok: false, reason: 'no title, date or report id' };
  const kb: KnowledgeBase = {
    schemaVersion: 2,
    document: {
      reportId: doc.reportId,
      title: doc.title,
      version: doc.version,
      updated: doc.updated,
      publisher: 'Congressional Research Service',
      url: meta.url,
      authors: structure.authors.map((a) => ({ name: a.name, role: a.role })),
      disclaimer: meta.disclaimer,
      pages: meta.pages,
      ...(doc.isNew ? { isNew: true } : {}),
    },
    sections: [],
    sentences: [],
    facts: [],
    events: [],
    acronyms: [],
    entities: [],
    figures: [],
    synonyms: '',
    readingOrder: meta.readingOrder,
  };
  const usedIds = new Set<string>();
  structure.sections.forEach((sec) => {
    let sectionId = slugify(sec.title) || 'section';
    for (let n = 2; usedIds.has(sectionId); n++) sectionId = `${slugify(sec.title)}-${n}`;
    usedIds.add(sectionId);
    const ids: string[] = [];
    sec.sentences.forEach((s, i) => {
      const sid = `${sectionId}-${i + 1}`;
      ids.push(sid);
      kb.sentences.push({
        id: sid,
        sectionId,
        paragraph: s.paragraph,
        page: s.page,
        lines: s.lines,
        text: s.text,
        ...(s.bullet ? { bullet: true as const } : {}),
        ...(s.leadIn ? { leadIn: true as const } : {}),
      });
    });
    const pagesOf = [...new Set(sec.sentences.map((s) => s.page))].sort((a, b) => a - b);
    kb.sections.push({
      id: sectionId,
      title: sec.title,
      pages: pagesOf,
      headingLine: sec.headingLine,
      sentenceIds: ids,
      level: sec.level,
      ...(sec.untitled ? { untitled: true as const } : {}),
    });
  });
  structure.figures.forEach((f, i) => {
    const number = Number(/(\d+)$/.exec(f.label)?.[1] ?? i + 1);
    const section = kb.sections[f.sectionIndex];
    kb.figures.push({
      id: `figure-${number}`,
      number,
      caption: f.caption,
      source: f.source,
      sectionId: section ? section.id : null,
      page: f.page,
      lines: f.lines,
      note: 'The figure is an image in the PDF; its data is not in the extracted text.',
      ...(f.subtitle ? { subtitle: f.subtitle } : {}),
    });
  });
  Object.assign(kb, extractRecords(kb));
  kb.searchIndex = buildSearchIndex(kb);
  const maps = inputs.relations(
    kb.sentences.flatMap((s) => s.text.toLowerCase().match(/[a-z]+/g) ?? []),
    findAppositions(kb.sentences.map((s) => s.text)),
  );
  kb.synonyms = packMap(maps.synonyms);
  return { ok: true, kb, relations: packRelations(maps.relations) };
}
