import { CommanderError } from 'commander';
import type { Outcome, Status } from './outcome.js';
import { err, errRaw, out, outRaw } from './output.js';
import { program } from './program.js';

/** Exit codes users and scripts rely on, set here and nowhere else. */
export const EXIT: Readonly<Record<Status, number>> = { found: 0, nothing: 1, usage: 2, 'bad-input': 2, 'bad-kb': 2 };

/** Runs the CLI: parses, runs one command, then writes its outcome and sets the exit code. */
export async function main(argv: string[], version: string): Promise<void> {
  process.on('SIGINT', () => process.exit(130));
  // Commander's own text (help, version, parse errors), in the order it produced it.
  const parserText: (() => void)[] = [];
  let outcome: Outcome | null = null;
  try {
    await program(version, {
      outcome: (o) => (outcome = o),
      writeOut: (t) => parserText.push(() => outRaw(t)),
      writeErr: (t) => parserText.push(() => errRaw(t)),
      message: (m) => parserText.push(() => err(m)),
    }).parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) outcome = { status: e.exitCode === 0 ? 'found' : 'usage' };
    else outcome = { status: 'usage', messages: [`internal error: ${(e as Error).message}`] };
  }
  const result: Outcome = outcome ?? { status: 'found' };
  // Set before writing: a closed pipe ends the process during a write, with this code.
  process.exitCode = EXIT[result.status];
  for (const write of parserText) write();
  if (result.stdout) out(result.stdout);
  if (result.stderr) errRaw(result.stderr);
  for (const m of result.messages ?? []) err(m);
}
