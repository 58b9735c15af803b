import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Issue 11's findings through the built binary: exit codes, stdout and the one stderr line.
const BIN = join(process.cwd(), 'bin', 'usjapan.js');

function run(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const json = (args: string[]) => JSON.parse(run([...args, '--json']).stdout);

describe('search, section and facts (built binary)', () => {
  it('search troops leads with the 54,000 sentence', () => {
    expect(json(['search', 'troops'])[0].id).toBe('overview-3');
    expect(json(['search', 'how many troops are in japan'])[0].id).toBe('overview-3');
  });

  it('a quoted phrase with no match exits 1 and says how many match without quotes', () => {
    const r = run(['search', '"trade deficit"']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^usjapan: no sentence has the phrase "trade deficit"; without quotes: \d+ matches\n$/);
  });

  it('a miss under --section names the filter and says what dropping it finds', () => {
    const r = run(['search', 'yen', '--section', 'trade']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^usjapan: nothing found for "yen" in .+ \(--section trade\); without --section: 2 matches\n$/);
  });

  it('each hit carries corrections in JSON, [] when none', () => {
    expect(json(['search', 'tarrifs'])[0].corrections).toEqual([{ from: 'tarrifs', to: 'tariffs', how: 'typo' }]);
    expect(json(['search', 'troops']).every((h: { corrections: unknown[] }) => Array.isArray(h.corrections) && h.corrections.length === 0)).toBe(true);
  });

  it('no note on stderr when stderr is not a terminal', () => expect(run(['search', 'tarrifs']).stderr).toBe(''));

  it('"who wrote this report" gives the authors first, and no sentence above 0.5', () => {
    const [card, ...hits] = json(['search', 'who wrote this report']);
    expect(card).toMatchObject({ kind: 'metadata', id: 'document-authors', rank: 0 });
    expect(card.text).toContain('Emma Chanlett-Avery');
    for (const h of hits) expect(h.score).toBeLessThanOrEqual(0.5);
    expect(run(['search', 'who wrote this report']).stdout).toMatch(/^Authors:\n {2}Emma Chanlett-Avery/);
  });

  it('search 6450000 and "54 000" find their sentences', () => {
    expect(json(['search', '6450000'])[0].id).toBe('covid-19-pandemic-response-1');
    expect(json(['search', '54 000'])[0].id).toBe('overview-3');
  });

  it('section N is the N-th row of sections', () => {
    const rows = json(['sections']);
    for (const n of [1, 2, 4, 7]) expect(json(['section', String(n)]).id).toBe(rows[n - 1].id);
  });

  it.each(['0', '99'])('section %s exits 1: "there are 7 sections"', (n) => {
    const r = run(['section', n]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`usjapan: no section ${n}: there are 7 sections  (try: usjapan sections)\n`);
  });

  it('a section chosen by its text says so', () => {
    const r = run(['section', 'korea']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Regional Relations/);
    expect(r.stderr).toMatch(/^usjapan: showing Regional Relations \(best text match\)/);
  });

  it('a close title match says how to get the other one', () => {
    expect(run(['section', 'trade']).stderr).toMatch(/also close: .+ \(usjapan section \d\)/);
  });

  it('facts: unit words, numbers however written, no fuse.js operators, --limit', () => {
    expect(json(['facts', 'percent']).every((f: { unit: string }, i: number) => i >= 8 || f.unit === 'percent')).toBe(true);
    expect(json(['facts', 'usd'])[0].unit).toBe('USD');
    expect(json(['facts', 'dollars'])[0].unit).toBe('USD');
    expect(run(['facts', '!two', '--json']).stdout).toBe(run(['facts', 'two', '--json']).stdout);
    expect(run(['facts', 'okinawa', 'billion']).code).toBe(0);
    expect(json(['facts', '2', 'billion'])[0].display).toBe('roughly $2 billion');
    expect(json(['facts', '--limit', '2'])).toHaveLength(2);
    expect(json(['facts']).map((f: { id: string }) => f.id)).toEqual(json(['facts', '-n', '1000']).map((f: { id: string }) => f.id));
  });
});

describe('the note on a terminal', () => {
  // `script` gives the binary a terminal for stdout and stderr; skipped where it is missing.
  const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.runIf(hasScript)('at most one line on stderr says what the search did', () => {
    const r = spawnSync('script', ['-qec', `${process.execPath} ${BIN} search tarrifs zzzqx -n 1`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
      timeout: 30_000,
    });
    const notes = r.stdout.split(/\r?\n/).filter((l) => l.startsWith('usjapan:'));
    expect(notes).toEqual(['usjapan: showing results for "tariffs zzzqx"; "zzzqx" matched nothing']);
  });
});
