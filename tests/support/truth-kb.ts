/**
 * Knowledge bases for the development briefs, built from their truth JSON
 * (tests/fixtures/briefs/<id>.json) rather than from their text: their sections, paragraphs,
 * sentences and figures as the truth gives them, then every extracted record, the search index
 * and (truthKbWithRelations) the relation maps the build makes. For measuring extractors,
 * summaries, timeline and search on briefs other than IF10199 without depending on how well
 * ingest reads their text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractRecords } from '../../src/ingest/extract/records.js';
import { findAppositions } from '../../src/ingest/models/appositions.js';
import { defaultBuildInputs } from '../../src/ingest/models/load-models.js';
import { slugify } from '../../src/ingest/text/section-id.js';
import { packMap } from '../../src/kb/packed-map.js';
import { packRelations, relationsFileText } from '../../src/kb/relations.js';
import type { KnowledgeBase } from '../../src/kb/schema.js';
import { buildSearchIndex } from '../../src/kb/search-index.js';

/** The five development briefs with truth files. */
export const DEV_BRIEFS = ['IF12155', 'IF12421', 'IF12608', 'IF12610', 'IF13200'] as const;

/** The brief ids with a truth file (the same five). */
export const TRUTH_BRIEFS = DEV_BRIEFS;

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
  return kbFromTruth(`tests/fixtures/briefs/${id}.json`);
}

/** The same from a truth file's path, with the search index. */
export function kbFromTruth(path: string): KnowledgeBase {
  const t = JSON.parse(readFileSync(path, 'utf8')) as Truth;
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
  const used = new Set<string>();
  for (const sec of t.sections) {
    const title = sec.title ?? 'Introduction';
    let sectionId = slugify(title);
    for (let n = 2; used.has(sectionId); n++) sectionId = `${slugify(title)}-${n}`;
    used.add(sectionId);
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
  kb.searchIndex = buildSearchIndex(kb);
  return kb;
}

/**
 * A brief's knowledge base with its synonyms and relation file, as the build makes them. Building
 * the relations takes seconds, so the result is kept in `cacheDir`, keyed by the truth file and
 * the sources of the relation builder.
 */
export function truthKbWithRelations(id: string, cacheDir = join('node_modules', '.cache', 'truth-kb')): { kb: KnowledgeBase; relationsText: string; relationsPath: string } {
  const path = join('tests', 'fixtures', 'briefs', `${id}.json`);
  const sources = ['tests/support/truth-kb.ts', 'src/ingest/extract/records.ts', 'src/ingest/models/lesk.ts', 'src/text/morphy.ts', 'src/ingest/extract/acronyms.ts', 'src/ingest/models/relations.ts', 'src/ingest/models/wordnet.ts', 'src/ingest/models/appositions.ts', 'src/kb/relations.ts', 'src/kb/search-index.ts', 'src/text/stem.ts', 'src/text/tokens.ts'];
  const hash = createHash('sha256');
  for (const f of [path, ...sources]) hash.update(readFileSync(f));
  const key = hash.digest('hex').slice(0, 16);
  mkdirSync(cacheDir, { recursive: true });
  const kbPath = join(cacheDir, `${id}-${key}.json`);
  const relationsPath = join(cacheDir, `${id}-${key}.relations.json`);
  if (existsSync(kbPath) && existsSync(relationsPath)) {
    return { kb: JSON.parse(readFileSync(kbPath, 'utf8')) as KnowledgeBase, relationsText: readFileSync(relationsPath, 'utf8'), relationsPath };
  }
  const kb = kbFromTruth(path);
  const maps = defaultBuildInputs().relations(
    kb.sentences.flatMap((s) => s.text.toLowerCase().match(/[a-z]+/g) ?? []),
    findAppositions(kb.sentences.map((s) => s.text)),
  );
  kb.synonyms = packMap(maps.synonyms);
  const relationsText = relationsFileText(kb, packRelations(maps.relations));
  writeFileSync(kbPath, JSON.stringify(kb));
  writeFileSync(relationsPath, relationsText);
  return { kb, relationsText, relationsPath };
}
