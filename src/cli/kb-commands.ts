import type { CliCommand } from './command.js';
import type { CommandOptions, GlobalOptions } from './options.js';
import type { Outcome } from './outcome.js';

/** A command's run, as program.ts's `act` wraps it into a commander action. */
type Run = (words: string[], opts: CommandOptions, globals: GlobalOptions, cmd: CliCommand) => Promise<Outcome>;

/**
 * Registers `ingest` and `use`, the commands that make and switch knowledge bases. Both are
 * loaded on demand (ingest's bundle carries the whole ingest pipeline; both write files), so
 * query commands start as fast as before.
 */
export function addKbCommands(p: CliCommand, act: (run: Run) => (...args: unknown[]) => Promise<void>): void {
  p.command('ingest')
    .description("build a knowledge base from a brief's PDF or text")
    .argument('<file>', 'a CRS In Focus brief: its PDF, or a text rendering')
    .option('-o, --output <file>', 'write the knowledge base here (replaced only on success); - for stdout')
    .option('--use', 'store it and answer from it from now on (usjapan use --bundled goes back)')
    .object()
    .completes('file', 'file')
    .json('{ reportId, title, version, updated, sectionCount, sentenceCount, factCount, from, output, stored }; on stderr with -o -')
    .examples([
      { run: 'usjapan ingest IF10199.pdf --use', says: 'answer from a newer IF10199 from now on' },
      { run: 'usjapan ingest IF12610.pdf -o space-force.json', says: 'a knowledge base for --kb or USJAPAN_KB' },
      { run: 'usjapan ingest brief.pdf -o - | jq .document', says: 'the knowledge base on stdout, the summary on stderr' },
    ])
    .action(
      act(async (words, opts, globals) => {
        const { ingestCommand } = await import('./commands/ingest.js');
        return ingestCommand(words[0] ?? '', opts, globals);
      }),
    );
  p.command('use')
    .description('list stored knowledge bases, or choose the one that answers')
    .argument('[report]', 'a stored brief: IF10199, or IF10199@20 for one version')
    .option('--bundled', 'answer from the bundled brief again')
    .object()
    .json('[{ reportId, title, version, updated, file, bundled, active }]; with a report or --bundled, the one now answering')
    .examples([
      { run: 'usjapan use', says: 'the stored briefs, the default marked with *' },
      { run: 'usjapan use IF10199@19', says: 'answer from version 19 of IF10199' },
      { run: 'usjapan use --bundled', says: 'back to the brief that ships with usjapan' },
    ])
    .action(
      act(async (words, opts, globals) => {
        const { useCommand } = await import('./commands/use.js');
        return useCommand(words[0], opts, globals);
      }),
    );
}
