/**
 * npm run measure:reading-order (a test-time script) — IF10199 lines and sentences, each dev
 * brief (sentences whole in the right section, KB sentences matching none, section titles with
 * levels, metadata), and generated briefs over the held-out seeds (or `-- --seeds a-b`,
 * `-- --verbose` for the misses).
 */
import { measureDevBrief, devBriefIds, measureIf10199, pct } from './reading-order-eval.js';

// A closed pipe (| head) ends the script quietly.
process.stdout.on('error', (e: NodeJS.ErrnoException) => process.exit(e.code === 'EPIPE' ? 0 : 1));

const verbose = process.argv.includes('--verbose');
const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7);

if (!only || only === 'if10199') {
  const r = measureIf10199();
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
    const s = measureDevBrief(id);
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
