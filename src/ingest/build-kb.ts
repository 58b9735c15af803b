import { packMap } from '../kb/packed-map.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { buildSearchIndex } from '../kb/search-index.js';
import { isDisclaimerPage } from './brief/disclaimer.js';
import { readFrontMatter, withoutMasthead } from './brief/front-matter.js';
import { splitPages, toLines } from './brief/pages.js';
import { extractRecords } from './extract/records.js';
import { readColumns } from './layout/columns.js';
import { learnWordStats, SENTENCE_STARTERS } from './layout/word-stats.js';
import type { SeamModel } from './models/seam-model.js';
import { joinLines } from './text/join-lines.js';
import { slugify } from './text/section-id.js';
import { buildStructure, type OrderedLine } from './text/structure.js';

/** What the build needs besides the brief: the general-English models. */
export interface BuildInputs {
  /** Called only once the text is known to be a brief: learning the model takes seconds. */
  readonly seam: () => SeamModel | null;
  readonly synonyms: (vocabulary: Iterable<string>) => Record<string, string[]>;
}

/** The pipeline's result: a knowledge base, or why the text is not a brief it can read. */
export type BuildResult = { ok: true; kb: KnowledgeBase } | { ok: false; reason: string };

/** From the brief's text to the knowledge base: pages → columns → lines → sections → sentences → facts. */
export function buildKb(source: string, inputs: BuildInputs): BuildResult {
  const lines = toLines(source);
  const fm = readFrontMatter(lines);
  if (!fm) return { ok: false, reason: 'no "Updated <date>" masthead followed by a title on the first page' };
  if (!fm.reportId || fm.version === null) return { ok: false, reason: 'no "<report id> · VERSION <n>" footer' };
  const pages = splitPages(lines, fm.title).map((p, i) => (i === 0 ? withoutMasthead(p, fm) : p));
  const disclaimerPage = pages.find(isDisclaimerPage);
  const textPages = pages.filter((p) => !isDisclaimerPage(p) && p.body.length > 0);
  if (textPages.length === 0) return { ok: false, reason: 'no body text' };

  const columns = readColumns(textPages.map((p) => p.body), inputs.seam());
  const ordered: OrderedLine[] = [];
  const readingOrder: KnowledgeBase['readingOrder'] = [];
  columns.forEach((c, i) => {
    const page = textPages[i]!.number;
    for (const [column, ls] of [['left', c.left], ['right', c.right]] as const) {
      if (ls.length === 0) continue;
      readingOrder.push({ page, column, lines: ls.map((l) => l.no) });
      ordered.push(...ls.map((l) => ({ ...l, page })));
    }
  });
  const stats = learnWordStats(ordered.filter((l) => l.kind === 'body').map((l) => l.text));
  const structure = buildStructure(ordered, {
    vocabulary: stats.vocabulary,
    isCommonWord: (w) => SENTENCE_STARTERS.has(w),
  });
  if (structure.sections.length === 0) return { ok: false, reason: 'no section headings' };

  const kb: KnowledgeBase = {
    schemaVersion: 2,
    document: {
      reportId: fm.reportId,
      title: fm.title,
      version: fm.version,
      updated: fm.updated,
      publisher: 'Congressional Research Service',
      url: fm.url ?? '',
      authors: structure.authors.map((a) => ({ name: a.name, role: a.role })),
      disclaimer: disclaimerPage ? joinLines(disclaimerPage.body.slice(1).map((l) => l.text)) : '',
      pages: pages.length,
    },
    sections: [],
    sentences: [],
    facts: [],
    events: [],
    acronyms: [],
    entities: [],
    figures: [],
    synonyms: '',
    readingOrder,
  };
  structure.sections.forEach((sec) => {
    const sectionId = slugify(sec.title);
    const ids: string[] = [];
    sec.sentences.forEach((s, i) => {
      const sid = `${sectionId}-${i + 1}`;
      ids.push(sid);
      kb.sentences.push({ id: sid, sectionId, paragraph: s.paragraph, page: s.page, lines: s.lines, text: s.text });
    });
    const pagesOf = [...new Set(sec.sentences.map((s) => s.page))].sort((a, b) => a - b);
    kb.sections.push({ id: sectionId, title: sec.title, pages: pagesOf, headingLine: sec.headingLine, sentenceIds: ids });
  });
  structure.figures.forEach((f, i) => {
    const number = Number(/^Figure\s+(\d+)/.exec(f.caption)?.[1] ?? i + 1);
    const section = structure.sections[f.sectionIndex];
    kb.figures.push({
      id: `figure-${number}`,
      number,
      caption: f.caption.replace(/^Figure\s+\d+\.\s*/, ''),
      source: f.source,
      sectionId: section ? slugify(section.title) : null,
      page: f.page,
      lines: f.lines,
      note: 'The figure is an image in the PDF; its data is not in the extracted text.',
    });
  });
  Object.assign(kb, extractRecords(kb));
  kb.searchIndex = buildSearchIndex(kb);
  kb.synonyms = packMap(inputs.synonyms(kb.sentences.flatMap((s) => s.text.toLowerCase().match(/[a-z]+/g) ?? [])));
  return { ok: true, kb };
}
