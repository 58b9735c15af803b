import { writeSync } from 'node:fs';
import { safe } from '../format/safe.js';
import { displayWidth } from '../format/width.js';
import { hang } from '../format/wrap.js';

/**
 * The one place that writes to the terminal. It writes to the file descriptors directly: the
 * process.stdout stream costs a noticeable share of start-up to create, and a synchronous write
 * finishes before the process exits. A closed pipe (usjapan … | head) ends the process quietly.
 */
function writeAll(fd: 1 | 2, text: string): void {
  const buf = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buf.length) {
    try {
      offset += writeSync(fd, buf, offset);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'EAGAIN') {
        // A non-blocking pipe that is full: wait a moment for the reader.
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5);
        continue;
      }
      if (code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    }
  }
}

/** Writes a result to stdout with a final newline. */
export function out(text: string): void {
  if (text !== '') writeAll(1, text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes raw text to stdout (help and version text from the argument parser). */
export function outRaw(text: string): void {
  writeAll(1, text);
}

/** Writes raw text to stderr. */
export function errRaw(text: string): void {
  writeAll(2, text);
}

/**
 * Writes a message to stderr: one line, prefixed with the program name (a usage line is not: it
 * starts with "usage:"). Given a width (a terminal's, or COLUMNS), a long message is wrapped at
 * spaces, its continuation indented, rather than broken mid-word by the terminal.
 */
export function err(message: string, width?: number): void {
  // Messages echo user input and knowledge-base text: control characters are shown, not sent.
  const line = safe(message.replace(/\s*\n\s*/g, ' ').trimEnd());
  const text = line.startsWith('usage: ') ? line : `usjapan: ${line}`;
  const fits = width === undefined || displayWidth(text) <= width;
  writeAll(2, `${fits ? text : hang(text, width, '', '  ').join('\n')}\n`);
}
