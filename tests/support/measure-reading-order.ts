/**
 * npm run measure:reading-order (a test-time script) — IF10199 lines and sentences, each dev
 * brief (sentences whole in the right section, KB sentences matching none, section titles with
 * levels, metadata), and generated briefs over the held-out seeds (or `-- --seeds a-b`,
 * `-- --verbose` for the misses).
 */
import type { ReadingOrderOptions } from '../../src/ingest/layout/reading-order.js';
import { HELD_OUT_SEEDS } from './brief-generator.js';
import { devBriefIds, measureDevBrief, measureGenerated, measureIf10199, measureInputs, minMedian, pct } from './reading-order-eval.js';

// A closed pipe (| head) ends the script quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const verbose = process.argv.includes('--verbose');
// --model=today (DP + refinement, flat row-order cost), plain-dp (the DP alone), gap-rate (the DP
// with row-order changes tied to gaps at a rate estimated per page, no refinement).
const modelName = process.argv.find((a) => a.startsWith('--model='))?.slice(8) ?? 'today';
const MODELS: Record<string, ReadingOrderOptions> = {
  today: { refine: true, phase: 'flat' },
  'plain-dp': { refine: false, phase: 'flat' },
  'gap-rate': { refine: false, phase: 'gap-rate' },
};
const inputs = { ...measureInputs(), readingOrder: MODELS[modelName] };
console.log(`model: ${modelName}`);
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

if (!only || only === 'if10199') {
  const r = measureIf10199(inputs);
  console.log(`IF10199: ${r.lines.right}/${r.lines.total} body lines in the right column${r.lines.wrong.length ? ` (misplaced ${r.lines.wrong.join(', ')})` : ''}`);
  console.log(`IF10199: ${r.sentences.right}/${r.sentences.total} pinned sentences with their ids${r.sentences.wrong.length ? ` (wrong ${r.sentences.wrong.join(', ')})` : ''}`);
}

if (!only || only === 'dev') {
  console.log('\n| brief | sentences right | KB sentences matching none | section titles (levels) | metadata |');
  console.log('| --- | --- | --- | --- | --- |');
  let right = 0;
  let total = 0;
  let stray = 0;
  let kbTotal = 0;
  let secRight = 0;
  let secTotal = 0;
  let metaRight = 0;
  let metaTotal = 0;
  const details: string[] = [];
  for (const id of devBriefIds()) {
    const s = measureDevBrief(id, inputs);
    right += s.sentences.right;
    total += s.sentences.total;
    stray += s.stray.count;
    kbTotal += s.stray.total;
    secRight += s.sections.right;
    secTotal += s.sections.total;
    metaRight += s.metadata.right;
    metaTotal += s.metadata.total;
    console.log(
      `| ${id} | ${s.sentences.right}/${s.sentences.total} (${pct(s.sentences.right, s.sentences.total)}) | ${s.stray.count}/${s.stray.total} (${pct(s.stray.count, s.stray.total)}) | ${s.sections.right}/${s.sections.total}${s.sections.extra ? ` +${s.sections.extra} extra` : ''} | ${s.metadata.right}/${s.metadata.total}${s.metadata.wrong.length ? ` (wrong: ${s.metadata.wrong.join(', ')})` : ''} |`,
    );
    if (verbose) details.push(`--- ${id}`, ...s.sectionDiff, ...s.missed.map((m) => `MISSED ${m}`), ...s.strays.map((m) => `STRAY ${m}`));
  }
  console.log(`| all | ${right}/${total} (${pct(right, total)}) | ${stray}/${kbTotal} (${pct(stray, kbTotal)}) | ${secRight}/${secTotal} | ${metaRight}/${metaTotal} |`);
  if (verbose) console.log(details.join('\n'));
}

if (!only || only === 'generated') {
  const range = process.argv.find((a) => a.startsWith('--seeds='))?.slice(8);
  const seeds = range ? expandSeeds(range) : [...HELD_OUT_SEEDS];
  const shares: number[] = [];
  const lineShares: number[] = [];
  const rows: string[] = [];
  for (const seed of seeds) {
    const s = measureGenerated(seed, inputs);
    shares.push(s.sentences.right / s.sentences.total);
    lineShares.push(s.lines.right / Math.max(1, s.lines.total));
    rows.push(`seed ${seed}: sentences ${s.sentences.right}/${s.sentences.total}, lines ${s.lines.right}/${s.lines.total}, strays ${s.stray.count}, sections ${s.sections.right}/${s.sections.total}, metadata ${s.metadata.right}/5${s.metadata.wrong.length ? ` (${s.metadata.wrong.join(', ')})` : ''}`);
    if (verbose) rows.push(...s.sectionDiff, ...s.missed.map((m) => `  MISSED ${m}`), ...s.strays.map((m) => `  STRAY ${m}`));
  }
  if (verbose || process.argv.includes('--per-seed')) console.log(rows.join('\n'));
  const m = minMedian(shares);
  const l = minMedian(lineShares);
  console.log(`\ngenerated briefs, seeds ${seeds[0]}–${seeds.at(-1)} (${seeds.length}): sentences whole in the right section min ${pct(m.min, 1)}, median ${pct(m.median, 1)}; lines in the right column min ${pct(l.min, 1)}, median ${pct(l.median, 1)}`);
}

function expandSeeds(spec: string): number[] {
  const [a, b] = spec.split('-').map(Number);
  return Array.from({ length: (b ?? a!) - a! + 1 }, (_, i) => a! + i);
}
