/**
 * What a command ends with: its status, the text for stdout and the one-line messages for
 * stderr. Commands return outcomes; main.ts alone turns them into writes and an exit code.
 */
export type Status = 'found' | 'nothing' | 'usage' | 'bad-input' | 'bad-kb';

export interface Outcome {
  readonly status: Status;
  /** The result, written to stdout with a final newline (nothing when empty). */
  readonly stdout?: string;
  /** Text for stderr as it is (bare `usjapan` in a pipe prints its usage there; `ingest -o -` its summary). */
  readonly stderr?: string;
  /** One-line messages for stderr, each prefixed with the program name. */
  readonly messages?: readonly string[];
}

/** A result was printed. */
export function found(stdout: string, messages: readonly string[] = []): Outcome {
  return { status: 'found', stdout, messages };
}

/** Nothing matched: stdout holds only what JSON mode prints for a miss. */
export function nothing(stdout: string, messages: readonly string[] = []): Outcome {
  return { status: 'nothing', stdout, messages };
}

/** The command could not run: one message on stderr, nothing on stdout. */
export function failed(status: 'usage' | 'bad-input' | 'bad-kb', message: string): Outcome {
  return { status, messages: [message] };
}

/** A step's value, or the outcome that ends the command. */
export type Step<T> = { ok: true; value: T } | { ok: false; outcome: Outcome };
