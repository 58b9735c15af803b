/**
 * npm run eval:ask — ask quality on both halves of tests/eval/ask.*.json: answered correctly
 * (right span and right evidence sentence), refused correctly, per kind, and the calibration
 * table. `-- --baseline` scores the first release's behaviour instead: search's top sentence
 * as the "answer" (refusing only when search finds nothing).
 */
import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from '../src/kb/schema.js';
import { scoreAnswers, type GivenAnswer, type LabeledQuestion } from '../src/query/evaluate-ask.js';
import { openRelations, relationsPath } from '../src/kb/relations.js';
import { search } from '../src/query/search/rank.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const kbPath = process.env.USJAPAN_KB ?? 'data/kb.json';
const kb = JSON.parse(readFileSync(kbPath, 'utf8')) as KnowledgeBase;
// The relations the CLI reads beside the knowledge base, so the evaluation sees what users get.
const relations = openRelations(relationsPath(kbPath), kb);

async function answerer(): Promise<(q: string) => GivenAnswer> {
  if (!process.argv.includes('--baseline')) {
    // The ask module, once it exists: src/query/ask/ask.ts exports askForEval(kb, question).
    const mod = (await import('../src/query/ask/ask.js' as string)) as { askForEval: (kb: KnowledgeBase, q: string, o: { relations: typeof relations }) => GivenAnswer };
    return (q) => mod.askForEval(kb, q, { relations });
  }
  return (q) => {
    const top = search(kb, q, { limit: 1 })[0];
    return top ? { answer: top.sentence.text, confidence: top.score, evidence: [top.sentence.id] } : { answer: null, confidence: 0, evidence: [] };
  };
}

const answer = await answerer();
// The dev half is the tuning set: issue 13's examples (ask.dev.json) and more written later from the brief alone (ask.dev-extra.json).
const HALVES: Record<string, string[]> = { dev: ['tests/eval/ask.dev.json', 'tests/eval/ask.dev-extra.json'], test: ['tests/eval/ask.test.json'] };
for (const half of ['dev', 'test']) {
  const questions = HALVES[half]!.flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { questions: LabeledQuestion[] }).questions);
  const { perKind, bins } = scoreAnswers(questions.map((q) => ({ q, given: answer(q.question) })));
  console.log(`\n${half} half (${HALVES[half]!.join(', ')})\nkind            n  right  share  evidence-first`);
  for (const k of perKind) console.log(`${k.kind.padEnd(14)} ${String(k.n).padStart(3)}  ${String(k.right).padStart(5)}  ${k.share.toFixed(3)}  ${k.evidenceRight}`);
  console.log('calibration (answers only)  confidence  n  right  share');
  for (const b of bins) console.log(`                            ${b.from.toFixed(1)}–${b.to.toFixed(1)}  ${String(b.n).padStart(3)}  ${String(b.right).padStart(5)}  ${b.share === null ? '  -  ' : b.share.toFixed(3)}`);
}
