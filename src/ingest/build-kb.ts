import type { KnowledgeBase } from '../kb/schema.js';
import { packMap } from '../kb/packed-map.js';
import { buildSearchIndex } from '../query/search-index.js';
import { extractAcronyms } from './acronyms.js';
import { readColumns } from './columns.js';
import { extractEvents, extractFacts } from './facts.js';
import { readFrontMatter, withoutMasthead } from './front-matter.js';
import { joinLines } from './join-lines.js';
import { splitPages, toLines, type Page } from './pages.js';
import type { SeamModel } from './seam-model.js';
import { buildStructure, type OrderedLine } from './structure.js';
import { learnWordStats, SENTENCE_STARTERS } from './word-stats.js';

/** What the build needs besides the brief: the general-English models. */
export interface BuildInputs {
  /** Called only once the text is known to be a brief: learning the model takes seconds. */
  readonly seam: () => SeamModel | null;
  readonly synonyms: (vocabulary: Iterable<string>) => Record<string, string[]>;
}

/** A brief that cannot be read as a CRS In Focus brief. */
export class NotABriefError extends Error {}

/** Lowercase, dots dropped, a leading article dropped: "The U.S.-Japan Military Alliance" → "us-japan-military-alliance". */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(?:the|a|an)-/, '');
}

function isDisclaimerPage(page: Page): boolean {
  return page.body[0]?.text.trim() === 'Disclaimer';
}

/** From the brief's text to the knowledge base: pages → columns → lines → sections → sentences → facts. */
export function buildKb(source: string, inputs: BuildInputs): KnowledgeBase {
  const lines = toLines(source);
  const fm = readFrontMatter(lines);
  if (!fm) throw new NotABriefError('no "Updated <date>" masthead followed by a title on the first page');
  if (!fm.reportId || fm.version === null) throw new NotABriefError('no "<report id> · VERSION <n>" footer');
  const pages = splitPages(lines, fm.title).map((p, i) => (i === 0 ? withoutMasthead(p, fm) : p));
  const disclaimerPage = pages.find(isDisclaimerPage);
  const textPages = pages.filter((p) => !isDisclaimerPage(p) && p.body.length > 0);
  if (textPages.length === 0) throw new NotABriefError('no body text');

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
  if (structure.sections.length === 0) throw new NotABriefError('no section headings');

  const kb: KnowledgeBase = {
    schemaVersion: 1,
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
    figures: [],
    synonyms: '',
    readingOrder,
  };
  const seenAcronyms = new Set<string>();
  structure.sections.forEach((sec) => {
    const sectionId = slugify(sec.title);
    const ids: string[] = [];
    sec.sentences.forEach((s, i) => {
      const sid = `${sectionId}-${i + 1}`;
      ids.push(sid);
      kb.sentences.push({ id: sid, sectionId, paragraph: s.paragraph, page: s.page, lines: s.lines, text: s.text });
      extractFacts(s.text).forEach((f, k) => kb.facts.push({ id: `${sid}-f${k + 1}`, ...f, sentenceId: sid }));
      extractEvents(s.text).forEach((e, k) => kb.events.push({ id: `${sid}-e${k + 1}`, ...e, sentenceId: sid }));
      for (const a of extractAcronyms(s.text)) {
        if (seenAcronyms.has(a.short)) continue;
        seenAcronyms.add(a.short);
        kb.acronyms.push({ ...a, sentenceId: sid });
      }
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
  kb.searchIndex = buildSearchIndex(kb);
  kb.synonyms = packMap(inputs.synonyms(kb.sentences.flatMap((s) => s.text.toLowerCase().match(/[a-z]+/g) ?? [])));
  return kb;
}
