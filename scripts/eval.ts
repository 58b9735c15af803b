/**
 * npm run eval — search and facts quality on both halves of tests/eval/queries.*.json and
 * tests/eval/facts.*.json: hit@1, hit@3 and MRR per kind. The dev half is the one to tune on;
 * the test half was written before any tuning and is never edited. `npm run eval -- --misses` lists the dev queries not answered first;
 * `--dev` runs the dev halves only.
 */
import { readFileSync } from 'node:fs';
import { openRelations, relationsPath } from '../src/kb/relations.js';
import type { KnowledgeBase } from '../src/kb/schema.js';
import { evaluate, evaluateFacts, type LabeledQuery } from '../src/query/evaluate.js';

// A closed pipe (npm run eval | head) ends the script quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const kbPath = process.env.USJAPAN_KB ?? 'data/kb.json';
const kb = JSON.parse(readFileSync(kbPath, 'utf8')) as KnowledgeBase;
const relations = openRelations(relationsPath(kbPath), kb);
const showMisses = process.argv.includes('--misses');
// `--dev`: the dev halves only, for tuning without seeing the test half's figures.
const halves = process.argv.includes('--dev') ? ['dev'] : ['dev', 'test'];
const runs = [
  ['search', 'queries', evaluate],
  ['facts', 'facts', evaluateFacts],
] as const;
for (const [what, file, run] of runs) for (const half of halves) {
  const path = `tests/eval/${file}.${half}.json`;
  const { queries } = JSON.parse(readFileSync(path, 'utf8')) as { queries: LabeledQuery[] };
  const { scores, misses } = run(kb, queries, relations);
  console.log(`\n${what}, ${half} half (${path})\nkind          n  hit@1  hit@3    MRR`);
  for (const s of scores) console.log(`${s.kind.padEnd(12)} ${String(s.n).padStart(3)}  ${s.hit1.toFixed(3)}  ${s.hit3.toFixed(3)}  ${s.mrr.toFixed(3)}`);
  // Only the dev half's misses: the test half's queries are not to be looked at while tuning.
  if (showMisses && half === 'dev' && misses.length) console.log(`\nnot first:\n  ${misses.join('\n  ')}`);
}
