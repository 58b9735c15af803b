import { CommanderError } from 'commander';
import type { Outcome, Status } from './outcome.js';
import { err, errRaw, out, outRaw } from './output.js';
import { program } from './program.js';
import { messageWidth } from './terminal.js';
import { asksVersion, versionOutcome } from './version.js';

/** Exit codes users and scripts rely on, set here and nowhere else. */
export const EXIT: Readonly<Record<Status, number>> = { found: 0, nothing: 1, usage: 2, 'bad-input': 2, 'bad-kb': 2 };

/** Parses the arguments and runs one command; commander's own text (help) comes back to be written in order. */
async function run(argv: string[], parserText: (() => void)[]): Promise<Outcome> {
  let outcome: Outcome | null = null;
  try {
    await program({
      outcome: (o) => (outcome = o),
      writeOut: (t) => parserText.push(() => outRaw(t)),
      writeErr: (t) => parserText.push(() => errRaw(t)),
    }).parseAsync(argv);
  } catch (e) {
    // Parse errors arrive as one line already (CliCommand.error); help ends with exit code 0.
    if (e instanceof CommanderError) return e.exitCode === 0 ? { status: 'found' } : { status: 'usage', messages: [e.message] };
    return { status: 'usage', messages: [`internal error: ${(e as Error).message}`] };
  }
  return outcome ?? { status: 'found' };
}

/** `usjapan __complete <words...>`, for the completion scripts: loaded only for them. */
async function completeWords(words: string[]): Promise<Outcome> {
  const { complete, completionLines, kbSources } = await import('./completion/complete.js');
  const root = program({ outcome: () => {}, writeOut: () => {}, writeErr: () => {} });
  return { status: 'found', stdout: completionLines(await complete(root, words, kbSources(words))) };
}

/** Runs the CLI: parses, runs one command, then writes its outcome and sets the exit code. */
export async function main(argv: string[], version: string): Promise<void> {
  process.on('SIGINT', () => process.exit(130));
  const args = argv.slice(2);
  const parserText: (() => void)[] = [];
  const result =
    args[0] === '__complete' ? await completeWords(args.slice(1)) : asksVersion(args) ? await versionOutcome(version, args) : await run(argv, parserText);
  // Set before writing: a closed pipe ends the process during a write, with this code.
  process.exitCode = EXIT[result.status];
  for (const write of parserText) write();
  if (result.stdout) out(result.stdout);
  if (result.stderr) errRaw(result.stderr);
  const width = result.messages?.length ? messageWidth() : undefined;
  for (const m of result.messages ?? []) err(m, width);
}
