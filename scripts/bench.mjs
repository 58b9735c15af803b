// npm run bench — start-up cost of the installed command against Node's own floor.
// Runs `node -e 0` and the CLI alternately (warm-up first), then prints per command the median
// times, the median of the pairwise ratios CLI / floor, and the CLI's peak RSS.
// BENCH_BASE=<path to another bin/usjapan.js> also runs that build in the same rotation and
// prints its ratio, to compare two builds under the same load.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const BIN = fileURLToPath(new URL('../bin/usjapan.js', import.meta.url));
const COMMANDS = [
  ['search', 'troops'],
  ['section', 'trade'],
  ['facts'],
  ['search', 'who leads the ldp', '--json'],
];
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const BASE = process.env.BENCH_BASE;

function timed(args) {
  const t0 = process.hrtime.bigint();
  // stdout is a pipe, as when a script reads the output.
  const r = spawnSync(process.execPath, args, { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 24 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return ms;
}

function peakRssKiB(args) {
  if (!TIME) return null;
  const r = spawnSync(TIME, ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'] });
  return Number(r.stderr.trim().split('\n').at(-1));
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

console.log(`node ${process.version}, ${RUNS} runs each, alternating with \`node -e 0\`\n`);
console.log(`command                               floor ms   cli ms   ratio  peak RSS${BASE ? '   base ratio' : ''}`);
let worst = 0;
for (const cmd of COMMANDS) {
  const args = [BIN, ...cmd];
  for (let i = 0; i < 3; i++) timed(['-e', '0']), timed(args); // warm-up: file cache, compile cache
  const floor = [];
  const cli = [];
  const ratios = [];
  const baseRatios = [];
  for (let i = 0; i < RUNS; i++) {
    const f = timed(['-e', '0']);
    const c = timed(args);
    floor.push(f);
    cli.push(c);
    ratios.push(c / f);
    if (BASE) baseRatios.push(timed([BASE, ...cmd]) / f);
  }
  const rss = peakRssKiB(args);
  const ratio = median(ratios);
  worst = Math.max(worst, ratio);
  const name = `usjapan ${cmd.map((a) => (a.includes(' ') ? JSON.stringify(a) : a)).join(' ')}`;
  console.log(
    `${name.padEnd(37)} ${median(floor).toFixed(1).padStart(8)} ${median(cli).toFixed(1).padStart(8)} ${ratio.toFixed(3).padStart(7)}  ${rss === null ? 'n/a' : `${(rss / 1024).toFixed(1)} MiB`}${BASE ? `  ${median(baseRatios).toFixed(3).padStart(10)}` : ''}`,
  );
}
console.log(`\nworst median ratio: ${worst.toFixed(3)}`);
