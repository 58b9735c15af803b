/**
 * Runs the built CLI in a real pseudo-terminal with `script` (util-linux), at a given width set
 * with stty, so layout is tested as a person sees it, not only by calling formatters.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const BIN = join(process.cwd(), 'bin', 'usjapan.js');

/** Quotes a word for sh. */
export function sh(word: string): string {
  return `'${word.replace(/'/g, `'\\''`)}'`;
}

/** The environment of a run: no color settings or width from the caller's own environment. */
export function cleanEnv(extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(NO_COLOR|FORCE_COLOR|COLUMNS|LINES|USJAPAN_.*|NODE_OPTIONS)$/.test(k)) env[k] = v;
  }
  return { ...env, ...extra };
}

export interface TerminalRun {
  /** What the terminal showed (stdout and stderr as they arrived), with \r\n made \n. */
  readonly screen: string;
  readonly code: number | null;
}

/**
 * Runs `usjapan <args>` on a terminal `cols` wide. `redirect` is appended to the command line
 * (e.g. "2>/tmp/x" to take stderr off the terminal); `input` is typed at the terminal.
 */
export function inTerminal(args: readonly string[], opts: { cols: number; env?: Record<string, string>; redirect?: string; input?: string }): TerminalRun {
  // The shell that script starts sets COLUMNS after stty: the variables are set on the exec
  // line instead, so the CLI sees the terminal's width unless a test gives COLUMNS itself.
  const vars = Object.entries(opts.env ?? {}).map(([k, v]) => sh(`${k}=${v}`));
  const command = `stty cols ${opts.cols} rows 50 2>/dev/null; exec env -u COLUMNS -u LINES ${vars.join(' ')} ${sh(process.execPath)} ${sh(BIN)} ${args.map(sh).join(' ')} ${opts.redirect ?? ''}`;
  const r = spawnSync('script', ['-qfec', command, '/dev/null'], {
    encoding: 'utf8',
    env: cleanEnv(),
    input: opts.input ?? '',
    timeout: 30_000,
  });
  return { screen: r.stdout.replace(/\r\n/g, '\n').replace(/\r/g, ''), code: r.status };
}

/** Runs `usjapan <args>` with stdout and stderr pipes. */
export function inPipe(args: readonly string[], env: Record<string, string> = {}, input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: cleanEnv(env), input, timeout: 30_000 });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status };
}

/** Lines of text without escape sequences. */
export function plainLines(text: string): string[] {
  return text.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').split('\n');
}
