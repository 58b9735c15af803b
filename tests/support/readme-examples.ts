import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cleanEnv, sh } from './terminal.js';

/** One output example of the README: a "$ usjapan …" line of a ```console block and what follows it. */
export interface Example {
  readonly command: string;
  readonly output: string;
}

/** The README's output examples, in order. */
export function examples(markdown: string): Example[] {
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

/** A PATH on which `usjapan` is this checkout's binary (a symlink in `dir`/bin). */
export function pathWithUsjapan(dir: string): string {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  symlinkSync(BIN, join(dir, 'bin', 'usjapan'));
  return `${join(dir, 'bin')}:${process.env.PATH}`;
}

/** What a terminal 80 columns wide shows for a shell command line. */
export function onTerminal(command: string, path: string): string {
  const r = spawnSync('script', ['-qfec', `stty cols 80 rows 50 2>/dev/null; exec env -u COLUMNS PATH=${sh(path)} NO_COLOR=1 sh -c ${sh(command)}`, '/dev/null'], {
    encoding: 'utf8',
    env: cleanEnv(),
    timeout: 30_000,
  });
  return r.stdout.replace(/\r\n/g, '\n').trimEnd();
}

/** The same command line in a pipe, with COLUMNS=80. */
export function inPipe(command: string, path: string): string {
  const r = spawnSync('sh', ['-c', command], { encoding: 'utf8', env: { ...cleanEnv({ COLUMNS: '80', NO_COLOR: '1' }), PATH: path }, timeout: 30_000 });
  return r.stdout.trimEnd();
}
