import { describe, expect, it } from 'vitest';
import type { CliCommand } from '../../../src/cli/command.js';
import { renderHelp, shortUsage, visibleCommands } from '../../../src/cli/help.js';
import { manPage } from '../../../src/cli/man-page.js';
import { program } from '../../../src/cli/program.js';
import { closest } from '../../../src/cli/usage.js';
import { displayWidth } from '../../support/tiny-kb.js';

const root = program({ outcome: () => {}, writeOut: () => {}, writeErr: () => {} });
const commands = visibleCommands(root) as CliCommand[];

describe('help', () => {
  it.each(commands.map((c) => [c.name(), c] as const))('%s declares 2–3 examples, each a usjapan command line', (_, c) => {
    expect(c.exampleList.length).toBeGreaterThanOrEqual(2);
    expect(c.exampleList.length).toBeLessThanOrEqual(3);
    for (const e of c.exampleList) expect(e.run).toMatch(new RegExp(`^(source <\\()?usjapan ${c.name()}\\b`));
  });

  it.each(commands.filter((c) => c.formatKind).map((c) => [c.name(), c] as const))('%s documents its JSON shape', (_, c) => {
    expect(c.jsonShape).toMatch(/^[[{]/);
  });

  it.each([40, 80, 200])('every help fits %i columns and prose stays within 100', (width) => {
    for (const c of [root, ...commands]) {
      const text = renderHelp(c, Math.min(width, 100));
      for (const line of text.split('\n')) expect(displayWidth(line), `${c.name()}: ${line}`).toBeLessThanOrEqual(Math.min(width, 100));
      expect(text).not.toMatch(/ \n/);
    }
  });

  it('shows examples in every command’s help', () => {
    for (const c of commands) expect(renderHelp(c, 80)).toContain(`Examples:\n  $ ${c.exampleList[0]!.run}`);
  });

  it('ends the root help with exit codes, environment variables and where the JSON shapes are', () => {
    const text = renderHelp(root, 80);
    const tail = text.slice(text.indexOf('Exit codes:'));
    for (const word of ['130', 'NO_COLOR', 'FORCE_COLOR', 'COLUMNS', 'USJAPAN_KB', 'XDG_DATA_HOME', 'JSON for scripts']) expect(tail).toContain(word);
    expect(text.indexOf('Exit codes:')).toBeGreaterThan(text.indexOf('Commands:'));
  });

  it('gives bare usjapan a short usage with examples', () => {
    const text = shortUsage(root, 80);
    expect(text).toMatch(/^Usage: usjapan <command>/);
    expect(text).toContain('$ usjapan search troops');
    // One line per command (fifteen of them, with timeline, define, glossary and cite) and three examples.
    expect(text.split('\n').length).toBeLessThan(30);
  });
});

describe('man page', () => {
  const page = manPage(root, '1.1.0');
  it('is made from the same tree: every command, option and example', () => {
    for (const c of commands) {
      expect(page).toContain(`.B usjapan ${c.name()}`);
      for (const o of c.options) expect(page).toContain(o.flags.replace(/-/g, '\\-'));
      for (const e of c.exampleList) expect(page).toContain(e.says.replace(/-/g, '\\-').replace(/’/g, '\\[u2019]'));
    }
  });
  it('has no raw non-ASCII and no line starting with a stray control character', () => {
    expect(page).toMatch(/^[\x20-\x7e\n]*$/);
    for (const line of page.split('\n')) expect(line).not.toMatch(/^'/);
  });
});

describe('did you mean', () => {
  it.each([
    ['serch', ['search', 'section', 'sections'], 'search'],
    ['--lmit', ['--limit', '--section'], '--limit'],
    ['--section', ['--format', '--json', '--kb', '--no-color', '--version', '--help'], undefined],
    ['xyz', ['search'], undefined],
  ])('%s → %s', (word, candidates, meant) => expect(closest(word, candidates)).toBe(meant));
});
