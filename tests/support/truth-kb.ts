/**
 * Knowledge bases for the development briefs, built from their truth JSON
 * (tests/fixtures/briefs/<id>.json) rather than from their text, so the extractors, summaries
 * and timeline can be measured on other briefs while the text ingest of those briefs is rebuilt.
 */
import { readFileSync } from 'node:fs';
import { extractRecords } from '../../src/ingest/extract/records.js';
import { slugify } from '../../src/ingest/text/section-id.js';
import type { KnowledgeBase } from '../../src/kb/schema.js';

/** The five development briefs with truth files. */
export const DEV_BRIEFS = ['IF12155', 'IF12421', 'IF12608', 'IF12610', 'IF13200'] as const;

interface Truth {
  id: string;
  title: string;
  version: number;
  updated: string;
  authors: { name: string; role: string }[];
  sections: { title: string | null; level: 1 | 2; paragraphs: { sentences: string[]; leadIn?: string; bullet?: boolean }[] }[];
  figures: { label: string; caption: string; source: string | null; section: string | null }[];
}

/** A development brief's knowledge base: its metadata, sections, sentences and figures from the truth file, then every extracted record. */
export function truthKb(id: string): KnowledgeBase {
  const t = JSON.parse(readFileSync(`tests/fixtures/briefs/${id}.json`, 'utf8')) as Truth;
  const kb: KnowledgeBase = {
    schemaVersion: 2,
    document: {
      reportId: t.id,
      title: t.title,
      version: t.version,
      updated: t.updated,
      publisher: 'Congressional Research Service',
      url: 'https://crsreports.congress.gov',
      authors: t.authors,
      disclaimer: '',
      pages: 3,
    },
    sections: [],
    sentences: [],
    facts: [],
    events: [],
    acronyms: [],
    entities: [],
    figures: [],
    synonyms: '',
    readingOrder: [],
  };
  let paragraph = 0;
  for (const sec of t.sections) {
    const title = sec.title ?? 'Introduction';
    const sectionId = slugify(title);
    const ids: string[] = [];
    for (const p of sec.paragraphs) {
      paragraph++;
      const texts = [...(p.leadIn ? [p.leadIn] : []), ...p.sentences];
      texts.forEach((text, k) => {
        const sid = `${sectionId}-${ids.length + 1}`;
        ids.push(sid);
        kb.sentences.push({ id: sid, sectionId, paragraph, page: 1, lines: [], text, ...(p.bullet ? { bullet: true as const } : {}), ...(p.leadIn && k === 0 ? { leadIn: true as const } : {}) });
      });
    }
    kb.sections.push({ id: sectionId, title, pages: [1], headingLine: 0, sentenceIds: ids, level: sec.level, ...(sec.title === null ? { untitled: true as const } : {}) });
  }
  t.figures.forEach((f, i) => {
    const number = Number(/(\d+)/.exec(f.label)?.[1] ?? i + 1);
    kb.figures.push({
      id: `figure-${number}`,
      number,
      caption: f.caption,
      source: f.source,
      sectionId: f.section ? slugify(f.section) : null,
      page: 1,
      lines: [],
      note: 'The figure is an image in the PDF; its data is not in the extracted text.',
    });
  });
  Object.assign(kb, extractRecords(kb));
  return kb;
}
