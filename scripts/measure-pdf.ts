// Reads each brief PDF in tests/fixtures/briefs and prints its lines by kind and the truth
// checks as right/total counts (the same checks the tests assert), with the first failures.
// With --sweep, it also varies each line-building threshold around its default and prints
// the range over which every check of every brief stays right (how flat the optimum is).
// Usage: npx tsx scripts/measure-pdf.ts [--sweep] [ID ...]

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBriefLines } from '../src/ingest/pdf/brief-lines.js';
import { DEFAULT_LINE_OPTIONS, type LineOptions } from '../src/ingest/pdf/lines.js';
import { checkBrief, checkTxtLines, type TruthBrief } from '../src/ingest/pdf/truth-checks.js';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'briefs');
const args = process.argv.slice(2);
const sweep = args.includes('--sweep');
const wanted = args.filter((a) => !a.startsWith('--'));
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.slice(0, -4))
  .filter((id) => wanted.length === 0 || wanted.includes(id))
  .sort();
const path = (id: string, ext: string): string => join(dir, `${id}.${ext}`);
const load = (id: string, ext: string): string => readFileSync(path(id, ext), 'utf8');

/** All checks of one brief under the given line options (none without a truth JSON; no .txt check without a .txt). */
async function measure(id: string, lines: Partial<LineOptions> = {}) {
  const res = await readBriefLines(new Uint8Array(readFileSync(path(id, 'pdf'))), { lines });
  if (!res.ok || !existsSync(path(id, 'json'))) return { res, checks: null };
  const checks = checkBrief(res, JSON.parse(load(id, 'json')) as TruthBrief);
  return { res, checks: existsSync(path(id, 'txt')) ? { ...checks, txtLines: checkTxtLines(res, load(id, 'txt')) } : checks };
}

for (const id of ids) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { res, checks } = await measure(id);
  const used = process.cpuUsage(cpu);
  const ms = Math.round(performance.now() - started);
  const cpuMs = Math.round((used.user + used.system) / 1000);
  if (!res.ok) {
    console.log(`${id}: not read (${res.reason})`);
    continue;
  }
  const kinds = new Map<string, number>();
  for (const l of [...res.lines, ...res.furniture]) kinds.set(l.kind, (kinds.get(l.kind) ?? 0) + 1);
  console.log(`${id}  ${ms} ms (${cpuMs} ms CPU)  ${res.lines.length} flow lines, ${res.furniture.length} furniture`);
  console.log(`  kinds: ${[...kinds.entries()].map(([k, n]) => `${k} ${n}`).join(', ')}`);
  if (!checks) {
    console.log('  checks: no truth JSON');
    continue;
  }
  console.log(`  checks: ${Object.entries(checks).map(([name, c]) => `${name} ${c.right}/${c.total}`).join(', ')}`);
  for (const [name, c] of Object.entries(checks)) {
    for (const f of c.failures.slice(0, 5)) console.log(`    ${name}: ${f}`);
    if (c.failures.length > 5) console.log(`    ${name}: … ${c.failures.length - 5} more`);
  }
}

if (sweep) {
  console.log('\nsweep (a threshold at a time; ✓ = every check of every brief right):');
  const grid: Record<keyof LineOptions, number[]> = {
    baselineTolerance: [0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5],
    splitGap: [0.6, 0.8, 1.0, 1.1, 1.2, 1.4, 1.5, 1.6, 2.0],
    spaceGap: [0.05, 0.1, 0.15, 0.2, 0.3, 0.5, 0.8],
  };
  for (const [name, values] of Object.entries(grid) as [keyof LineOptions, number[]][]) {
    const marks: string[] = [];
    for (const v of values) {
      let allRight = true;
      for (const id of ids) {
        const { checks } = await measure(id, { [name]: v });
        if (!checks || Object.values(checks).some((c) => c.right !== c.total || c.failures.length > 0)) allRight = false;
      }
      marks.push(`${v}${v === DEFAULT_LINE_OPTIONS[name] ? '*' : ''} ${allRight ? '✓' : '✗'}`);
    }
    console.log(`  ${name}: ${marks.join('  ')}`);
  }
}
