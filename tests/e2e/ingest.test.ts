// `usjapan ingest` through the built binary: text and PDF input, where the knowledge base and
// the summary go, and every fault as one line on stderr, exit 2, an existing output untouched.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';
import { miniBriefPdf } from '../unit/pdf/mini-brief.js';
import { encryptedPdf, imageOnlyPdf, textPdf } from '../unit/pdf/pdf-builder.js';

const ROOT = process.cwd();
const BIN = join(ROOT, 'bin', 'usjapan.js');
const BRIEFS = join(ROOT, 'tests', 'fixtures', 'briefs');
const PDF = join(BRIEFS, 'IF12610.pdf');
const STACK = /\n\s+at .+:\d+/;

function run(args: string[], opts: { cwd?: string; env?: Record<string, string> } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '', XDG_DATA_HOME: tempDir('xdg'), ...opts.env },
    timeout: 120_000,
    maxBuffer: 1 << 26,
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

describe('usjapan ingest', () => {
  it('builds from text exactly what npm run build:kb builds (data/kb.json, which tests/unit/kb checks against build:kb)', () => {
    const out = join(tempDir('ingest'), 'x.json');
    const r = run(['ingest', 'data/brief.txt', '-o', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'data', 'kb.json'), 'utf8'));
    const facts = (JSON.parse(readFileSync(join(ROOT, 'data', 'kb.json'), 'utf8')) as { facts: unknown[] }).facts.length;
    expect(r.stdout).toBe(`IF10199 v19, 2022-03-30: U.S.-Japan Relations\n7 sections, 63 sentences, ${facts} facts (from text)\nwrote ${out}\n`);
  }, 180_000);

  it('builds from a PDF, whatever its name; the knowledge base then answers with --kb', () => {
    const dir = tempDir('ingest');
    const renamed = join(dir, 'brief.txt');
    writeFileSync(renamed, readFileSync(PDF));
    const r = run(['ingest', renamed, '-o', 'kb.json'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^IF12610 v6, 2026-04-17: Defense Primer: U\.S\. Space Force\n\d+ sections, \d+ sentences, \d+ facts \(from the PDF\)\nwrote kb\.json\n$/);
    const search = run(['--kb', 'kb.json', 'search', 'guardians', '-n', '1'], { cwd: dir });
    expect(search.code).toBe(0);
    expect(search.stdout).toMatch(/Guardians/);
  });

  it('writes the knowledge base to stdout with -o -, and the summary to stderr', () => {
    const dir = tempDir('ingest');
    const file = run(['ingest', PDF, '-o', join(dir, 'kb.json')]);
    const piped = run(['ingest', PDF, '-o', '-']);
    expect(piped.code).toBe(0);
    expect(piped.stdout).toBe(readFileSync(join(dir, 'kb.json'), 'utf8'));
    expect(piped.stderr).toBe(file.stdout.replace(/wrote .*\n/, ''));
  });

  it('writes the relation file beside the knowledge base, and --kb reads it for words the brief does not use', () => {
    const dir = tempDir('ingest');
    expect(run(['ingest', PDF, '-o', join(dir, 'kb.json')]).code).toBe(0);
    const relations = readFileSync(join(dir, 'kb.relations.json'), 'utf8');
    expect(relations.split('\n')[0]).toMatch(/^\{"for":"IF12610 v6, \d+ sentences","format":2,"lines":\[$/);
    // "soldiers" is not a word of this brief; the relation file leads it to words that are.
    const hit = JSON.parse(run(['--kb', join(dir, 'kb.json'), 'search', 'soldiers', '--json', '-n', '1']).stdout)[0];
    expect(hit.corrections[0]).toMatchObject({ from: 'soldiers', how: 'related' });
  });

  it('summarizes as JSON with --json (on stderr with -o -)', () => {
    const dir = tempDir('ingest');
    const r = run(['ingest', PDF, '-o', join(dir, 'kb.json'), '--json']);
    expect(r.code).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(Object.keys(s)).toEqual(['reportId', 'title', 'version', 'updated', 'sectionCount', 'sentenceCount', 'factCount', 'from', 'output', 'stored']);
    expect(s).toMatchObject({ reportId: 'IF12610', version: 6, updated: '2026-04-17', from: 'pdf', output: join(dir, 'kb.json'), stored: null });
    const kb = JSON.parse(readFileSync(join(dir, 'kb.json'), 'utf8'));
    expect([s.sectionCount, s.sentenceCount, s.factCount]).toEqual([kb.sections.length, kb.sentences.length, kb.facts.length]);
    const piped = run(['ingest', PDF, '-o', '-', '--json']);
    expect(JSON.parse(piped.stderr)).toEqual({ ...s, output: '-' });
  });

  it('needs -o or --use: exit 2 with one line, nothing written', () => {
    const r = run(['ingest', PDF]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('usjapan: say where the knowledge base goes: -o FILE, -o - (stdout) or --use (store it and answer from it)\n');
  });

  it('shows no progress when stderr is not a terminal, and nothing pdf.js says', () => {
    const r = run(['ingest', PDF, '-o', '-']);
    expect(r.stderr.split('\n').filter(Boolean)).toHaveLength(2); // the summary alone
    expect(r.stderr).not.toMatch(/page|Warning|canvas|standardFontDataUrl|TT:/);
  });

  it.runIf(existsSync('/usr/bin/script'))('shows pages and stage on stderr when it is a terminal, then clears the line', () => {
    const dir = tempDir('ingest');
    const cmd = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} ingest ${JSON.stringify(PDF)} -o ${JSON.stringify(join(dir, 'kb.json'))}`;
    const r = spawnSync('/usr/bin/script', ['-qec', cmd, '/dev/null'], { encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: dir }, timeout: 120_000 });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/reading page 1 of 3…/);
    expect(r.stdout).toMatch(/reading page 3 of 3…/);
    expect(r.stdout).toMatch(/building the knowledge base…\r\u001b\[K/);
  });
});

describe('what loads', () => {
  // Runs the binary with fs.readFileSync watched, and lists the dist/ files it read.
  const distFilesRead = (args: string[]) => {
    const probe = `const fs = require('node:fs'); const read = fs.readFileSync; const seen = [];
      fs.readFileSync = function (p, ...rest) { seen.push(String(p)); return read.call(this, p, ...rest); };
      process.on('exit', () => fs.writeSync(2, '\\n' + JSON.stringify(seen.filter((p) => p.includes('/dist/')).map((p) => p.split('/').pop()))));
      process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...${JSON.stringify(args)}];
      require(${JSON.stringify(BIN)});`;
    const r = spawnSync(process.execPath, ['-e', probe], { encoding: 'utf8', env: { ...process.env, XDG_DATA_HOME: tempDir('xdg') }, timeout: 120_000 });
    return JSON.parse(r.stderr.trimEnd().split('\n').at(-1)!) as string[];
  };

  it('query commands load neither the ingest code nor pdf.js nor compromise', () => {
    for (const args of [['search', 'troops'], ['info'], ['--kb', 'data/kb.json', 'facts']]) {
      const files = distFilesRead(args);
      expect(files).toContain('usjapan.cjs');
      expect(files.filter((f) => /ingest|pdf-worker|compromise|use\.cjs/.test(f))).toEqual([]);
    }
    // …and the main bundle does not carry them itself.
    const main = readFileSync(join(ROOT, 'dist', 'usjapan.cjs'), 'utf8');
    for (const marker of ['reading the PDF took longer', 'GlobalWorkerOptions', 'not a CRS In Focus brief']) expect(main).not.toContain(marker);
  });

  it('ingest of a PDF loads its bundle; the PDF reader runs in its worker thread', () => {
    const files = distFilesRead(['ingest', PDF, '-o', join(tempDir('ingest'), 'kb.json')]);
    expect(files).toContain('ingest.cjs');
    expect(files).not.toContain('compromise.cjs'); // only a text's reading order needs it
  });
});

describe('usjapan ingest faults: one line on stderr, exit 2, an existing output file untouched', () => {
  const dir = tempDir('faults');
  const brief = readFileSync(PDF);
  const write = (name: string, bytes: Uint8Array | string) => {
    const p = join(dir, name);
    writeFileSync(p, bytes);
    return p;
  };
  // The made-up brief (its text drawn uncompressed), numbered as an Insight.
  const insight = Buffer.from(Buffer.from(miniBriefPdf()).toString('latin1').replaceAll('IF99999', 'IN99999'), 'latin1');
  const sparse = () => {
    const p = write('huge.pdf', '%PDF-1.7\n');
    truncateSync(p, 20 * 1024 * 1024 + 1);
    return p;
  };
  const thirteenPages = textPdf(Array.from({ length: 13 }, (_, i) => [{ x: 72, y: 100, size: 11, text: i === 0 ? 'Congressional Research Service R47123' : `Page ${i + 1}` }]));
  const cases: [string, () => string, RegExp][] = [
    ['a missing file', () => join(dir, 'nope.pdf'), /no such file/],
    ['a directory', () => dir, /directory/],
    ['an empty file', () => write('empty.pdf', ''), /empty/],
    ['text that is not a brief', () => write('notes.txt', 'Shopping list\n- eggs\n'), /not a brief/],
    ['a truncated PDF', () => write('cut.pdf', brief.subarray(0, brief.length >> 1)), /truncated/],
    ['a corrupt PDF', () => write('corrupt.pdf', Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(4000, 0x41), Buffer.from('\n%%EOF\n')])), /corrupt|unreadable/],
    ['an encrypted PDF', () => write('locked.pdf', encryptedPdf()), /encrypted/],
    ['an image-only PDF', () => write('scan.pdf', imageOnlyPdf()), /no text layer/],
    ['a PDF of 13 pages', () => write('long.pdf', thirteenPages), /R47123 \(a CRS Report\) has 13 pages; an In Focus brief has at most 12/],
    ['a file over 20 MiB', sparse, /20971521 bytes; the limit is 20971520 \(20 MiB\)/],
    ['an Insight', () => write('insight.pdf', insight), /IN99999 is a CRS Insight/],
  ];

  it.each(cases)('%s', (_, make, reason) => {
    const input = make();
    const out = write('existing.json', '{"keep":"me"}\n');
    const before = sha(out);
    const r = run(['ingest', input, '-o', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^usjapan: cannot ingest .*\n$/);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(reason);
    expect(r.stderr).not.toMatch(STACK);
    expect(sha(out)).toBe(before);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a fault with --use leaves the store as it was', () => {
    const xdg = tempDir('xdg');
    const r = run(['ingest', join(dir, 'nope.pdf'), '--use'], { env: { XDG_DATA_HOME: xdg } });
    expect(r.code).toBe(2);
    expect(readdirSync(xdg)).toEqual([]);
  });
});
