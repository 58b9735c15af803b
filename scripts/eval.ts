/** npm run eval — search quality on tests/eval/queries.json: hit@1, hit@3 and MRR per kind. */
import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../src/kb/schema.js';
import { evaluate, type LabeledQuery } from '../src/query/evaluate.js';

// A closed pipe (npm run eval | head) ends the script quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as KnowledgeBase;
const { queries } = JSON.parse(readFileSync('tests/eval/queries.json', 'utf8')) as { queries: LabeledQuery[] };
const { scores, misses } = evaluate(kb, queries);
console.log('kind          n  hit@1  hit@3    MRR');
for (const s of scores) console.log(`${s.kind.padEnd(12)} ${String(s.n).padStart(2)}  ${s.hit1.toFixed(3)}  ${s.hit3.toFixed(3)}  ${s.mrr.toFixed(3)}`);
if (misses.length) console.log(`\nnot first:\n  ${misses.join('\n  ')}`);
