import { Command, Option } from 'commander';
import { citeCommand } from './commands/cite.js';
import { defineCommand } from './commands/define.js';
import { factsCommand } from './commands/facts.js';
import { glossaryCommand } from './commands/glossary.js';
import { infoCommand } from './commands/info.js';
import { searchCommand } from './commands/search.js';
import { sectionCommand } from './commands/section.js';
import { sectionsCommand } from './commands/sections.js';
import { timelineCommand } from './commands/timeline.js';
import { positiveInt, type CommandOptions, type GlobalOptions } from './options.js';
import type { Outcome } from './outcome.js';

/** Where the program sends what it produces: commands' outcomes and commander's own text. */
export interface ProgramSink {
  readonly outcome: (o: Outcome) => void;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
  readonly message: (line: string) => void;
}

/** Builds the command-line program; help text comes from here. */
export function program(version: string, sink: ProgramSink): Command {
  const output = { writeOut: sink.writeOut, writeErr: sink.writeErr, outputError: (s: string) => sink.message(s.replace(/^error: /, '')) };
  const p = new Command('usjapan')
    .description('Answers questions from CRS In Focus IF10199, "U.S.-Japan Relations" (v19, March 30, 2022), offline.')
    .version(version, '-V, --version')
    .option('--kb <path>', 'load another knowledge base file (validated)')
    .option('--no-color', 'plain output, no colors')
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput(output);
  const globals = (cmd: Command) => cmd.optsWithGlobals() as GlobalOptions;
  const withQuery =
    (run: (words: string[], opts: CommandOptions, g: GlobalOptions) => Promise<Outcome>) =>
    async (words: string[], opts: CommandOptions, cmd: Command) =>
      sink.outcome(await run(words, opts, globals(cmd)));
  const withoutQuery =
    (run: (opts: CommandOptions, g: GlobalOptions) => Promise<Outcome>) =>
    async (opts: CommandOptions, cmd: Command) =>
      sink.outcome(await run(opts, globals(cmd)));
  p.command('search')
    .description('the sentences that answer a question, best first')
    .argument('<query...>', 'words, a question, a number; - reads it from stdin')
    .addOption(new Option('-n, --limit <n>', 'how many answers').argParser(positiveInt).default(5))
    .option('--section <name>', 'only this section')
    .option('--json', 'JSON for scripts')
    .action(withQuery(searchCommand));
  p.command('section')
    .description("a section's summary and key figures")
    .argument('<name...>', 'a section name, fuzzy ("trade", "covid")')
    .option('--full', 'all of its text')
    .option('--json', 'JSON for scripts')
    .action(withQuery(sectionCommand));
  p.command('sections').description('the table of contents').option('--json', 'JSON for scripts').action(withoutQuery(sectionsCommand));
  p.command('facts')
    .description('figures in the brief, all or those matching')
    .argument('[query...]', 'words to match')
    .option('--section <name>', 'only this section')
    .option('--json', 'JSON for scripts')
    .action(withQuery(factsCommand));
  p.command('info').description('title, authors, citation').option('--json', 'JSON for scripts').action(withoutQuery(infoCommand));
  const examples = (lines: readonly string[]) => `\nExamples:\n${lines.map((l) => `  ${l}`).join('\n')}\n`;
  const TIMELINE_EXAMPLES = ['usjapan timeline', 'usjapan timeline --from 2020 --to 2022', 'usjapan timeline --section politics --json'];
  p.command('timeline')
    .description('dated events, periods and targets, in date order')
    .option('--from <year>', 'only what overlaps this year or later')
    .option('--to <year>', 'only what overlaps this year or earlier')
    .option('--section <name>', 'only this section')
    .option('--json', 'JSON for scripts')
    .addHelpText('after', examples(TIMELINE_EXAMPLES))
    .action(withoutQuery(timelineCommand));
  const DEFINE_EXAMPLES = ['usjapan define ldp', 'usjapan define "Self Defense Forces"', 'usjapan define kishida --json'];
  p.command('define')
    .description('what a term, an acronym or a person is, as the brief says')
    .argument('<term...>', 'a term, fuzzy and case-tolerant')
    .option('--json', 'JSON for scripts')
    .addHelpText('after', examples(DEFINE_EXAMPLES))
    .action(withQuery(defineCommand));
  const GLOSSARY_EXAMPLES = ['usjapan glossary', "usjapan glossary --json | jq -r '.[] | select(.kind == \"acronym\") | .term'"];
  p.command('glossary')
    .description('every acronym, named thing and person the brief explains')
    .option('--json', 'JSON for scripts')
    .addHelpText('after', examples(GLOSSARY_EXAMPLES))
    .action(withoutQuery(glossaryCommand));
  const CITE_EXAMPLES = ['usjapan cite', 'usjapan cite --style apa', 'usjapan cite overview-3 --style bibtex'];
  p.command('cite')
    .description('the brief, or one of its sentences, as a citation')
    .argument('[sentence-id]', 'a sentence id (search --json prints them) to add its page')
    .addOption(new Option('--style <style>', 'citation style').choices(['crs', 'apa', 'mla', 'chicago', 'bibtex']).default('crs'))
    .option('--json', 'JSON for scripts')
    .addHelpText('after', examples(CITE_EXAMPLES))
    .action(withQuery(citeCommand));
  for (const c of p.commands) c.exitOverride().configureOutput(output);
  return p;
}
