// npm run time:ingest [-- --bin <usjapan> --runs N <brief.pdf> ...] — wall time of
// `usjapan ingest <pdf> -o <tmp>` per brief: one warm-up, then N runs (default 5) alternating
// with `node -e 0` (Node's own start-up, the floor); prints the median time, the median ratio to
// the floor, and the load average, against the target of 3 s for a 3-page brief. Both commands
// run in a clean environment: NODE_EXTRA_CA_CERTS and NODE_OPTIONS removed, an empty
// XDG_DATA_HOME. Default: bin/usjapan.js (run npm run build first) on the fixture briefs.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const [value] = args.splice(i, 2).slice(1);
  return value;
};
const bin = flag('--bin', fileURLToPath(new URL('../bin/usjapan.js', import.meta.url)));
const runs = Number(flag('--runs', '5'));
const fixtures = fileURLToPath(new URL('../tests/fixtures/briefs/', import.meta.url));
const pdfs = args.length ? args : readdirSync(fixtures).filter((f) => f.endsWith('.pdf')).sort().map((f) => join(fixtures, f));
const TARGET_MS = 3000;

const home = mkdtempSync(join(tmpdir(), 'usjapan-time-'));
const env = { ...process.env, XDG_DATA_HOME: home };
for (const k of ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'USJAPAN_KB']) delete env[k];
// A bin that is a JavaScript file runs under this Node; an installed `usjapan` runs as itself.
const command = (extra) => (bin.endsWith('.js') ? [process.execPath, [bin, ...extra]] : [bin, extra]);

function time(file, argv) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(file, argv, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0) throw new Error(`${file} ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

console.log(`node ${process.version}; ${bin}; ${runs} runs after a warm-up; load average before: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
let worst = 0;
try {
  for (const pdf of pdfs) {
    const out = join(home, 'kb.json');
    const [file, argv] = command(['ingest', pdf, '-o', out]);
    time(file, argv);
    const cli = [];
    const ratios = [];
    for (let i = 0; i < runs; i++) {
      const floor = time(process.execPath, ['-e', '0']);
      const t = time(file, argv);
      cli.push(t);
      ratios.push(t / floor);
    }
    const m = median(cli);
    worst = Math.max(worst, m);
    console.log(`${pdf.split('/').pop().padEnd(14)} median ${m.toFixed(0).padStart(5)} ms  (min ${Math.min(...cli).toFixed(0)}, max ${Math.max(...cli).toFixed(0)})  ${median(ratios).toFixed(1)}× node -e 0`);
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
console.log(`load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}; slowest median ${worst.toFixed(0)} ms, target ${TARGET_MS} ms: ${worst <= TARGET_MS ? 'met' : 'NOT met'}`);
