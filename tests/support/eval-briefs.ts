/**
 * npm run eval:briefs — search quality on the five other real briefs (tests/eval/briefs.dev.json,
 * a dev set: tune on it with IF10199's dev half): hit@1, hit@3 and MRR per kind over all of them
 * and hit@1 per brief. Knowledge bases come from the briefs' truth JSON (tests/support/truth-kb.ts),
 * with the relations the build makes (cached under node_modules/.cache). `--misses` lists the
 * queries not answered first.
 */
import { readFileSync } from 'node:fs';
import { relationsFromText } from '../../src/kb/relations.js';
import { evaluate, type LabeledQuery } from '../../src/query/evaluate.js';
import { TRUTH_BRIEFS, truthKbWithRelations } from './truth-kb.js';

type BriefQuery = LabeledQuery & { brief: string };

/** Scores on the other briefs' dev set: per kind over all briefs, and hit@1 per brief. */
export function evaluateBriefs(): { rows: { kind: string; n: number; hit1: number; hit3: number; mrr: number }[]; perBrief: Record<string, number>; misses: string[] } {
  const { queries } = JSON.parse(readFileSync('tests/eval/briefs.dev.json', 'utf8')) as { queries: BriefQuery[] };
  const all: { kind: string; rr: number }[] = [];
  const perBrief: Record<string, number> = {};
  const misses: string[] = [];
  for (const id of TRUTH_BRIEFS) {
    const { kb, relationsText } = truthKbWithRelations(id);
    const relations = relationsFromText(relationsText, kb) ?? (() => []);
    const qs = queries.filter((q) => q.brief === id);
    const { misses: m } = evaluate(kb, qs, relations);
    misses.push(...m.map((x) => `${id} ${x}`));
    const missed = new Map(m.map((x) => [x.slice(x.indexOf('"') + 1, x.indexOf('":')), x]));
    let first = 0;
    for (const q of qs) {
      const line = missed.get(q.query);
      const at = line ? /answer at (\d+|none)/.exec(line)![1]! : '1';
      const rr = at === 'none' ? 0 : 1 / Number(at);
      if (rr === 1) first++;
      all.push({ kind: q.kind, rr });
    }
    perBrief[id] = first / qs.length;
  }
  const kinds = [...new Set(all.map((r) => r.kind)), 'all'];
  const rows = kinds.map((kind) => {
    const rs = all.filter((r) => kind === 'all' || r.kind === kind);
    return { kind, n: rs.length, hit1: rs.filter((r) => r.rr === 1).length / rs.length, hit3: rs.filter((r) => r.rr >= 1 / 3).length / rs.length, mrr: rs.reduce((a, r) => a + r.rr, 0) / rs.length };
  });
  return { rows, perBrief, misses };
}

if (process.argv[1]?.endsWith('eval-briefs.ts')) {
  const { rows, perBrief, misses } = evaluateBriefs();
  console.log('search, other briefs dev set (tests/eval/briefs.dev.json)\nkind          n  hit@1  hit@3    MRR');
  for (const s of rows) console.log(`${s.kind.padEnd(12)} ${String(s.n).padStart(3)}  ${s.hit1.toFixed(3)}  ${s.hit3.toFixed(3)}  ${s.mrr.toFixed(3)}`);
  console.log(`hit@1 per brief: ${Object.entries(perBrief).map(([id, v]) => `${id} ${v.toFixed(3)}`).join(', ')}`);
  if (process.argv.includes('--misses')) console.log(`\nnot first:\n  ${misses.join('\n  ')}`);
}
