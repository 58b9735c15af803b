// npm run bench — start-up cost of the installed command as users meet it, against Node's own
// floor (`node -e 0`). Both run in a clean environment: NODE_EXTRA_CA_CERTS (which these
// machines export and which triples Node's start-up) and NODE_OPTIONS are removed, and a child
// is checked not to see them. stdout is a pipe, as when a script reads the output. For each
// command: many interleaved pairs (floor, CLI) after a warm-up, the median of the pairwise
// ratios CLI / floor, the medians of both times, and the CLI's peak RSS.
// BENCH_BASE=<path to another bin/usjapan.js> also runs that build in the same rotation and
// prints its ratio, to compare two builds under the same load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const BIN = fileURLToPath(new URL('../bin/usjapan.js', import.meta.url));
const KB = fileURLToPath(new URL('../data/kb.json', import.meta.url));
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const REMOVED = ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS'];
const BASE = process.env.BENCH_BASE;

// A user's default knowledge base must not be picked up: a fresh, empty data home.
const home = mkdtempSync(join(tmpdir(), 'usjapan-bench-'));
// Removed however the bench ends (a command that fails stops it with an error).
process.on('exit', () => rmSync(home, { recursive: true, force: true }));
const otherKb = join(home, 'kb-copy.json');
copyFileSync(KB, otherKb);
const env = { ...process.env, XDG_DATA_HOME: home };
const removed = REMOVED.filter((k) => env[k] !== undefined);
for (const k of REMOVED) delete env[k];
delete env.USJAPAN_KB;
delete env.COLUMNS;

const COMMANDS = [
  { args: ['search', 'troops'], target: 1.2 },
  { args: ['search', 'troops', '--json'] },
  { args: ['search', 'who leads the ldp', '--json'] },
  { args: ['search', 'how many troops are in japan'] },
  { args: ['search', 'lawmakers'], label: 'usjapan search lawmakers (relation file)' },
  { args: ['ask', 'how many troops are in japan'], target: 1.2 },
  { args: ['section', 'trade'] },
  { args: ['sections', '--format', 'table'] },
  { args: ['section', 'korea'], label: 'usjapan section korea (by text)' },
  { args: ['sections'] },
  { args: ['facts'] },
  { args: ['facts', '--format', 'table'] },
  { args: ['facts', 'percent'] },
  { args: ['timeline'] },
  { args: ['define', 'ldp'] },
  { args: ['info'] },
  { args: ['search', 'troops'], env: { USJAPAN_KB: otherKb }, label: 'USJAPAN_KB=<copy> usjapan search troops' },
];

function spawn(args, extraEnv = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, args, { env: { ...env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 1 << 24 });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, status: r.status, stderr: r.stderr.toString() };
}

function peakRssKiB(args, extraEnv) {
  if (!TIME) return null;
  const r = spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', env: { ...env, ...extraEnv }, stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(r.stderr.trim().split('\n').at(-1));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

// The clean environment really is clean: a child sees neither variable.
const seen = spawnSync(process.execPath, ['-e', `process.stdout.write(JSON.stringify(${JSON.stringify(REMOVED)}.filter((k) => process.env[k] !== undefined)))`], { env, encoding: 'utf8' });
if (seen.stdout !== '[]') {
  console.error(`bench: a child still sees ${seen.stdout}; stopping`);
  process.exit(2);
}

const floorNow = median(Array.from({ length: 15 }, () => spawn(['-e', '0']).ms));
console.log(`node ${process.version}; removed from both commands' environment: ${removed.length ? removed.join(', ') : '(nothing was set)'}; XDG_DATA_HOME empty`);
console.log(`floor (node -e 0): ${floorNow.toFixed(1)} ms; ${RUNS} interleaved pairs per command; stdout a pipe\n`);
console.log(`${'command'.padEnd(46)} ${'floor ms'.padStart(8)} ${'cli ms'.padStart(8)} ${'ratio'.padStart(7)}  peak RSS${BASE ? '   base ratio' : ''}`);

const rows = [];
for (const cmd of COMMANDS) {
  const args = [BIN, ...cmd.args];
  const name = cmd.label ?? `usjapan ${cmd.args.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ')}`;
  const probe = spawn(args, cmd.env);
  if (probe.status === 2 && /unknown (command|option)/.test(probe.stderr)) {
    console.log(`${name.padEnd(46)} ${'n/a (not in this build)'.padStart(26)}`);
    continue;
  }
  if (probe.status !== 0 && probe.status !== 1) throw new Error(`${name} exited ${probe.status}: ${probe.stderr}`);
  for (let i = 0; i < 3; i++) spawn(['-e', '0']), spawn(args, cmd.env); // warm-up: file cache
  const floor = [];
  const cli = [];
  const ratios = [];
  const baseRatios = [];
  for (let i = 0; i < RUNS; i++) {
    const f = spawn(['-e', '0']).ms;
    const c = spawn(args, cmd.env).ms;
    floor.push(f);
    cli.push(c);
    ratios.push(c / f);
    if (BASE) baseRatios.push(spawn([BASE, ...cmd.args], cmd.env).ms / f);
  }
  const rss = peakRssKiB(args, cmd.env);
  const ratio = median(ratios);
  rows.push({ name, ratio, rss, target: cmd.target ?? 1.3 });
  console.log(
    `${name.padEnd(46)} ${median(floor).toFixed(1).padStart(8)} ${median(cli).toFixed(1).padStart(8)} ${ratio.toFixed(3).padStart(7)}  ${rss === null ? 'n/a' : `${(rss / 1024).toFixed(1)} MiB`}${BASE ? `   ${median(baseRatios).toFixed(3)}` : ''}`,
  );
}
rmSync(home, { recursive: true, force: true });

const over = rows.filter((r) => r.ratio > r.target);
const peak = Math.max(...rows.map((r) => r.rss ?? 0)) / 1024;
console.log(`\nworst ratio ${Math.max(...rows.map((r) => r.ratio)).toFixed(3)}; peak RSS ${peak.toFixed(1)} MiB`);
console.log(over.length ? `over target: ${over.map((r) => `${r.name} ${r.ratio.toFixed(3)} > ${r.target}`).join('; ')}` : 'every command within its target (search and ask ≤ 1.20, others ≤ 1.30)');
