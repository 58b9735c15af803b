import { describe, expect, it } from 'vitest';
import { displayWidth } from '../../src/format/width.js';
import { inPipe, inTerminal, plainLines } from '../support/terminal.js';

// Every command, in a real terminal (a pseudo-terminal made by `script`), as a person runs them.
const INVOCATIONS: string[][] = [
  ['search', 'troops'],
  ['search', 'who leads the ldp', '-n', '10'],
  ['search', 'okinawa', '-C', '2'],
  ['search', 'okinawa', '--format', 'table'],
  ['show', 'overview-3', '-C', '2'],
  ['section', 'covid'],
  ['section', 'trade'],
  ['section', 'overview', '--full'],
  ['sections'],
  ['sections', '--format', 'table'],
  ['facts'],
  ['facts', 'billion'],
  ['facts', '--section', 'covid'],
  ['info'],
  ['timeline'],
  ['define', 'kishida'],
  ['glossary'],
  ['cite'],
  ['cite', 'overview-3', '--style', 'bibtex'],
  ['--version'],
  ['--help'],
  ...['search', 'show', 'section', 'sections', 'facts', 'timeline', 'define', 'glossary', 'cite', 'info', 'completion', 'help'].map((c) => [c, '--help']),
  [],
  ['search'],
  ['bogus'],
  ['serch', 'x'],
  ['sections', '--section', 'x'],
  ['search', '-n', 'x', 'a'],
  ['search', 'a', '--json', '--format', 'csv'],
  ['completion', 'tcsh'],
  ['search', 'zzzzqqq'],
  ['section', 'nonsense'],
  ['--kb', '/nonexistent/kb.json', 'info'],
];

const BOX = /[│┌┐└┘├┤┬┴┼]/;

describe('in a terminal 40 columns wide', () => {
  it.each(INVOCATIONS.map((a) => [a.join(' ') || '(bare)', a] as const))('usjapan %s: every line fits', (_, args) => {
    const { screen } = inTerminal(args, { cols: 40, env: { NO_COLOR: '1' } });
    expect(screen.trim()).not.toBe('');
    for (const line of plainLines(screen)) expect(displayWidth(line), line).toBeLessThanOrEqual(40);
  });

  it('breaks no word of a search answer', () => {
    const { screen } = inTerminal(['search', 'who leads the ldp', '-n', '3'], { cols: 40, env: { NO_COLOR: '1' } });
    const json = inPipe(['search', 'who leads the ldp', '-n', '3', '--json']);
    const flat = plainLines(screen).join(' ');
    for (const hit of JSON.parse(json.stdout) as { text: string }[]) for (const w of hit.text.split(' ')) expect(flat).toContain(w);
  });

  it('shows tables as stacked records', () => {
    const { screen } = inTerminal(['facts', 'billion'], { cols: 40, env: { NO_COLOR: '1' } });
    expect(BOX.test(screen)).toBe(false);
    expect(screen).toMatch(/^Figure {4}\S/m);
  });
});

describe('in a terminal 200 columns wide', () => {
  it.each(INVOCATIONS.map((a) => [a.join(' ') || '(bare)', a] as const))('usjapan %s: prose within 100 columns', (_, args) => {
    const { screen } = inTerminal(args, { cols: 200, env: { NO_COLOR: '1' } });
    for (const line of plainLines(screen)) {
      if (BOX.test(line)) expect(displayWidth(line)).toBeLessThanOrEqual(200);
      else expect(displayWidth(line), line).toBeLessThanOrEqual(100);
    }
  });

  it('sizes tables to their content, without rules between rows', () => {
    const { screen } = inTerminal(['facts'], { cols: 200, env: { NO_COLOR: '1' } });
    const lines = plainLines(screen).filter((l) => BOX.test(l) || l.startsWith('├'));
    expect(lines.filter((l) => l.startsWith('├'))).toHaveLength(1);
    // As wide as its content (the longest fact label is about 90 columns), not the terminal's 200.
    expect(displayWidth(lines[0]!)).toBeLessThan(195);
    const header = lines[1]!;
    expect(header).toMatch(/│ Page │$/);
  });
});

describe('COLUMNS wins over the terminal width', () => {
  it('in a terminal', () => {
    const narrow = inTerminal(['search', 'troops'], { cols: 200, env: { NO_COLOR: '1', COLUMNS: '40' } });
    for (const line of plainLines(narrow.screen)) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    const wide = inTerminal(['search', 'troops'], { cols: 40, env: { NO_COLOR: '1', COLUMNS: '120' } });
    expect(Math.max(...plainLines(wide.screen).map(displayWidth))).toBeGreaterThan(60);
  });

  it('in a pipe', () => {
    const r = inPipe(['search', 'troops'], { COLUMNS: '40' });
    for (const line of r.stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(40);
    expect(Math.max(...inPipe(['search', 'troops']).stdout.split('\n').map(displayWidth))).toBeGreaterThan(60);
  });

  it('is clamped to 20–1000 and ignored when not a number', () => {
    for (const line of inPipe(['info'], { COLUMNS: '5' }).stdout.split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(20);
    expect(inPipe(['info'], { COLUMNS: 'wide' }).stdout).toBe(inPipe(['info']).stdout);
  });
});

describe('terminal-only behaviour', () => {
  it('search tells a person at a terminal how many were left out, on stderr only', () => {
    expect(inTerminal(['search', 'japan'], { cols: 80, env: { NO_COLOR: '1' } }).screen).toMatch(/^usjapan: 5 of \d+ shown; -n \d+ for all$/m);
    // stderr taken off the terminal: no count
    const offTerminal = inTerminal(['search', 'japan'], { cols: 80, env: { NO_COLOR: '1' }, redirect: '2>/dev/null' });
    expect(offTerminal.screen).not.toMatch(/shown/);
    expect(inPipe(['search', 'japan']).stderr).toBe('');
  });

  it('search - prompts "question: " on stderr and reads one line', () => {
    const r = inTerminal(['search', '-', '-n', '1'], { cols: 80, env: { NO_COLOR: '1' }, input: 'okinava\n' });
    expect(r.code).toBe(0);
    expect(r.screen).toContain('question: ');
    expect(r.screen).toContain('Okinawa');
    // stdout taken off the terminal: the prompt is still there, so it came on stderr
    const prompt = inTerminal(['search', '-'], { cols: 80, env: { NO_COLOR: '1' }, input: 'okinava\n', redirect: '>/dev/null' });
    expect(prompt.screen).toContain('question: ');
    expect(prompt.screen).not.toContain('Okinawa ');
  });

  it('bare usjapan: a short usage on stdout, exit 0, at a terminal; on stderr, exit 2, in a pipe', () => {
    const term = inTerminal([], { cols: 80, env: { NO_COLOR: '1' }, redirect: '2>/dev/null' });
    expect(term.code).toBe(0);
    expect(term.screen).toMatch(/Usage: usjapan <command>/);
    expect(term.screen).toContain('$ usjapan search troops');
    const pipe = inPipe([]);
    expect(pipe).toMatchObject({ code: 2, stdout: '' });
    expect(pipe.stderr).toMatch(/Usage: usjapan <command>/);
  });

  it('colors at a terminal, not under NO_COLOR', () => {
    expect(inTerminal(['search', 'troops'], { cols: 80 }).screen).toMatch(/\u001b\[/);
    expect(inTerminal(['search', 'troops'], { cols: 80, env: { NO_COLOR: '1' } }).screen).not.toMatch(/\u001b\[/);
  });
});
