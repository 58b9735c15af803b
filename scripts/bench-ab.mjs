// node scripts/bench-ab.mjs <bin A> [bin B] — start-up of two builds of usjapan compared pair by
// pair, for when the machine is too busy for npm run bench's ratios to the floor to mean much:
// each run of A is followed by a run of B, in the clean environment of npm run bench
// (NODE_EXTRA_CA_CERTS and NODE_OPTIONS removed, an empty XDG_DATA_HOME), and the median of the
// pairwise ratios B / A is printed per command. B defaults to this checkout's bin/usjapan.js.
// Usage: BENCH_RUNS=30 node scripts/bench-ab.mjs /tmp/main/bin/usjapan.js
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [a, b = fileURLToPath(new URL('../bin/usjapan.js', import.meta.url))] = process.argv.slice(2);
if (!a) {
  console.error('usage: node scripts/bench-ab.mjs <bin A> [bin B]');
  process.exit(2);
}
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const home = mkdtempSync(join(tmpdir(), 'usjapan-ab-'));
const kbCopy = join(home, 'kb-copy.json');
copyFileSync(fileURLToPath(new URL('../data/kb.json', import.meta.url)), kbCopy);
const env = { ...process.env, XDG_DATA_HOME: home, NO_COLOR: '1' };
// A data home where `usjapan use` made a copy of the bundled brief the default (a build that
// has no such default answers from the bundled file instead).
const withDefault = join(home, 'with-default');
mkdirSync(join(withDefault, 'usjapan'), { recursive: true });
copyFileSync(kbCopy, join(withDefault, 'usjapan', 'IF10199-v19.json'));
const { document: d } = JSON.parse(readFileSync(kbCopy, 'utf8'));
const sha256 = createHash('sha256').update(readFileSync(kbCopy)).digest('hex');
writeFileSync(join(withDefault, 'usjapan', 'default.json'), JSON.stringify({ file: 'IF10199-v19.json', sha256, reportId: d.reportId, title: d.title, version: d.version, updated: d.updated }));
for (const k of ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'USJAPAN_KB', 'COLUMNS']) delete env[k];
const COMMANDS = [
  { args: ['search', 'troops'] },
  { args: ['search', 'who leads the ldp', '--json'] },
  { args: ['section', 'trade'] },
  { args: ['facts'] },
  { args: ['info'] },
  { args: ['search', 'troops'], env: { USJAPAN_KB: kbCopy }, label: 'USJAPAN_KB=<copy> usjapan search troops' },
  { args: ['--kb', kbCopy, 'search', 'troops'], label: 'usjapan --kb <copy> search troops' },
  { args: ['search', 'troops'], env: { XDG_DATA_HOME: withDefault }, label: '(a stored default) usjapan search troops' },
];
const time = (bin, cmd) => {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...cmd.args], { env: { ...env, ...cmd.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  if (r.status !== 0) throw new Error(`${bin} ${cmd.args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
};
const median = (xs) => {
  const s = [...xs].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
console.log(`A ${a}\nB ${b}\n${RUNS} pairs per command after a warm-up\n`);
console.log(`${'command'.padEnd(42)} ${'A ms'.padStart(7)} ${'B ms'.padStart(7)} ${'B/A'.padStart(6)}`);
try {
  for (const cmd of COMMANDS) {
    for (let i = 0; i < 3; i++) time(a, cmd), time(b, cmd);
    const ta = [];
    const tb = [];
    const ratios = [];
    for (let i = 0; i < RUNS; i++) {
      const x = time(a, cmd);
      const y = time(b, cmd);
      ta.push(x);
      tb.push(y);
      ratios.push(y / x);
    }
    const name = cmd.label ?? `usjapan ${cmd.args.map((s) => (s.includes(' ') ? JSON.stringify(s) : s)).join(' ')}`;
    console.log(`${name.padEnd(42)} ${median(ta).toFixed(1).padStart(7)} ${median(tb).toFixed(1).padStart(7)} ${median(ratios).toFixed(3).padStart(6)}`);
  }
} finally {
  rmSync(home, { recursive: true, force: true });
}
