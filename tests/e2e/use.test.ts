// Switching briefs through the built binary, in a temporary XDG_DATA_HOME (removed after each
// test): ingest --use, use, use <id>[@version], use --bundled; --kb > USJAPAN_KB > the default
// > the bundled brief; a corrupt or outdated default.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';

const ROOT = process.cwd();
const BIN = join(ROOT, 'bin', 'usjapan.js');
const BRIEFS = join(ROOT, 'tests', 'fixtures', 'briefs');
const BUNDLED = join(ROOT, 'data', 'kb.json');

function run(xdg: string, args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: xdg, USJAPAN_KB: '', ...env },
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');
const reportOf = (xdg: string, env: Record<string, string> = {}, args: string[] = []) => JSON.parse(run(xdg, [...args, 'info', '--json'], env).stdout).reportId;

// Knowledge bases of two briefs, built once: stores are then made by copying them in.
const built = tempDir('use-built');
beforeAll(() => {
  for (const id of ['IF12610', 'IF13200']) {
    const r = run(tempDir('xdg'), ['ingest', join(BRIEFS, `${id}.pdf`), '-o', join(built, `${id}.json`)]);
    if (r.code !== 0) throw new Error(r.stderr);
  }
});

/** A data home holding IF12610 v6 and IF13200 v1 as `ingest --use` stores them, IF13200 the default. */
function storeWithTwo(): string {
  const xdg = tempDir('xdg');
  mkdirSync(join(xdg, 'usjapan'));
  copyFileSync(join(built, 'IF12610.json'), join(xdg, 'usjapan', 'IF12610-v6.json'));
  copyFileSync(join(built, 'IF13200.json'), join(xdg, 'usjapan', 'IF13200-v1.json'));
  const r = run(xdg, ['use', 'IF13200']);
  if (r.code !== 0) throw new Error(r.stderr);
  return xdg;
}

describe('usjapan use', () => {
  it('ingest --use stores <id>-v<version>.json with its SHA-256 and answers from it', () => {
    const xdg = tempDir('xdg');
    const r = run(xdg, ['ingest', join(BRIEFS, 'IF12610.pdf'), '--use']);
    expect(r.code).toBe(0);
    const stored = join(xdg, 'usjapan', 'IF12610-v6.json');
    // Its relation file beside it, so words the brief does not use still lead somewhere.
    expect(existsSync(join(xdg, 'usjapan', 'IF12610-v6.relations.json'))).toBe(true);
    expect(run(xdg, ['search', 'soldiers', '--json', '-n', '1']).stdout).toContain('"how": "related"');
    expect(r.stdout).toContain(`stored ${stored}; usjapan now answers from it (usjapan use --bundled goes back)`);
    const record = JSON.parse(readFileSync(join(xdg, 'usjapan', 'default.json'), 'utf8'));
    expect(record).toMatchObject({ file: 'IF12610-v6.json', sha256: sha(stored), reportId: 'IF12610', version: 6, updated: '2026-04-17' });
    expect(run(xdg, ['search', 'guardians', '-n', '1']).stdout).toMatch(/Guardians/);
    const info = run(xdg, ['info']);
    expect(info.stdout).toMatch(/Defense Primer: U\.S\. Space Force/);
    // (wrapped at the prose width: compared with its line breaks as spaces)
    expect(info.stdout.replace(/\s+/g, ' ')).toContain(`From ${stored} (your default, set by usjapan use; usjapan use --bundled goes back)`);
    expect(JSON.parse(run(xdg, ['info', '--json']).stdout)).toMatchObject({ reportId: 'IF12610', kbPath: stored, kbSource: 'default' });
  });

  it('lists the bundled and the stored briefs and marks the default', () => {
    const xdg = storeWithTwo();
    const r = run(xdg, ['use']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^ {2}IF10199 v19 {2}2022-03-30 {2}U\.S\.-Japan Relations {2}\(bundled\)$/);
    expect(lines[1]).toMatch(/^ {2}IF12610 v6 {3}2026-04-17 {2}Defense Primer/);
    expect(lines[2]).toMatch(/^\* IF13200 v1 {3}2026-04-09 {2}Treasury’s Exchange Stabilization Fund {2}.*IF13200-v1\.json$/);
    const json = JSON.parse(run(xdg, ['use', '--json']).stdout);
    expect(json.map((e: { reportId: string; active: boolean; bundled: boolean }) => [e.reportId, e.active, e.bundled])).toEqual([
      ['IF10199', false, true],
      ['IF12610', false, false],
      ['IF13200', true, false],
    ]);
  });

  it('switches with use <id> and use <id>@<version>, and back with use --bundled', () => {
    const xdg = storeWithTwo();
    expect(reportOf(xdg)).toBe('IF13200');
    const r = run(xdg, ['use', 'if12610']);
    expect(r).toMatchObject({ code: 0, stdout: 'now answering from IF12610 v6, 2026-04-17: Defense Primer: U.S. Space Force\n', stderr: '' });
    expect(reportOf(xdg)).toBe('IF12610');
    expect(run(xdg, ['use', 'IF13200@1']).code).toBe(0);
    expect(reportOf(xdg)).toBe('IF13200');
    const back = run(xdg, ['use', '--bundled']);
    expect(back).toMatchObject({ code: 0, stdout: 'now answering from the bundled brief: IF10199 v19, 2022-03-30\n' });
    expect(reportOf(xdg)).toBe('IF10199');
    expect(run(xdg, ['info']).stdout).toMatch(/\nFrom {2}the knowledge base bundled with usjapan\n$/);
    expect(run(xdg, ['use']).stdout).toMatch(/^\* IF10199 v19/);
  });

  it('refuses an unknown brief, version or spec in one line, and keeps the default', () => {
    const xdg = storeWithTwo();
    expect(run(xdg, ['use', 'IF99999'])).toMatchObject({ code: 2, stdout: '', stderr: expect.stringMatching(/^usjapan: no stored knowledge base for IF99999 \(stored: IF12610-v6, IF13200-v1\);.*\n$/) });
    expect(run(xdg, ['use', 'IF12610@7']).code).toBe(2);
    expect(run(xdg, ['use', '../../etc/passwd'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/expected a report id/) });
    expect(run(xdg, ['use', 'IF12610', '--bundled']).code).toBe(2);
    expect(reportOf(xdg)).toBe('IF13200');
  });

  it('use --bundled works with no store at all, and with a corrupt record', () => {
    const xdg = tempDir('xdg');
    expect(run(xdg, ['use', '--bundled']).code).toBe(0);
    const broken = storeWithTwo();
    writeFileSync(join(broken, 'usjapan', 'default.json'), '{ not json');
    expect(run(broken, ['search', 'troops'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/default\.json is corrupt; run usjapan use --bundled/) });
    expect(run(broken, ['use', '--bundled']).code).toBe(0);
    expect(reportOf(broken)).toBe('IF10199');
  });
});

describe('which knowledge base answers', () => {
  it('--kb > USJAPAN_KB > the default > the bundled one', () => {
    const xdg = storeWithTwo();
    const env = { USJAPAN_KB: join(built, 'IF12610.json') };
    expect(reportOf(xdg, env, ['--kb', BUNDLED])).toBe('IF10199');
    expect(reportOf(xdg, env)).toBe('IF12610');
    expect(JSON.parse(run(xdg, ['info', '--json'], env).stdout)).toMatchObject({ kbSource: 'environment', kbPath: env.USJAPAN_KB });
    expect(reportOf(xdg)).toBe('IF13200');
    expect(reportOf(tempDir('xdg'))).toBe('IF10199');
    expect(JSON.parse(run(tempDir('xdg'), ['info', '--json']).stdout)).toMatchObject({ kbSource: 'bundled', kbPath: null });
  });

  it('use says when USJAPAN_KB overrides the default', () => {
    const xdg = storeWithTwo();
    const r = run(xdg, ['use'], { USJAPAN_KB: BUNDLED });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`usjapan: USJAPAN_KB is set: ${BUNDLED} answers while it is\n`);
  });

  it('trusts the default without validating it only while its bytes have the recorded SHA-256', () => {
    const xdg = storeWithTwo();
    const dir = join(xdg, 'usjapan');
    // A key the strict schema refuses, but which a lookup does not mind.
    const text = readFileSync(join(dir, 'IF13200-v1.json'), 'utf8').replace('{"schemaVersion":2,', '{"schemaVersion":2,"extra":1,');
    writeFileSync(join(dir, 'IF13200-v1.json'), text);
    const record = JSON.parse(readFileSync(join(dir, 'default.json'), 'utf8'));
    writeFileSync(join(dir, 'default.json'), JSON.stringify({ ...record, sha256: createHash('sha256').update(text).digest('hex') }));
    expect(run(xdg, ['search', 'exchange', '-n', '1']).code).toBe(0);
    writeFileSync(join(dir, 'default.json'), JSON.stringify(record));
    expect(run(xdg, ['search', 'exchange', '-n', '1'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/wrong shape/) });
  });

  it('a default changed since it was recorded is validated: still good, it answers', () => {
    const xdg = storeWithTwo();
    const stored = join(xdg, 'usjapan', 'IF13200-v1.json');
    const kb = JSON.parse(readFileSync(stored, 'utf8'));
    writeFileSync(stored, `${JSON.stringify(kb, null, 1)}\n`); // same content, other bytes
    expect(reportOf(xdg)).toBe('IF13200');
  });

  it.each([
    ['corrupt', (text: string) => text.slice(0, text.length >> 1), /not valid JSON/],
    ['of the wrong shape', (text: string) => text.replace('"sentences":[', '"sentences":[{"id":"x"},'), /wrong shape/],
    ['outdated (schema version 1)', (text: string) => text.replace('{"schemaVersion":2,', '{"schemaVersion":1,'), /older usjapan/],
  ])('a default that is %s: exit 2 with one line saying to run usjapan use --bundled', (_, spoil, why) => {
    const xdg = storeWithTwo();
    const stored = join(xdg, 'usjapan', 'IF13200-v1.json');
    writeFileSync(stored, spoil(readFileSync(stored, 'utf8')));
    for (const args of [['search', 'troops'], ['info'], ['sections']]) {
      const r = run(xdg, args);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(why);
      expect(r.stderr).toMatch(/^usjapan: the default knowledge base is corrupt or outdated \(.*\); run usjapan use --bundled to answer from the bundled brief again\n$/);
    }
    expect(run(xdg, ['use', '--bundled']).code).toBe(0);
    expect(run(xdg, ['search', 'troops']).code).toBe(0);
  });

  it('a deleted default file is exit 2 with the same hint', () => {
    const xdg = storeWithTwo();
    rmSync(join(xdg, 'usjapan', 'IF13200-v1.json'));
    expect(run(xdg, ['search', 'troops'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/no such file\); run usjapan use --bundled/) });
  });
});
