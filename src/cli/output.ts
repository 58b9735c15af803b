/**
 * The one place that writes to the terminal. A closed pipe (usjapan … | head) ends the
 * process quietly instead of throwing EPIPE.
 */
export function installPipeGuard(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw err;
    });
  }
}

/** Writes a result to stdout with a final newline. */
export function out(text: string): void {
  if (text !== '') process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Writes a message to stderr, one line, prefixed with the program name. */
export function err(message: string): void {
  process.stderr.write(`usjapan: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

/** Writes a JSON value as scripts expect it: two-space indented, never colored. */
export function outJson(value: unknown): void {
  out(JSON.stringify(value, null, 2));
}
