import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { factsCommand, infoCommand, searchCommand, sectionCommand, sectionsCommand } from './commands.js';
import { EXIT } from './context.js';
import { err, errRaw, outRaw } from './output.js';

function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > 1000) {
    throw new InvalidArgumentError('expected a whole number from 1 to 1000');
  }
  return n;
}

/** Builds the command-line program; help text comes from here. */
export function program(version: string): Command {
  const p = new Command('usjapan')
    .description('Answers questions from CRS In Focus IF10199, "U.S.-Japan Relations" (v19, March 30, 2022), offline.')
    .version(version, '-V, --version')
    .option('--kb <path>', 'load another knowledge base file (validated)')
    .option('--no-color', 'plain output, no colors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: outRaw, writeErr: errRaw, outputError: (s) => err(s.replace(/^error: /, '')) });
  p.command('search')
    .description('the sentences that answer a question, best first')
    .argument('<query...>', 'words, a question, a number; - reads it from stdin')
    .addOption(new Option('-n, --limit <n>', 'how many answers').argParser(positiveInt).default(5))
    .option('--section <name>', 'only this section')
    .option('--json', 'JSON for scripts')
    .action(searchCommand);
  p.command('section')
    .description("a section's summary and key figures")
    .argument('<name...>', 'a section name, fuzzy ("trade", "covid")')
    .option('--full', 'all of its text')
    .option('--json', 'JSON for scripts')
    .action(sectionCommand);
  p.command('sections').description('the table of contents').option('--json', 'JSON for scripts').action(sectionsCommand);
  p.command('facts')
    .description('figures in the brief, all or those matching')
    .argument('[query...]', 'words to match')
    .option('--section <name>', 'only this section')
    .option('--json', 'JSON for scripts')
    .action(factsCommand);
  p.command('info').description('title, authors, citation').option('--json', 'JSON for scripts').action(infoCommand);
  for (const c of p.commands) c.exitOverride().configureOutput({ writeOut: outRaw, writeErr: errRaw, outputError: (s) => err(s.replace(/^error: /, '')) });
  return p;
}

/** Runs the CLI; every failure becomes one line on stderr and exit 2. */
export async function main(argv: string[], version: string): Promise<void> {
  process.on('SIGINT', () => process.exit(130));
  try {
    await program(version).parseAsync(argv);
  } catch (e) {
    if (e instanceof CommanderError) {
      process.exitCode = e.exitCode === 0 ? 0 : EXIT.usage;
      return;
    }
    err(`internal error: ${(e as Error).message}`);
    process.exitCode = EXIT.usage;
  }
}
