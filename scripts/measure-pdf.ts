// Reads each brief PDF in tests/fixtures/briefs and prints its lines by kind and the truth
// checks as right/total counts (the same checks the tests assert), with the first failures.
// Usage: npx tsx scripts/measure-pdf.ts [ID ...]

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBriefLines } from '../src/ingest/pdf/brief-lines.js';
import { checkBrief, checkTxtLines, type TruthBrief } from '../tests/unit/pdf/brief-checks.js';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'briefs');
const wanted = process.argv.slice(2);
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => f.slice(0, -4))
  .filter((id) => wanted.length === 0 || wanted.includes(id))
  .sort();

for (const id of ids) {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const res = await readBriefLines(new Uint8Array(readFileSync(join(dir, `${id}.pdf`))));
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
  const truth = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as TruthBrief;
  const checks = { ...checkBrief(res, truth), txtLines: checkTxtLines(res, readFileSync(join(dir, `${id}.txt`), 'utf8')) };
  console.log(`  checks: ${Object.entries(checks).map(([name, c]) => `${name} ${c.right}/${c.total}`).join(', ')}`);
  for (const [name, c] of Object.entries(checks)) {
    for (const f of c.failures.slice(0, 5)) console.log(`    ${name}: ${f}`);
    if (c.failures.length > 5) console.log(`    ${name}: … ${c.failures.length - 5} more`);
  }
}
