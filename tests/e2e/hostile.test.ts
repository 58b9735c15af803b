import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, cpSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';
import { waitUntilIdle } from '../support/wait-idle.js';

const BIN = join(process.cwd(), 'bin', 'usjapan.js');
const STACK = /\n\s+at .+:\d+|Error: .*\n\s+at /;

function run(args: string[], opts: { input?: string; uid?: number } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' },
    timeout: 10_000,
    input: opts.input ?? '',
    maxBuffer: 1 << 26,
    ...(opts.uid === undefined ? {} : { uid: opts.uid, gid: opts.uid }),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

// Pieces people paste into terminals and scripts feed to tools.
const nasty = fc.oneof(
  fc.constantFrom(
    '', '--', '-', '-n', '--limit', '--json', '--full', '--section', '--kb', '--no-color', '--help', '-V',
    '0', '-1', '-3', '1e309', '99999999999999999999', 'NaN', 'Infinity', '__proto__', 'constructor', 'prototype',
    '.*', '(', '[a-', '$(rm -rf /)', '`id`', '; ls', '| cat', '&&', '\\', '"', "'", '%s%n', '\u202eevil', '\u200b',
    '\u001b[31m', '\u0007', '\r\n', 'ｔｒｏｏｐｓ', 'Ｊａｐａｎ', 'Okinawá', '日本', 'troops', 'trade', 'covid', '54,000', '$2 billion',
  ),
  fc.string({ maxLength: 30 }).map((s) => s.replace(/\0/g, '')),
  fc.string({ unit: 'grapheme', maxLength: 20 }).map((s) => s.replace(/\0/g, '')),
  fc.integer().map(String),
  fc.double().map(String),
  fc.constant('x'.repeat(100_000)),
);
const command = fc.constantFrom('search', 'section', 'sections', 'facts', 'info', 'serch', '', '--json');

describe('random argument vectors', () => {
  let runs = 0;
  it('always exit 0, 1 or 2, promptly, with no stack trace (300 runs)', () => {
    fc.assert(
      fc.property(command, fc.array(nasty, { maxLength: 6 }), (cmd, rest) => {
        const args = cmd === '' ? rest : [cmd, ...rest];
        const r = run(args);
        runs++;
        expect(r.signal, `killed: ${JSON.stringify(args).slice(0, 200)}`).toBeNull();
        expect([0, 1, 2], JSON.stringify(args).slice(0, 200)).toContain(r.code);
        expect(r.stderr).not.toMatch(STACK);
        expect(r.stdout).not.toMatch(STACK);
        if (args.includes('--json') && r.code === 0 && !args.some((a) => ['--help', '-V', '-h'].includes(a))) {
          expect(() => JSON.parse(r.stdout)).not.toThrow();
        }
      }),
      { numRuns: 300, seed: Number(process.env.FC_SEED ?? 20221130) },
    );
    expect(runs).toBeGreaterThanOrEqual(300);
  }, 600_000);
});

describe('input is normalized, not refused', () => {
  const ids = (q: string) => (JSON.parse(run(['search', q, '--json']).stdout) as { id: string }[]).map((h) => h.id);
  it.each([
    ['ｔｒｏｏｐｓ', 'troops'],
    ['ＯＫＩＮＡＷＡ', 'okinawa'],
    ['Okinawá', 'okinawa'],
    ['TROOPS', 'troops'],
  ])('%s finds what %s finds', (odd, plain) => {
    expect(ids(odd)).toEqual(ids(plain));
    expect(ids(plain).length).toBeGreaterThan(0);
  });

  it('refuses a query over the cap with a clear message, without searching', () => {
    const r = run(['search', 'troops '.repeat(200)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^usjapan: query too long \(\d+ characters; the limit is 1000\)\n$/);
  });

  it('reads the query from stdin with -', () => {
    const r = run(['search', '-', '--json'], { input: 'okinava\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0].text).toContain('Okinawa');
  });
});

describe('text from a --kb file is data, not terminal commands', () => {
  const dir = tempDir('kb');
  const kb = JSON.parse(readFileSync('data/kb.json', 'utf8'));
  kb.sentences[0].text = `Evil \u001b[2J\u001b]0;pwned\u0007 text \u202e about troops.`;
  kb.document.title = 'Title \u001b[31mred';
  const file = join(dir, 'evil.json');
  writeFileSync(file, JSON.stringify(kb));
  it.each([[['search', 'evil']], [['section', 'overview', '--full']], [['info']], [['sections']], [['facts']]])('%j prints no control characters', (args) => {
    const r = run(['--kb', file, ...args]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
  it('keeps them, escaped, in JSON', () => {
    const r = run(['--kb', file, 'search', 'evil', '--json']);
    expect(JSON.parse(r.stdout)[0].text).toContain('\u001b[2J');
  });
});

describe('--kb faults: one line on stderr, exit 2, nothing on stdout', () => {
  const dir = tempDir('faults');
  const good = readFileSync('data/kb.json', 'utf8');
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  const huge = write('huge.json', '');
  truncateSync(huge, 21 * 1024 * 1024); // sparse: refused by size before any read
  const cases: [string, string, RegExp][] = [
    ['missing file', join(dir, 'nope.json'), /no such file/],
    ['directory', dir, /is a directory/],
    ['device', '/dev/zero', /not a regular file/],
    ['empty file', write('empty.json', ''), /is empty/],
    ['whitespace only', write('blank.json', ' \n\t'), /is empty/],
    ['truncated JSON', write('truncated.json', good.slice(0, good.length / 2)), /not valid JSON/],
    ['valid JSON, wrong shape', write('shape.json', '[1,2,3]'), /wrong shape/],
    ['a field of the wrong type', write('type.json', good.replace('"schemaVersion":2', '"schemaVersion":"2"')), /wrong shape/],
    ['__proto__ key', write('proto.json', good.replace('{"schemaVersion":2', '{"__proto__":{"polluted":true},"schemaVersion":2')), /wrong shape/],
    ['constructor key', write('ctor.json', good.replace('{"schemaVersion":2', '{"constructor":{"prototype":{}},"schemaVersion":2')), /wrong shape/],
    ['an older schema version', write('v1.json', good.replace('{"schemaVersion":2', '{"schemaVersion":1')), /schema version 1\); rebuild it with usjapan ingest/],
    ['broken reference', write('ref.json', good.replace(/"sentenceId":"overview-3"/, '"sentenceId":"nope"')), /unknown sentence/],
    ['over the size cap', huge, /limit is/],
  ];
  it('every altered copy really differs from the good file', () => {
    for (const [name, path] of cases) if (path.endsWith('.json') && !/nope|huge/.test(path)) expect(readFileSync(path, 'utf8'), name).not.toBe(good);
  });

  it.each(cases)('%s', (_, path, message) => {
    const r = run(['--kb', path, 'search', 'troops']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^usjapan: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
  });

  it('unreadable permissions', () => {
    // Root reads any file, so as root the CLI runs as nobody, from a world-readable copy in a
    // folder of its own: the checkout may sit under a directory nobody cannot enter.
    const asRoot = process.getuid?.() === 0;
    const home = tempDir('perm');
    let bin = BIN;
    if (asRoot) {
      chmodSync(home, 0o755);
      for (const part of ['bin', 'dist', 'data/kb.json']) cpSync(part, join(home, part), { recursive: true });
      bin = join(home, 'bin', 'usjapan.js');
    }
    const locked = join(home, 'locked.json');
    writeFileSync(locked, good);
    chmodSync(locked, 0o000);
    const r = spawnSync(process.execPath, [bin, '--kb', locked, 'info'], {
      encoding: 'utf8',
      cwd: home,
      env: { ...process.env, NO_COLOR: '1' },
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    expect(r.stderr).toMatch(/^usjapan: cannot read knowledge base .*: permission denied {2}\(try: without --kb, for the bundled brief\)\n$/);
    expect(r.status).toBe(2);
  });
});

describe('signals and pipes', () => {
  it('Ctrl-C (SIGINT) ends quietly with exit 130', async () => {
    // "search -" waits for a query on stdin: the signal comes once it is blocked reading.
    const child = spawn(process.execPath, [BIN, 'search', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const closed = new Promise<{ code: number | null; signal: string | null }>((r) => child.on('close', (code, signal) => r({ code, signal })));
    await waitUntilIdle(child.pid!);
    child.kill('SIGINT');
    // Exiting 130 is the CLI's doing; dying by the signal would mean no handler ran.
    expect(await closed).toEqual({ code: 130, signal: null });
    expect(stderr).toBe('');
  });

  it('a closed pipe ends quietly', () => {
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `node ${BIN} facts --json | head -c 10 >/dev/null; node ${BIN} section overview --full | head -1 >/dev/null`], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
  });
});

describe('build:kb faults: exit 2, one line, the existing knowledge base untouched', () => {
  const dir = tempDir('build');
  const brief = readFileSync('data/brief.txt', 'utf8');
  const target = join(dir, 'kb.json');
  const sum = () => createHash('sha256').update(readFileSync(target)).digest('hex');
  const build = (source: string) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-kb.ts', source, target], { encoding: 'utf8', timeout: 120_000 });
  const write = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  it.each([
    ['missing source', join(dir, 'none.txt'), /cannot read/],
    ['a directory', dir, /cannot read/],
    ['empty source', write('empty.txt', ''), /is empty/],
    ['not a CRS brief', write('other.txt', 'Lorem ipsum dolor sit amet.\nConsectetur adipiscing elit.'), /masthead/],
    ['columns side by side (pdftotext -layout)', write('layout.txt', Array.from({ length: 30 }, (_, i) => `left column line ${i}          right column line ${i}`).join('\n')), /side by side.*PDF/],
    ['a brief without its footer', write('nofooter.txt', brief.replace(/\| IF10199 · VERSION 19/, '')), /footer/],
    ['a build that fails validation', write('badversion.txt', brief.replace('VERSION 19', 'VERSION 0')), /fails validation/],
  ])('%s', (_, source, message) => {
    writeFileSync(target, '{"previous":"knowledge base"}\n');
    const before = sum();
    const r = build(source);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^build:kb: [^\n]+\n$/);
    expect(r.stderr).toMatch(message);
    expect(sum()).toBe(before);
  });
});

describe('messages', () => {
  it('echo a query with its control characters shown, not sent', () => {
    const r = run(['search', 'zzqq\u001bzz\u0007qq']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('usjapan: nothing found for "zzqq\\u001bzz\\u0007qq"  (try: other words, or usjapan sections)\n');
  });
});
