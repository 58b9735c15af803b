import type { Command } from 'commander';
import type { GlobalOptions } from './options.js';
import type { Outcome } from './outcome.js';

/**
 * Registers `ingest` and `use`, the commands that make and switch knowledge bases. Both are
 * loaded on demand (ingest's bundle carries the whole ingest pipeline; both write files, which
 * needs node:crypto for temporary names), so query commands start as fast as before.
 */
export function addKbCommands(p: Command, outcome: (o: Outcome) => void): void {
  const globals = (cmd: Command) => cmd.optsWithGlobals() as GlobalOptions;
  p.command('ingest')
    .description("build a knowledge base from a brief's PDF or text")
    .argument('<file>', 'a CRS In Focus brief: its PDF, or a text rendering')
    .option('-o, --output <file>', 'write the knowledge base here (replaced only on success); - for stdout')
    .option('--use', 'store it and answer from it from now on (usjapan use --bundled goes back)')
    .option('--json', 'the summary as JSON')
    .action(async (file: string, opts: Record<string, unknown>, cmd: Command) => {
      const { ingestCommand } = await import('./commands/ingest.js');
      outcome(await ingestCommand(file, opts, globals(cmd)));
    });
  p.command('use')
    .description('list stored knowledge bases, or choose the one that answers')
    .argument('[report]', 'a stored brief: IF10199, or IF10199@20 for one version')
    .option('--bundled', 'answer from the bundled brief again')
    .option('--json', 'JSON for scripts')
    .action(async (spec: string | undefined, opts: Record<string, unknown>, cmd: Command) => {
      const { useCommand } = await import('./commands/use.js');
      outcome(await useCommand(spec, opts, globals(cmd)));
    });
}
