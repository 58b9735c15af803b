import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TINY_KB_PATH } from '../support/tiny-kb.js';
import { inPipe, inTerminal } from '../support/terminal.js';

const BOX = /[│┌┐└┘├┤┬┴┼─]/;
const LISTINGS: [string, string[]][] = [
  ['search', ['search', 'troops']],
  ['facts', ['facts', 'billion']],
  ['sections', ['sections']],
];

describe('in a pipe', () => {
  it('facts: TSV without box drawing or a header, so grep returns whole rows', () => {
    const r = inPipe(['facts']);
    expect(r.code).toBe(0);
    expect(BOX.test(r.stdout)).toBe(false);
    expect(r.stdout).not.toMatch(/^Figure/);
    const rows = r.stdout.trimEnd().split('\n');
    expect(rows.length).toBe((JSON.parse(inPipe(['facts', '--json']).stdout) as unknown[]).length);
    // Figure, what it measures, kind, as-of date, section, page.
    for (const row of rows) expect(row.split('\t')).toHaveLength(6);
    const billion = rows.filter((l) => l.includes('billion'));
    expect(billion.length).toBeGreaterThan(0);
    for (const row of billion) expect(row).toMatch(/^\S.*\t.*\t.*\t\d+$/);
  });

  it('sections: TSV rows of number, title, pages, id', () => {
    const first = inPipe(['sections']).stdout.split('\n')[0]!;
    expect(first).toBe('1\tOverview\t1\toverview');
  });

  it('section: its text stays text, its key figures become TSV', () => {
    const out = inPipe(['section', 'covid']).stdout;
    expect(out).toMatch(/^COVID-19 Pandemic Response {2}p\. 1\n/);
    expect(BOX.test(out)).toBe(false);
    expect(out).toMatch(/\nunder 28,000\tdeaths \(Japan\)\tlevel\t2022-03\t1\n/);
  });

  it('search and info keep their text layout', () => {
    expect(inPipe(['search', 'troops']).stdout).toMatch(/^1\. /);
    expect(inPipe(['info']).stdout).toMatch(/^U\.S\.-Japan Relations\nReport {5}IF10199/);
  });
});

describe.each(LISTINGS)('%s --format', (_, args) => {
  const json = JSON.parse(inPipe([...args, '--json']).stdout) as Record<string, unknown>[];
  const keys = Object.keys(json[0]!).filter((k) => {
    const v = json[0]![k];
    return v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => x === null || typeof x !== 'object'));
  });

  it('table: an aligned table even in a pipe, 80 columns wide', () => {
    const out = inPipe([...args, '--format', 'table']).stdout;
    expect(out).toMatch(/┌/);
    expect(out.split('\n').filter((l) => l.startsWith('├'))).toHaveLength(1);
    for (const l of out.split('\n')) expect([...l].length).toBeLessThanOrEqual(80);
  });

  it('tsv: a header of the JSON record’s scalar keys, one line per record', () => {
    const lines = inPipe([...args, '--format', 'tsv']).stdout.trimEnd().split('\n');
    expect(lines[0]!.split('\t')).toEqual(keys);
    expect(lines).toHaveLength(json.length + 1);
    expect(lines[1]!.split('\t')[0]).toBe(String(json[0]!.id));
  });

  it('csv: the same columns, RFC 4180, LF line ends', () => {
    const out = inPipe([...args, '--format', 'csv']).stdout;
    expect(out).not.toContain('\r');
    expect(out.split('\n')[0]).toBe(keys.join(','));
  });

  it('md: a Markdown table', () => {
    const lines = inPipe([...args, '--format', 'md']).stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`| ${keys.join(' | ')} |`);
    expect(lines[1]).toBe(`| ${keys.map(() => '---').join(' | ')} |`);
    expect(lines).toHaveLength(json.length + 2);
  });

  it('json: the same as --json', () => {
    expect(inPipe([...args, '--format', 'json']).stdout).toBe(inPipe([...args, '--json']).stdout);
  });

  it('ndjson: one record per line', () => {
    const lines = inPipe([...args, '--format', 'ndjson']).stdout.trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l))).toEqual(json);
  });

  it('--json with another --format is a usage error', () => {
    const r = inPipe([...args, '--json', '--format', 'csv']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr).toMatch(/^usjapan: --json means --format json; give one of --json and --format csv {2}\(try: usjapan \w+ --help\)\n$/);
    expect(inPipe([...args, '--json', '--format', 'json']).code).toBe(0);
  });
});

describe('object commands take --format text|json', () => {
  it.each([['info'], ['section', 'covid'], ['show', 'overview-3']])('%s', (...args) => {
    expect(inPipe([...args, '--format', 'json']).stdout).toBe(inPipe([...args, '--json']).stdout);
    expect(inPipe([...args, '--format', 'text']).stdout).toBe(inPipe(args).stdout);
    expect(inPipe([...args, '--format', 'csv'])).toMatchObject({ code: 2, stdout: '' });
  });
});

describe('misses', () => {
  it.each([
    [['search', 'zzzzqqq'], '[]'],
    [['facts', 'zzzzqqq'], '[]'],
    [['section', 'nonsense'], 'null'],
    [['show', 'nope-1'], 'null'],
    [['search', 'yen', '--section', 'nonsense'], '[]'],
  ])('%j: nothing in text formats, %s with --json, exit 1', (args, json) => {
    for (const format of ['tsv', 'csv', 'md', 'ndjson', 'table']) {
      if (args[0] === 'section' || args[0] === 'show') break;
      const r = inPipe([...args, '--format', format]);
      expect(r).toMatchObject({ code: 1, stdout: '' });
    }
    const text = inPipe(args);
    expect(text).toMatchObject({ code: 1, stdout: '' });
    expect(text.stderr.trim().split('\n')).toHaveLength(1);
    expect(inPipe([...args, '--json'])).toMatchObject({ code: 1, stdout: `${json}\n` });
  });
});

describe('context', () => {
  it('show prints the sentence with N sentences each side, its section and page', () => {
    const out = inPipe(['show', 'overview-3', '-C', '1']).stdout.trimEnd().split('\n');
    expect(out.filter((l) => l.startsWith('> '))).toHaveLength(1);
    expect(out[out.length - 1]).toBe('  — Overview, p. 1 · overview-3');
    const json = JSON.parse(inPipe(['show', 'overview-3', '-C', '2', '--json']).stdout);
    expect(json).toMatchObject({ id: 'overview-3', sectionId: 'overview', section: 'Overview', page: 1 });
    expect(json.before.map((s: { id: string }) => s.id)).toEqual(['overview-1', 'overview-2']);
    expect(json.after.map((s: { id: string }) => s.id)).toEqual(['overview-4', 'overview-5']);
  });

  it('shows a paragraph break as a blank line', () => {
    const out = inPipe(['--kb', TINY_KB_PATH, 'show', 'alpha-topics-3', '-C', '1']).stdout;
    expect(out).toMatch(/need it\.\n\n> A new paragraph/);
  });

  it('search -C N adds context to each hit, in text and JSON', () => {
    const hits = JSON.parse(inPipe(['search', 'okinawa', '-n', '2', '-C', '1', '--json']).stdout);
    for (const h of hits) expect(h.before.length + h.after.length).toBeGreaterThan(0);
    const plain = JSON.parse(inPipe(['search', 'okinawa', '-n', '2', '--json']).stdout);
    expect(plain[0]).not.toHaveProperty('before');
    const text = inPipe(['search', 'okinawa', '-n', '1', '-C', '1']).stdout;
    expect(text).toContain(hits[0].before[0].text.split(' ').slice(0, 4).join(' '));
  });
});

describe('the table format loads cli-table3, the others do not', () => {
  const TRACE = { NODE_OPTIONS: `--require ${join(process.cwd(), 'tests/support/trace-chunks.cjs')}` };
  it.each([
    [['facts', '--format', 'table'], true],
    [['sections', '--format', 'table'], true],
    [['facts'], false],
    [['facts', '--format', 'tsv'], false],
    [['facts', '--format', 'csv'], false],
    [['facts', '--format', 'md'], false],
    [['facts', '--format', 'ndjson'], false],
    [['search', 'troops'], false],
  ])('%j loads it: %s', (args, loads) => {
    const r = inPipe(args, TRACE);
    expect(r.stderr).toContain('chunk usjapan.cjs');
    expect(r.stderr.includes('chunk format-table.cjs')).toBe(loads);
  });

  it('stacked records on a narrow terminal do not load it; a wide one does', () => {
    const narrow = inTerminal(['facts'], { cols: 40, env: { NO_COLOR: '1', ...TRACE } });
    expect(narrow.screen).toContain('chunk usjapan.cjs');
    expect(narrow.screen).not.toContain('format-table');
    expect(narrow.screen).toMatch(/^Figure {4}/m);
    expect(inTerminal(['facts'], { cols: 100, env: { NO_COLOR: '1', ...TRACE } }).screen).toContain('chunk format-table.cjs');
  });

  it('completion code loads only for completion', () => {
    for (const args of [['search', 'troops'], ['facts'], ['--help'], ['section', 'trade']]) expect(inPipe(args, TRACE).stderr).not.toMatch(/complet/);
    expect(inPipe(['completion', 'bash'], TRACE).stderr).toContain('chunk completion-scripts.cjs');
    expect(inPipe(['__complete', 'se'], TRACE).stderr).toContain('chunk complete.cjs');
  });
});
