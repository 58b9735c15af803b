import { fstatSync } from 'node:fs';
import { PLAIN, type Style } from '../format/style.js';
import type { GlobalOptions } from './options.js';

/**
 * True when stdout is a terminal. A pipe or a file is told by fstat alone: creating
 * process.stdout to ask it loads Node's stream and socket modules, a real share of start-up.
 */
export function stdoutIsTerminal(): boolean {
  try {
    if (!fstatSync(1).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.stdout.isTTY === true;
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

/** Width to wrap to: the terminal's, or 80 in a pipe. */
export function widthFor(): number {
  const cols = stdoutIsTerminal() ? process.stdout.columns : undefined;
  return Math.max(40, Math.min(cols ?? 80, 200));
}

/** True when stderr is a terminal: notes about a query are for a person, not for a script's log. */
export function stderrIsTerminal(): boolean {
  try {
    if (!fstatSync(2).isCharacterDevice()) return false;
  } catch {
    return false;
  }
  return process.stderr.isTTY === true;
}
