import { readFileSync } from 'node:fs';
import { truthKb } from './tests/support/truth-kb.js';
import { extraFacts } from './tests/support/knowledge-score.js';
const dev = JSON.parse(readFileSync('tests/eval/knowledge.dev.json','utf8'));
for (const b of dev.briefs) { const kb = truthKb(b.id); for (const f of extraFacts(kb, b.facts)) console.log(b.id, f.sentenceId.padEnd(40), f.display.padEnd(22), f.unit.padEnd(7), f.measure.padEnd(8), String(f.period).padEnd(8), String(f.asOf).padEnd(10), '|', f.label); }
