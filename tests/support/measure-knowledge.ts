/**
 * npm run eval:knowledge — scores the extracted facts, not-facts, timeline and glossary against
 * both halves: the development briefs (tests/eval/knowledge.dev.json, knowledge bases built from
 * their truth files by truth-kb.ts; the half the rules are tuned on) and IF10199
 * (tests/eval/knowledge.test.json against data/kb.json; frozen, held out).
 * `-- --misses` lists every row that is not fully right.
 */
import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../../src/kb/schema.js';
import { extraFacts, scoreAll, tally, type Expectations, type Row } from './knowledge-score.js';
import { truthKb } from './truth-kb.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const showMisses = process.argv.includes('--misses');
const pct = (a: number, n: number) => (n ? (a / n).toFixed(3) : '  -  ');

function report(title: string, parts: { name: string; kb: KnowledgeBase; x: Expectations }[]): void {
  const rows: Row[] = [];
  let extra = 0;
  let factCount = 0;
  for (const p of parts) {
    const r = scoreAll(p.kb, p.x);
    rows.push(...r);
    extra += extraFacts(p.kb, p.x.facts).length;
    factCount += p.kb.facts.length;
    if (showMisses) for (const m of r.filter((x) => !x.found || x.wrong.length)) console.log(`  ${p.name} ${m.kind} ${m.key}: ${m.wrong.join('; ')}`);
  }
  console.log(`\n${title}\nkind        n  found  right   found%  right%`);
  for (const t of tally(rows)) console.log(`${t.kind.padEnd(9)} ${String(t.n).padStart(4)}  ${String(t.found).padStart(5)}  ${String(t.right).padStart(5)}   ${pct(t.found, t.n)}   ${pct(t.right, t.n)}`);
  console.log(`facts in the knowledge bases: ${factCount}; not named by an expectation: ${extra}`);
}

const dev = JSON.parse(readFileSync('tests/eval/knowledge.dev.json', 'utf8')) as { briefs: (Expectations & { id: string })[] };
report(
  'dev half (tests/eval/knowledge.dev.json, five development briefs)',
  dev.briefs.map((b) => ({ name: b.id, kb: truthKb(b.id), x: b })),
);
const test = JSON.parse(readFileSync('tests/eval/knowledge.test.json', 'utf8')) as Expectations;
const kb = JSON.parse(readFileSync(process.env.USJAPAN_KB ?? 'data/kb.json', 'utf8')) as KnowledgeBase;
report('test half (tests/eval/knowledge.test.json, IF10199, held out)', [{ name: 'IF10199', kb, x: test }]);
