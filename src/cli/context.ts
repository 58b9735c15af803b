import { fstatSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadKb } from '../kb/load.js';
import type { KnowledgeBase } from '../kb/schema.js';
import { PLAIN, type Style } from '../format/text.js';
import { err } from './output.js';

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

/** Exit codes users and scripts rely on. */
export const EXIT = { found: 0, nothing: 1, usage: 2 } as const;

/** Longest query we search; longer input is refused rather than searched slowly. */
export const MAX_QUERY_CHARS = 1000;

export interface GlobalOptions {
  kb?: string;
  color?: boolean;
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

declare const __KB_URL__: string | undefined;

/** The bundled knowledge base: the bundle (dist/) and the sources (src/cli/) sit at different depths. */
export function defaultKbPath(): string {
  return fileURLToPath(new URL(typeof __KB_URL__ === 'string' ? __KB_URL__ : '../../data/kb.json', import.meta.url));
}

/** Loads the knowledge base for a command, or reports why not and returns null (exit 2). */
export async function openKb(opts: GlobalOptions): Promise<KnowledgeBase | null> {
  const result = await loadKb(opts.kb ?? defaultKbPath(), opts.kb === undefined);
  if (result.ok) return result.kb;
  err(result.error);
  process.exitCode = EXIT.usage;
  return null;
}

/** Reads a query piped on stdin ("usjapan search -"), up to one byte past the cap. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_QUERY_CHARS * 4) break;
  }
  return Buffer.concat(chunks).toString('utf8').trim();
}

/**
 * Joins query words ("-" alone reads the query from stdin) and checks the length cap; null
 * (exit 2) when it is too long.
 */
export async function readQuery(words: readonly string[]): Promise<string | null> {
  const q = words.length === 1 && words[0] === '-' ? await readStdin() : words.join(' ');
  if (q.length > MAX_QUERY_CHARS) {
    err(`query too long (${q.length} characters; the limit is ${MAX_QUERY_CHARS})`);
    process.exitCode = EXIT.usage;
    return null;
  }
  return q;
}
