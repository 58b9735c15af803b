/** timeline, define, glossary and cite, run as the built binary: shapes, misses and exit codes. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inTerminal } from '../support/terminal.js';

const BIN = join(process.cwd(), 'bin', 'usjapan.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('timeline', () => {
  it('--json: every entry with the documented keys, in date order', () => {
    const r = run(['timeline', '--json']);
    expect(r.code).toBe(0);
    const t = JSON.parse(r.stdout) as { start: string }[];
    for (const e of t) expect(Object.keys(e)).toEqual(['start', 'end', 'display', 'event', 'kind', 'sentence', 'sentenceId', 'sectionId', 'section', 'page']);
    expect(t.map((e) => e.start)).toEqual([...t.map((e) => e.start)].sort());
  });

  it('a range with nothing in it: [] and exit 1', () => expect(run(['timeline', '--from', '1700', '--to', '1701', '--json'])).toMatchObject({ code: 1, stdout: '[]\n' }));

  it.each([[['--from', '2022', '--to', '2020']], [['--from', 'soon']], [['--to', '20x2']]])('a bad or reversed range %j: exit 2, one line', (args) => {
    const r = run(['timeline', ...args]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--section resolves like search --section', () => {
    const t = JSON.parse(run(['timeline', '--section', 'politics', '--json']).stdout) as { sectionId: string }[];
    expect(new Set(t.map((e) => e.sectionId))).toEqual(new Set(['political-transition-in-tokyo']));
  });

  it('prints a vertical timeline on a terminal, and TSV in a pipe', () => {
    expect(inTerminal(['timeline'], { cols: 80, env: { NO_COLOR: '1' } }).screen).toMatch(/^1910–1945 ━ /m);
    expect(run(['timeline']).stdout.split('\n')[0]).toMatch(/^1910\t1945\tfrom 1910 to 1945\tperiod\t/);
  });
});

describe('define and glossary', () => {
  it.each([['ldp'], ['Self Defense Forces'], ['kishida']])('define %s: exit 0', (term) => expect(run(['define', term]).code).toBe(0));

  it('define --json: the entry; a person has role, start, end, current', () => {
    const e = JSON.parse(run(['define', 'kishida', '--json']).stdout);
    expect(Object.keys(e)).toEqual(['term', 'kind', 'definition', 'aliases', 'sentenceId', 'sectionId', 'section', 'page', 'role', 'start', 'end', 'current']);
  });

  it('several matches: the best, with also: on stderr', () => {
    const r = run(['define', 'Self Defense Forces']);
    expect(r.stderr).toMatch(/^usjapan: also: /m);
  });

  it('an unknown term: exit 1, null with --json, the closest entries on stderr', () => {
    expect(run(['define', 'zzqqx'])).toMatchObject({ code: 1, stdout: '' });
    const r = run(['define', 'zzqqx', '--json']);
    expect(r).toMatchObject({ code: 1, stdout: 'null\n' });
    expect(r.stderr).toMatch(/closest: /);
  });

  it('glossary --json is an array of entries', () => {
    const g = JSON.parse(run(['glossary', '--json']).stdout) as { term: string }[];
    expect(g.map((e) => e.term)).toEqual(expect.arrayContaining(['LDP', 'COVID-19', 'Fumio Kishida', 'Diet']));
  });
});

describe('cite', () => {
  it('defaults to the CRS form with the report URL', () => {
    const r = run(['cite']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/In Focus IF10199, version 19, updated March 30, 2022, https:\/\/crsreports\.congress\.gov\/product\/pdf\/IF\/IF10199\n$/);
  });

  it('--json: style, text, sentenceId, page', () => {
    const c = JSON.parse(run(['cite', 'overview-3', '--style', 'apa', '--json']).stdout);
    expect(c).toMatchObject({ style: 'apa', sentenceId: 'overview-3', page: 1 });
    expect(c.text).toMatch(/\(2022\)/);
  });

  it('an unknown id: exit 1, null with --json', () => expect(run(['cite', 'nope-99', '--json'])).toMatchObject({ code: 1, stdout: 'null\n' }));
  it('an unknown style: exit 2', () => expect(run(['cite', '--style', 'harvard']).code).toBe(2));
  it('info cites the report', () => expect(run(['info']).stdout).toMatch(/https:\/\/crsreports\.congress\.gov\/product\/pdf\/IF\/IF10199/));
});
