// npm run measure:ingest [-- --failures] [ID ...] — builds a knowledge base from each brief PDF
// in tests/fixtures/briefs (as `usjapan ingest` does, pdf.js in its worker) and prints, per
// brief, each check against the truth JSON as right/total (the checks the tests assert), the
// totals, and the first failures with --failures.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ingestBrief } from '../src/ingest/ingest.js';
import { loadIngestModels } from '../src/ingest/models/ingest-models.js';
import { checkKb, KB_CHECKS, type TruthKb } from '../src/ingest/pdf/kb-checks.js';

const dir = join(import.meta.dirname, '..', 'tests', 'fixtures', 'briefs');
const args = process.argv.slice(2);
const showFailures = args.includes('--failures');
const wanted = args.filter((a) => !a.startsWith('--'));
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf') && existsSync(join(dir, `${f.slice(0, -4)}.json`)))
  .map((f) => f.slice(0, -4))
  .filter((id) => wanted.length === 0 || wanted.includes(id))
  .sort();
const models = loadIngestModels(join(import.meta.dirname, '..', 'data', 'models'));
const totals = new Map<string, [number, number]>();

console.log(`brief    ${KB_CHECKS.map((c) => c.padStart(10)).join(' ')}`);
for (const id of ids) {
  const res = await ingestBrief(new Uint8Array(readFileSync(join(dir, `${id}.pdf`))), models);
  if (!res.ok) {
    console.log(`${id}  FAILED: ${res.reason}`);
    continue;
  }
  const checks = checkKb(res.kb, JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as TruthKb);
  const cells = KB_CHECKS.map((c) => {
    const { right, total, failures } = checks[c];
    const t = totals.get(c) ?? [0, 0];
    totals.set(c, [t[0] + right, t[1] + total]);
    return `${right}/${total}${failures.length > 0 ? '*' : ' '}`.padStart(10);
  });
  console.log(`${id}  ${cells.join(' ')}`);
  if (showFailures) for (const c of KB_CHECKS) for (const f of checks[c].failures.slice(0, 6)) console.log(`    ${c}: ${f}`);
}
console.log(`total    ${KB_CHECKS.map((c) => { const [r, t] = totals.get(c) ?? [0, 0]; return `${r}/${t}`.padStart(10); }).join(' ')}`);
console.log('(* = some failure, including extra items beyond the truth)');
