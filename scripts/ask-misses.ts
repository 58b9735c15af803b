/**
 * npm run eval:ask:misses — the dev half's questions `ask` gets wrong, with what it said and
 * why: for tuning. Reads only the dev half (tests/eval/ask.dev.json, ask.dev-extra.json); the test half stays unseen.
 */
import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../src/kb/schema.js';
import { ask } from '../src/query/ask/ask.js';
import { gradeAnswer, type LabeledQuestion } from '../src/query/evaluate-ask.js';
import { openRelations, relationsPath } from '../src/kb/relations.js';

const kbPath = process.env.USJAPAN_KB ?? 'data/kb.json';
const kb = JSON.parse(readFileSync(kbPath, 'utf8')) as KnowledgeBase;
// The relations the CLI reads beside the knowledge base.
const relations = openRelations(relationsPath(kbPath), kb);
const questions = ['tests/eval/ask.dev.json', 'tests/eval/ask.dev-extra.json'].flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { questions: LabeledQuestion[] }).questions);
const all = process.argv.includes('--all');
for (const q of questions) {
  const r = ask(kb, q.question, { relations });
  const a = r.answer;
  const given = a ? { answer: a.answer, confidence: a.confidence, evidence: a.evidence.map((s) => s.id) } : { answer: null, confidence: 0, evidence: [] };
  const ok = gradeAnswer(q, given);
  if (ok && !all) continue;
  const b = r.best;
  console.log(`${ok ? 'ok  ' : 'MISS'} [${q.kind}] ${q.question}\n     want ${JSON.stringify(q.accept ?? q.contains ?? null)} @ ${q.evidence.join(',')}\n     got  ${a ? JSON.stringify(a.answer) : 'null'}${b ? ` (best ${JSON.stringify(b.answer)} ${b.kind} ${b.confidence} @ ${b.evidence.map((s) => s.id).join(',')})` : ''}`);
}
