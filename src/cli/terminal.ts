import { fstatSync, statSync } from 'node:fs';
import { PLAIN, type Style } from '../format/style.js';
import type { GlobalOptions } from './options.js';

/** Narrowest layout; COLUMNS below it is clamped. */
export const MIN_WIDTH = 20;
/** Widest layout; COLUMNS above it is clamped. */
export const MAX_WIDTH = 1000;
/** Prose is wrapped to the width, but never wider than this: long lines are hard to read. */
export const PROSE_WIDTH = 100;
/** The width in a pipe when COLUMNS does not say. */
const PIPE_WIDTH = 80;

/**
 * True when a file descriptor is a terminal. A pipe, a file or /dev/null (`2>/dev/null`, the
 * usual character device that is not a terminal) is told by stat alone: asking process.stdout
 * or loading node:tty loads Node's stream and socket modules, a real share of start-up.
 */
export function isTerminal(fd: 0 | 1 | 2): boolean {
  try {
    const st = fstatSync(fd);
    if (!st.isCharacterDevice()) return false;
    if (st.rdev === statSync('/dev/null').rdev) return false;
  } catch {
    return false;
  }
  return (fd === 0 ? process.stdin : fd === 1 ? process.stdout : process.stderr).isTTY === true;
}

/** True when stdout is a terminal. */
export function stdoutIsTerminal(): boolean {
  return isTerminal(1);
}

/**
 * The terminal styling for this run: color only on a terminal, never under NO_COLOR or
 * --no-color. chalk is loaded only when there is color to make.
 */
export async function styleFor(opts: GlobalOptions): Promise<Style> {
  const env = process.env;
  let level: 0 | 1 | 2 | 3 = stdoutIsTerminal() ? 1 : 0;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0' && env.FORCE_COLOR !== 'false') level = 1;
  if (opts.color === false || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) level = 0;
  if (level === 0) return PLAIN;
  const { Chalk } = await import('chalk');
  const c = new Chalk({ level });
  return { bold: c.bold, dim: c.dim, match: c.bold.yellow, heading: c.bold.cyan };
}

/** COLUMNS when it holds a whole number, clamped to 20–1000; undefined otherwise. */
export function columnsFromEnv(): number | undefined {
  const raw = process.env.COLUMNS?.trim();
  if (!raw || !/^\d+$/.test(raw)) return undefined;
  return Math.max(MIN_WIDTH, Math.min(Number(raw), MAX_WIDTH));
}

function clamp(n: number): number {
  return Math.max(MIN_WIDTH, Math.min(n, MAX_WIDTH));
}

/** Width of the output: COLUMNS, else the terminal's, else 80 in a pipe. */
export function widthFor(): number {
  const env = columnsFromEnv();
  if (env !== undefined) return env;
  const cols = stdoutIsTerminal() ? process.stdout.columns : undefined;
  return cols ? clamp(cols) : PIPE_WIDTH;
}

/** Width for prose: the output's width, at most 100 columns. */
export function proseWidth(): number {
  return Math.min(widthFor(), PROSE_WIDTH);
}

/**
 * Width to wrap messages on stderr to, at spaces (at most 100, as prose): COLUMNS, else the
 * terminal's when stderr is one; none (one line, for logs and scripts) when stderr is a pipe
 * and COLUMNS is not set.
 */
export function messageWidth(): number | undefined {
  const env = columnsFromEnv();
  const cols = env ?? (isTerminal(2) ? process.stderr.columns : undefined);
  return cols ? Math.min(clamp(cols), PROSE_WIDTH) : undefined;
}
