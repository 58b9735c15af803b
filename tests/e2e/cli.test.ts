import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';

const BIN = join(process.cwd(), 'bin', 'usjapan.js');
const ESC = /\u001b\[/;

function run(args: string[], env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...env },
    timeout: 30_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function shell(cmd: string) {
  const r = spawnSync('bash', ['-o', 'pipefail', '-c', cmd], { encoding: 'utf8', timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('usjapan (built binary)', () => {
  it('search prints ranked sentences with their source, exit 0', () => {
    const r = run(['search', 'troops']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^1\. /);
    expect(r.stdout).toMatch(/— .+, p\. \d/);
    expect(r.stderr).toBe('');
  });

  it.each([
    [['search', 'troops', '--json']],
    [['search', 'who leads the ldp', '--json']],
    [['section', 'trade', '--json']],
    [['sections', '--json']],
    [['facts', '--json']],
    [['facts', 'billion', '--json']],
    [['info', '--json']],
  ])('%j prints JSON that parses, exit 0', (args) => {
    const r = run(args, { FORCE_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(ESC.test(r.stdout)).toBe(false);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it('search --json has the documented shape', () => {
    const hits = JSON.parse(run(['search', 'okinava', '--json']).stdout);
    expect(Object.keys(hits[0]).sort()).toEqual(['id', 'lines', 'matches', 'page', 'rank', 'score', 'section', 'sectionId', 'text'].sort());
  });

  it('section --json has the documented shape', () => {
    const s = JSON.parse(run(['section', 'covid', '--json']).stdout);
    for (const k of ['id', 'title', 'pages', 'summary', 'text', 'sentences', 'facts', 'alternatives']) expect(s).toHaveProperty(k);
    expect(Array.isArray(s.alternatives)).toBe(true);
  });

  it('facts --json has the documented shape', () => {
    const f = JSON.parse(run(['facts', '--json']).stdout)[0];
    for (const k of ['id', 'value', 'unit', 'display', 'qualifier', 'label', 'sentence', 'sentenceId', 'sectionId', 'section', 'page']) expect(f).toHaveProperty(k);
  });

  it('nothing found: exit 1, empty stdout, [] with --json', () => {
    expect(run(['search', 'zzzzqqq'])).toMatchObject({ code: 1, stdout: '' });
    expect(run(['search', 'zzzzqqq', '--json'])).toMatchObject({ code: 1, stdout: '[]\n' });
  });

  it.each([[['bogus']], [['search']], [['search', '-n', 'x', 'a']], [['search', '-n', '-3', 'a']], [['--nope']]])(
    'usage error %j: exit 2, one line, no stack trace',
    (args) => {
      const r = run(args);
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it('suggests the command meant', () => expect(run(['serch', 'x']).stderr).toMatch(/Did you mean search/i));

  it('colors only when asked, never under NO_COLOR or --no-color or in a pipe', () => {
    expect(ESC.test(run(['search', 'troops']).stdout)).toBe(false);
    expect(ESC.test(run(['search', 'troops'], { FORCE_COLOR: '1' }).stdout)).toBe(true);
    expect(ESC.test(run(['search', 'troops'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout)).toBe(false);
    expect(ESC.test(run(['--no-color', 'search', 'troops'], { FORCE_COLOR: '1' }).stdout)).toBe(false);
  });

  it('ends quietly on a closed pipe', () => {
    const r = shell(`node ${BIN} section overview --full | head -1; node ${BIN} facts | true`);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('refuses a query that is too long', () => {
    const r = run(['search', 'a'.repeat(100_000)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/too long/);
  });

  // The faults of --kb are in hostile.test.ts; the contract is that a valid file answers.
  it('--kb loads a valid copy', () => {
    const dir = tempDir('cli');
    writeFileSync(join(dir, 'copy.json'), readFileSync('data/kb.json', 'utf8'));
    expect(run(['--kb', join(dir, 'copy.json'), 'search', 'troops']).code).toBe(0);
  });
});
