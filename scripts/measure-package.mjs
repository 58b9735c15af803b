// npm run measure:package — what a user installs: packs the package (npm pack, which builds
// it), installs the tarball globally into an empty prefix (npm install -g <tgz> --prefix <tmp>),
// prints the tarball's size and the installed size (du -sb, target under 20 MB), lists what the
// install holds besides usjapan itself (no dev dependency may be there), and then, from that
// install only, with a clean environment, runs for every fixture brief PDF
//   usjapan ingest <brief>.pdf -o x.json && usjapan --kb x.json search <a word of the brief>
// Everything is made in temporary folders, removed at the end.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const fixtures = join(root, 'tests', 'fixtures', 'briefs');
const TARGET = 20_000_000;
const work = mkdtempSync(join(tmpdir(), 'usjapan-package-'));
const env = { ...process.env, XDG_DATA_HOME: join(work, 'data'), npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };
for (const k of ['NODE_EXTRA_CA_CERTS', 'NODE_OPTIONS', 'USJAPAN_KB']) delete env[k];
let failed = false;

try {
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const tgz = join(work, packed[0].filename);
  console.log(`tarball ${packed[0].filename}: ${packed[0].size} bytes packed, ${packed[0].unpackedSize} unpacked, ${packed[0].entryCount} files`);

  const prefix = join(work, 'prefix');
  execFileSync('npm', ['install', '-g', tgz, '--prefix', prefix, '--offline'], { env, stdio: ['ignore', 'ignore', 'inherit'] });
  const size = Number(execFileSync('du', ['-sb', prefix], { encoding: 'utf8' }).split('\t')[0]);
  console.log(`installed: du -sb ${size} bytes (${(size / 1e6).toFixed(1)} MB); target under ${TARGET / 1e6} MB: ${size < TARGET ? 'met' : 'NOT met'}`);
  failed ||= size >= TARGET;

  const pkgDir = join(prefix, 'lib', 'node_modules', 'usjapan');
  const others = existsSync(join(pkgDir, 'node_modules')) ? readdirSync(join(pkgDir, 'node_modules')) : [];
  const globals = readdirSync(join(prefix, 'lib', 'node_modules')).filter((d) => d !== 'usjapan');
  console.log(`installed packages besides usjapan: ${[...others, ...globals].join(', ') || 'none'}`);
  failed ||= others.length + globals.length > 0;
  for (const d of readdirSync(pkgDir)) {
    const bytes = Number(execFileSync('du', ['-sb', join(pkgDir, d)], { encoding: 'utf8' }).split('\t')[0]);
    console.log(`  ${d.padEnd(14)} ${bytes} bytes`);
  }

  // The installed command alone: its bin folder first on PATH, run from an empty folder.
  const bin = join(prefix, 'bin', 'usjapan');
  const cwd = mkdtempSync(join(work, 'cwd-'));
  const run = (args) => spawnSync(bin, args, { cwd, env, encoding: 'utf8', timeout: 120_000 });
  for (const pdf of readdirSync(fixtures).filter((f) => f.endsWith('.pdf')).sort()) {
    const id = pdf.slice(0, -4);
    const truth = JSON.parse(readFileSync(join(fixtures, `${id}.json`), 'utf8'));
    // A word of the brief: the longest word of its first sentence.
    const word = truth.sections[0].sentences[0].match(/[A-Za-z]{5,}/g).sort((a, b) => b.length - a.length)[0];
    const ingest = run(['ingest', join(fixtures, pdf), '-o', 'x.json']);
    const search = ingest.status === 0 ? run(['--kb', 'x.json', 'search', word, '-n', '1']) : null;
    const ok = ingest.status === 0 && search?.status === 0 && ingest.stderr === '' && search.stderr === '';
    failed ||= !ok;
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${id}: ingest exit ${ingest.status}${ingest.stderr ? ` (${ingest.stderr.trim()})` : ''}; search ${word} exit ${search?.status ?? '-'}: ${search?.stdout.split('\n')[0] ?? ''}`);
  }
  // The text path without the dev dependencies: no Brown seam model (its documented fallback).
  const text = run(['ingest', join(root, 'data', 'brief.txt'), '-o', 'text.json']);
  if (text.status === 0) {
    const got = JSON.parse(readFileSync(join(cwd, 'text.json'), 'utf8'));
    const want = JSON.parse(readFileSync(join(root, 'data', 'kb.json'), 'utf8'));
    const wanted = new Set(want.sentences.map((x) => `${x.sectionId}|${x.text}`));
    const same = got.sentences.filter((x) => wanted.has(`${x.sectionId}|${x.text}`)).length;
    console.log(`text ingest of data/brief.txt without the seam model: exit 0; ${same} of data/kb.json's ${want.sentences.length} sentences identical and in the same section (${got.sentences.length} built)`);
  } else {
    failed = true;
    console.log(`FAIL text ingest of data/brief.txt: exit ${text.status} ${text.stderr.trim()}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
if (failed) process.exitCode = 1;
