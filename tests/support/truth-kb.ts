/**
 * Small knowledge bases made from the truth JSON of the other real briefs
 * (tests/fixtures/briefs/<ID>.json): their sections and sentences as the truth gives them, with
 * facts, the search index and the relation maps the build makes. For evaluating search on briefs
 * other than IF10199 without depending on how well ingest reads their text.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractAcronyms } from '../../src/ingest/extract/acronyms.js';
import { extractFacts } from '../../src/ingest/extract/facts.js';
import { findAppositions } from '../../src/ingest/models/appositions.js';
import { defaultBuildInputs } from '../../src/ingest/models/load-models.js';
import { slugify } from '../../src/ingest/text/section-id.js';
import { packMap } from '../../src/kb/packed-map.js';
import { packRelations, relationsFileText } from '../../src/kb/relations.js';
import type { KnowledgeBase } from '../../src/kb/schema.js';
import { buildSearchIndex } from '../../src/kb/search-index.js';

interface Truth {
  id: string;
  title: string;
  version: number;
  updated: string;
  authors: { name: string; role: string }[];
  sections: { title: string | null; sentences: string[] }[];
}

/** The brief ids with a truth file. */
export const TRUTH_BRIEFS = ['IF12155', 'IF12421', 'IF12608', 'IF12610', 'IF13200'] as const;

/** A knowledge base (without its relation maps) from a brief's truth JSON. */
export function kbFromTruth(path: string): KnowledgeBase {
  const truth = JSON.parse(readFileSync(path, 'utf8')) as Truth;
  const kb: KnowledgeBase = {
    schemaVersion: 2,
    document: {
      reportId: truth.id,
      title: truth.title,
      version: truth.version,
      updated: truth.updated,
      publisher: 'Congressional Research Service',
      url: '',
      authors: truth.authors.map((a) => ({ name: a.name, role: a.role })),
      disclaimer: '',
      pages: 3,
    },
    sections: [],
    sentences: [],
    facts: [],
    events: [],
    acronyms: [],
    figures: [],
    synonyms: '',
    readingOrder: [],
  };
  const used = new Set<string>();
  truth.sections.forEach((sec) => {
    const title = sec.title ?? 'Introduction';
    let id = slugify(title);
    for (let n = 2; used.has(id); n++) id = `${slugify(title)}-${n}`;
    used.add(id);
    const ids = sec.sentences.map((text, i) => {
      const sid = `${id}-${i + 1}`;
      kb.sentences.push({ id: sid, sectionId: id, paragraph: 0, page: 1, lines: [], text });
      extractFacts(text).forEach((f, k) => kb.facts.push({ id: `${sid}-f${k + 1}`, ...f, sentenceId: sid }));
      for (const a of extractAcronyms(text)) if (!kb.acronyms.some((x) => x.short === a.short)) kb.acronyms.push({ ...a, sentenceId: sid });
      return sid;
    });
    kb.sections.push({ id, title, pages: [1], headingLine: 0, sentenceIds: ids });
  });
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
  const sources = ['tests/support/truth-kb.ts', 'src/ingest/models/lesk.ts', 'src/text/morphy.ts', 'src/ingest/extract/acronyms.ts', 'src/ingest/models/relations.ts', 'src/ingest/models/wordnet.ts', 'src/ingest/models/appositions.ts', 'src/kb/relations.ts', 'src/kb/search-index.ts', 'src/text/stem.ts', 'src/text/tokens.ts'];
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
