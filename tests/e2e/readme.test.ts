import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, cleanEnv, sh } from '../support/terminal.js';

// The README's output examples (```console blocks: "$ usjapan …" and what it prints) are run as
// a reader would run them, in a terminal 80 columns wide, and must print exactly that.
const dir = mkdtempSync(join(tmpdir(), 'usjapan-readme-'));
mkdirSync(join(dir, 'bin'));
symlinkSync(BIN, join(dir, 'bin', 'usjapan'));
const PATH = `${join(dir, 'bin')}:${process.env.PATH}`;

interface Example {
  readonly command: string;
  readonly output: string;
}

function examples(markdown: string): Example[] {
  const out: Example[] = [];
  for (const block of markdown.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: { command: string; lines: string[] } | null = null;
    for (const line of block[1]!.split('\n')) {
      if (line.startsWith('$ ')) {
        if (current) out.push({ command: current.command, output: current.lines.join('\n').trimEnd() });
        current = { command: line.slice(2), lines: [] };
      } else current?.lines.push(line);
    }
    if (current) out.push({ command: current.command, output: current.lines.join('\n').trimEnd() });
  }
  return out;
}

/** What a terminal 80 columns wide shows for a shell command line. */
function onTerminal(command: string): string {
  const r = spawnSync('script', ['-qfec', `stty cols 80 rows 50 2>/dev/null; exec env -u COLUMNS PATH=${sh(PATH)} NO_COLOR=1 sh -c ${sh(command)}`, '/dev/null'], {
    encoding: 'utf8',
    env: cleanEnv(),
    timeout: 30_000,
  });
  return r.stdout.replace(/\r\n/g, '\n').trimEnd();
}

/** The same command line in a pipe, with COLUMNS=80. */
function inPipe(command: string): string {
  const r = spawnSync('sh', ['-c', command], { encoding: 'utf8', env: { ...cleanEnv({ COLUMNS: '80', NO_COLOR: '1' }), PATH }, timeout: 30_000 });
  return r.stdout.trimEnd();
}

const found = examples(readFileSync('README.md', 'utf8'));

describe('README examples', () => {
  it('has examples of every kind of output', () => {
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(found.some((e) => e.output.includes('┌'))).toBe(true);
  });

  it.each(found.map((e) => [e.command, e] as const))('$ %s', (_, e) => {
    expect(onTerminal(e.command)).toBe(e.output);
    // A table example of a listing command is also what a pipe prints with --format table.
    if (/^usjapan (facts|sections|search)\b/.test(e.command) && e.output.includes('┌')) {
      expect(inPipe(`${e.command} --format table`)).toBe(e.output);
    }
  });
});
