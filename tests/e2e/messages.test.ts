import { describe, expect, it } from 'vitest';
import { inPipe } from '../support/terminal.js';

/** Every message: one line, no trailing space, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toBe('');
  expect(lines[0]).not.toMatch(/\s$/);
  return lines[0]!;
}

describe('usage errors: one line that says what to do next, exit 2', () => {
  it.each([
    [['search'], 'usage: usjapan search <query...>  (try: usjapan search troops)'],
    [['search', ''], 'usage: usjapan search <query...>  (try: usjapan search troops)'],
    [['search', '   '], 'usage: usjapan search <query...>  (try: usjapan search troops)'],
    [['section'], 'usage: usjapan section <name...>  (try: usjapan section trade)'],
    [['section', ''], 'usage: usjapan section <name...>  (try: usjapan section trade)'],
    [['show'], 'usage: usjapan show <id>  (try: usjapan show overview-1)'],
    [['sections', 'extra'], 'usage: usjapan sections  (try: usjapan sections)'],
    [['help', 'bogus'], "usjapan: unknown command 'bogus'  (try: usjapan --help)"],
    [['bogus'], "usjapan: unknown command 'bogus'  (try: usjapan --help)"],
    [['serch', 'x'], "usjapan: unknown command 'serch'; did you mean search?"],
    [['--nope'], "usjapan: unknown option '--nope'  (try: usjapan --help)"],
    [['sections', '--section', 'x'], "usjapan: unknown option '--section'  (try: usjapan sections --help)"],
    [['search', 'x', '--lmit', '3'], "usjapan: unknown option '--lmit'; did you mean --limit?"],
    [['search', '-n', 'x', 'a'], 'usjapan: --limit expects a whole number from 1 to 1000, not "x"  (try: usjapan search --help)'],
    [['search', 'a', '-C', '-1'], 'usjapan: --context expects a whole number from 0 to 50, not "-1"  (try: usjapan search --help)'],
    [['search', 'a', '--format', 'xml'], 'usjapan: --format expects one of table, tsv, csv, md, json, ndjson, not "xml"  (try: usjapan search --help)'],
    [['search', 'a', '--section'], 'usjapan: --section needs a value  (try: usjapan search --help)'],
    [['facts', '--format'], 'usjapan: --format needs a value: table, tsv, csv, md, json, ndjson  (try: usjapan facts --help)'],
    [['--kb', '/nonexistent.json', 'info'], 'usjapan: cannot read knowledge base /nonexistent.json: no such file  (try: without --kb, for the bundled brief)'],
    [['completion', 'tcsh'], 'usjapan: <shell> expects one of bash, zsh, fish, not "tcsh"  (try: source <(usjapan completion bash))'],
  ])('%j', (args, message) => {
    const r = inPipe(args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(oneLine(r.stderr)).toBe(message);
  });

  it('sections --section x does not suggest --version', () => expect(inPipe(['sections', '--section', 'x']).stderr).not.toMatch(/version/));

  it('an empty query from stdin is a usage error too', () => {
    expect(inPipe(['search', '-'], {}, '\n')).toMatchObject({ code: 2, stdout: '' });
  });

  it('facts with no argument lists all figures', () => {
    const r = inPipe(['facts', '--json']);
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as unknown[]).length).toBeGreaterThan(10);
  });
});

describe('misses: one line, exit 1, the same wording for the same fault', () => {
  it.each([
    [['search', 'zzzzqqq'], 'usjapan: nothing found for "zzzzqqq"  (try: other words, or usjapan sections)'],
    [['facts', 'zzzzqqq'], 'usjapan: no figures match "zzzzqqq"  (try: usjapan facts, for all of them)'],
    [['section', 'nonsense'], 'usjapan: no section matches "nonsense"  (try: usjapan sections)'],
    [['search', 'yen', '--section', 'nonsense'], 'usjapan: no section matches "nonsense"  (try: usjapan sections)'],
    [['facts', '--section', 'nonsense'], 'usjapan: no section matches "nonsense"  (try: usjapan sections)'],
    [['show', 'overview-999'], 'usjapan: no sentence has the id "overview-999"  (try: usjapan search overview)'],
  ])('%j', (args, message) => {
    const r = inPipe(args);
    expect(r).toMatchObject({ code: 1, stdout: '' });
    expect(oneLine(r.stderr)).toBe(message);
  });
});

describe('messages at a narrow width are wrapped at spaces, never mid-word', () => {
  it('with COLUMNS', () => {
    const r = inPipe(['search'], { COLUMNS: '40' });
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(40);
    expect(lines.map((l) => l.trim()).join(' ')).toBe('usage: usjapan search <query...> (try: usjapan search troops)');
  });
});

describe('--version', () => {
  it('says the tool and the brief it answers from', () => {
    expect(inPipe(['--version'])).toMatchObject({ code: 0, stdout: 'usjapan 1.1.0 — IF10199 v19, 2022-03-30\n', stderr: '' });
    expect(inPipe(['-V']).stdout).toBe(inPipe(['--version']).stdout);
  });

  it('--json gives { version, reportId, reportVersion, updated, kb }', () => {
    const v = JSON.parse(inPipe(['--version', '--json']).stdout);
    expect(Object.keys(v)).toEqual(['version', 'reportId', 'reportVersion', 'updated', 'kb']);
    expect(v).toMatchObject({ version: '1.1.0', reportId: 'IF10199', reportVersion: 19, updated: '2022-03-30' });
    expect(v.kb).toMatch(/data\/kb\.json$/);
  });

  it('answers from the knowledge base that would answer (--kb, USJAPAN_KB)', () => {
    expect(inPipe(['--kb', 'tests/fixtures/tiny-kb.json', '--version']).stdout).toBe('usjapan 1.1.0 — XX0001 v3, 2024-01-15\n');
    expect(inPipe(['--version'], { USJAPAN_KB: 'tests/fixtures/tiny-kb.json' }).stdout).toBe('usjapan 1.1.0 — XX0001 v3, 2024-01-15\n');
  });

  it('still prints the tool version, exit 0, when that knowledge base cannot be read', () => {
    const r = inPipe(['--kb', '/nonexistent/kb.json', '--version']);
    expect(r).toMatchObject({ code: 0, stdout: 'usjapan 1.1.0\n' });
    expect(oneLine(r.stderr)).toMatch(/cannot read knowledge base/);
    const j = JSON.parse(inPipe(['--kb', '/nonexistent/kb.json', '--version', '--json']).stdout);
    expect(j).toEqual({ version: '1.1.0', reportId: null, reportVersion: null, updated: null, kb: '/nonexistent/kb.json' });
  });
});

describe('info --json', () => {
  it('has the counts as pageCount, sectionCount, factCount, and keeps the old keys', () => {
    const info = JSON.parse(inPipe(['info', '--json']).stdout);
    expect(info).toMatchObject({ pageCount: 3, sectionCount: 7, pages: 3, sections: 7 });
    expect(info.factCount).toBe(info.facts);
    expect(info.sentenceCount).toBe(info.sentences);
  });
});

describe('USJAPAN_KB', () => {
  it('chooses the knowledge base; --kb wins over it', () => {
    expect(inPipe(['sections', '--json'], { USJAPAN_KB: 'tests/fixtures/tiny-kb.json' }).stdout).toContain('alpha-topics');
    expect(inPipe(['--kb', 'data/kb.json', 'sections', '--json'], { USJAPAN_KB: 'tests/fixtures/tiny-kb.json' }).stdout).toContain('overview');
    expect(inPipe(['sections'], { USJAPAN_KB: '/nonexistent.json' })).toMatchObject({
      code: 2,
      stderr: 'usjapan: cannot read knowledge base /nonexistent.json: no such file  (try: unset USJAPAN_KB, for the bundled brief)\n',
    });
  });
});

describe('help', () => {
  it('section --help lists the sections of the knowledge base that answers, by number', () => {
    const out = inPipe(['section', '--help']).stdout;
    expect(out).toMatch(/Sections of IF10199 v19/);
    expect(out).toMatch(/^ {3}2 {2}COVID-19 Pandemic Response · covid-19-pandemic-response$/m);
    expect(inPipe(['--kb', 'tests/fixtures/tiny-kb.json', 'section', '--help']).stdout).toMatch(/^ {3}2 {2}Beta: Other Matters · beta-other-matters$/m);
    expect(inPipe(['--kb', '/nonexistent.json', 'section', '--help'])).toMatchObject({ code: 0 });
  });

  it('a section by its number', () => {
    expect(JSON.parse(inPipe(['section', '2', '--json']).stdout).id).toBe('covid-19-pandemic-response');
    expect(JSON.parse(inPipe(['facts', '--section', '2', '--json']).stdout)[0].sectionId).toBe('covid-19-pandemic-response');
    expect(inPipe(['section', '9']).stderr).toBe('usjapan: no section matches "9"  (try: usjapan sections)\n');
    expect(inPipe(['search', 'okinawa', '--section', '0']).stderr).toBe('usjapan: no section matches "0"  (try: usjapan sections)\n');
  });

  it('help <command> prints that command’s help, exit 0', () => {
    const r = inPipe(['help', 'search']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(inPipe(['search', '--help']).stdout);
  });
});
