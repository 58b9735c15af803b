import { Argument, Option } from 'commander';
import { CliCommand } from './command.js';
import { citeCommand } from './commands/cite.js';
import { completionCommand } from './commands/completion.js';
import { askCommand } from './commands/ask.js';
import { defineCommand } from './commands/define.js';
import { factsCommand } from './commands/facts.js';
import { glossaryCommand } from './commands/glossary.js';
import { infoCommand } from './commands/info.js';
import { addKbCommands } from './kb-commands.js';
import { searchCommand } from './commands/search.js';
import { sectionCommand } from './commands/section.js';
import { sectionsCommand } from './commands/sections.js';
import { showCommand } from './commands/show.js';
import { timelineCommand } from './commands/timeline.js';
import { renderHelp, shortUsage } from './help.js';
import { contextSize, positiveInt, type CommandOptions, type GlobalOptions } from './options.js';
import { found, failed, type Outcome } from './outcome.js';
import { sectionIndex } from './section-index.js';
import { isTerminal, proseWidth } from './terminal.js';
import { unknownCommand } from './usage.js';

/** Where the program sends what it produces: commands' outcomes and commander's own text. */
export interface ProgramSink {
  readonly outcome: (o: Outcome) => void;
  readonly writeOut: (text: string) => void;
  readonly writeErr: (text: string) => void;
}

type Run = (words: string[], opts: CommandOptions, globals: GlobalOptions, cmd: CliCommand) => Promise<Outcome>;

/**
 * Builds the command-line program: every command with its arguments, options, output formats
 * (.listing() or .object()), examples and what its arguments complete to. Help, the man page,
 * completion and usage messages are all derived from this tree.
 */
export function program(sink: ProgramSink): CliCommand {
  const p = new CliCommand('usjapan')
    .description('answers questions from a CRS In Focus brief, offline')
    .option('--kb <path>', 'answer from another knowledge base file (validated)')
    .option('--no-color', 'plain output, no colors')
    .option('-V, --version', 'the version, and the brief it answers from (--json for an object)')
    .helpCommand(false)
    .exitOverride()
    .configureOutput({ writeOut: sink.writeOut, writeErr: sink.writeErr })
    .configureHelp({ formatHelp: (cmd) => renderHelp(cmd as CliCommand, proseWidth()) })
    .completes('--kb', 'file')
    .examples([
      { run: 'usjapan search troops', says: 'the sentences that answer best' },
      { run: 'usjapan section trade', says: "a section's summary and key figures" },
      { run: 'usjapan facts billion --format csv', says: 'figures, for a spreadsheet' },
    ]);
  // commander calls an action with the command's argument (none, a word or a list of words),
  // then its options, then the command itself.
  const act = (run: Run) => async (...args: unknown[]) => {
    const cmd = args[args.length - 1] as CliCommand;
    const words = (args.length > 2 ? args[0] : []) as string[] | string | undefined;
    const list = Array.isArray(words) ? words : words === undefined ? [] : [words];
    sink.outcome(await run(list, cmd.opts() as CommandOptions, cmd.optsWithGlobals() as GlobalOptions, cmd));
  };
  const sectionOption = () => new Option('--section <name>', 'only this section (a number, a name or an id)');

  p.command('search')
    .description('the sentences that answer a question, best first')
    .argument('<query...>', 'words, a question, a number; - reads it from stdin')
    .addOption(new Option('-n, --limit <n>', 'how many answers').argParser(positiveInt).default(5))
    .addOption(new Option('-C, --context <n>', 'sentences of context on each side').argParser(contextSize))
    .addOption(sectionOption())
    .listing()
    .completes('--section', 'section')
    .json(
      '[{ id, rank, score, text, sectionId, section, page, lines, matches, kind, corrections: [{ from, to, how }] }]; kind "metadata" for an answer card; with -C also before and after: [{ id, text, page, paragraph }]',
    )
    .examples([
      { run: 'usjapan search troops', says: 'the five sentences that answer best' },
      { run: 'usjapan search "who leads the ldp" -n 1 -C 1', says: 'the best answer, with a sentence on each side' },
      { run: 'usjapan search okinawa --format tsv | cut -f1,4', says: 'ids and texts for a script' },
    ])
    .action(act(searchCommand));

  p.command('ask')
    .description('the figure, name or date a question asks for, with the sentence that says it')
    .argument('<question...>', 'a question in plain words ("-" reads it from stdin)')
    .object()
    .json(
      '{ question, answer, kind, value, unit, start, end, asOf, confidence, evidence: [{ id, text, sectionId, section, page, lines }], otherAnswers: [{ answer, kind, value, unit, start, end, confidence, evidence }] }; answer null (exit 1) when the brief does not say',
    )
    .examples([
      { run: 'usjapan ask how many U.S. troops are in Japan', says: 'around 54,000, with the sentence that says it' },
      { run: 'usjapan ask "who is the prime minister?"', says: 'a person, from the people and roles the brief names' },
      { run: 'usjapan ask when did the US leave the TPP --json', says: 'the answer with kind, start, end and evidence' },
    ])
    .action(act(askCommand));

  p.command('show')
    .description('a sentence in its context, with its section and page')
    .argument('<id>', 'a sentence id, as search prints after each answer')
    .addOption(new Option('-C, --context <n>', 'sentences of context on each side').argParser(contextSize).default(1))
    .object()
    .completes('id', 'sentence')
    .json(
      '{ id, text, sectionId, section, page, paragraph, lines, before: [{ id, text, page, paragraph }], after: [...] }; null when no sentence has the id',
    )
    .examples([
      { run: 'usjapan show overview-1', says: 'the first sentence of the overview, with its neighbours' },
      { run: 'usjapan show overview-3 -C 3', says: 'with three sentences on each side' },
      { run: 'usjapan show overview-3 --json', says: 'the sentence and its context as JSON' },
    ])
    .action(act(showCommand));

  const section = p
    .command('section')
    .description("a section's summary and key figures")
    .argument('<name...>', 'a number, a name ("trade", "covid", fuzzy) or an id')
    .option('--full', 'all of its text')
    .object()
    .completes('name', 'section')
    .json(
      '{ id, title, pages, summary, text, sentences: [{ id, text, page, paragraph, lines }], facts: [...as facts], figures: [{ id, number, caption, source, sectionId, section, page, note }], alternatives: [{ id, title }], matchedBy }; null when no section matches',
    )
    .examples([
      { run: 'usjapan section trade', says: 'the summary and key figures of the trade section' },
      { run: 'usjapan section 2 --full', says: 'all of the second section' },
      { run: 'usjapan section covid --json', says: 'the section as JSON' },
    ])
    .action(act(sectionCommand));
  section.moreHelp((width) => sectionIndex(section.optsWithGlobals() as GlobalOptions, width));

  p.command('sections')
    .description('the table of contents')
    .listing()
    .json(
      '[{ id, title, pages, summary }]',
    )
    .examples([
      { run: 'usjapan sections', says: 'titles, pages, ids and first sentences' },
      { run: 'usjapan sections --format md', says: 'the contents as a Markdown table' },
    ])
    .action(act(async (_, opts, globals) => sectionsCommand(opts, globals)));

  p.command('facts')
    .description('figures in the brief, all or those matching')
    .argument('[query...]', 'words, figures or units to match (ranked); none lists all in document order')
    .addOption(new Option('-n, --limit <n>', 'how many figures').argParser(positiveInt))
    .addOption(sectionOption())
    .listing()
    .completes('--section', 'section')
    .json(
      '[{ id, value, unit, qualifier, display, label, sentenceId, measure, period, asOf, alsoIn, sentence, sectionId, section, page }]',
    )
    .examples([
      { run: 'usjapan facts billion', says: 'the figures in billions' },
      { run: 'usjapan facts --section covid', says: 'the figures of one section' },
      { run: 'usjapan facts --format csv > facts.csv', says: 'every figure, for a spreadsheet' },
    ])
    .action(act(factsCommand));

  p.command('info')
    .description('title, authors, citation')
    .object()
    .json(
      '{ reportId, title, version, updated, publisher, url, authors: [{ name, role }], disclaimer, pages, reportUrl, citation, sections, sentences, facts, pageCount, sectionCount, sentenceCount, factCount }',
    )
    .examples([
      { run: 'usjapan info', says: 'the brief, its authors and how to cite it' },
      { run: 'usjapan info --json', says: 'the same as JSON, with counts' },
    ])
    .action(act(async (_, opts, globals) => infoCommand(opts, globals)));

  p.command('timeline')
    .description('dated events, periods and targets, in date order')
    .option('--from <year>', 'only what lasts into this year or later')
    .option('--to <year>', 'only what starts in this year or earlier')
    .addOption(sectionOption())
    .listing()
    .completes('--section', 'section')
    .json('[{ start, end, display, event, kind, sentence, sentenceId, sectionId, section, page }]')
    .examples([
      { run: 'usjapan timeline', says: 'every dated event, period and target, as a vertical timeline' },
      { run: 'usjapan timeline --from 2020 --to 2022', says: 'what overlaps those years' },
      { run: 'usjapan timeline --section politics --format csv', says: 'one section’s dates, for a spreadsheet' },
    ])
    .action(act(async (_, opts, globals) => timelineCommand(opts, globals)));

  p.command('define')
    .description('what a term, an acronym or a person is, as the brief says')
    .argument('<term...>', 'a term, an acronym or a name (fuzzy, any case)')
    .object()
    .json('{ term, kind, definition, aliases, sentenceId, sectionId, section, page }, people also role, start, end, current; null for an unknown term')
    .examples([
      { run: 'usjapan define ldp', says: 'the Liberal Democratic Party' },
      { run: 'usjapan define "Self Defense Forces"', says: 'a named thing the brief explains' },
      { run: 'usjapan define kishida --json', says: 'a person with role, start, end and current' },
    ])
    .action(act(defineCommand));

  p.command('glossary')
    .description('every acronym, named thing and person the brief explains')
    .listing()
    .json('[{ term, kind, definition, aliases, sentenceId, sectionId, section, page }], people also role, start, end, current')
    .examples([
      { run: 'usjapan glossary', says: 'terms and what they are' },
      { run: 'usjapan glossary --format md', says: 'the glossary as a Markdown table' },
    ])
    .action(act(async (_, opts, globals) => glossaryCommand(opts, globals)));

  p.command('cite')
    .description('the brief, or one of its sentences, as a citation')
    .argument('[sentence-id]', 'a sentence id (search --json prints them): adds its page')
    .addOption(new Option('--style <style>', 'citation style').choices(['crs', 'apa', 'mla', 'chicago', 'bibtex']).default('crs'))
    .object()
    .completes('sentence-id', 'sentence')
    .json('{ style, text, inText, sentenceId, page }; null for an unknown sentence id')
    .examples([
      { run: 'usjapan cite', says: 'the CRS citation with the report’s URL' },
      { run: 'usjapan cite --style apa', says: 'APA 7 (also mla, chicago, bibtex)' },
      { run: 'usjapan cite overview-3 --style bibtex', says: 'a BibTeX entry with the sentence’s page' },
    ])
    .action(act(citeCommand));

  addKbCommands(p, act);

  p.command('completion')
    .description('a shell completion script (bash, zsh or fish)')
    .addArgument(new Argument('<shell>', 'bash, zsh or fish').choices(['bash', 'zsh', 'fish']))
    .examples([
      { run: 'source <(usjapan completion bash)', says: 'completion in this bash; put the line in ~/.bashrc to keep it' },
      { run: 'usjapan completion zsh > "${fpath[1]}/_usjapan"', says: 'zsh, for new shells (a directory on $fpath, before compinit)' },
      { run: 'usjapan completion fish > ~/.config/fish/completions/usjapan.fish', says: 'fish, for new shells' },
    ])
    .action(act(async (words) => completionCommand(words[0] ?? '')));

  p.command('help')
    .description('help for a command')
    .argument('[command]', 'a command')
    .completes('command', 'command')
    .examples([
      { run: 'usjapan help search', says: 'the options and examples of search' },
      { run: 'usjapan help', says: 'all commands' },
    ])
    .action(
      act(async (words) => {
        const name = words[0];
        if (name === undefined) return found(p.helpInformation());
        const target = p.commands.find((c) => c.name() === name);
        return target ? found(target.helpInformation()) : failed('usage', unknownCommand(p, name));
      }),
    );

  // Bare `usjapan`: a short usage; on a terminal that is the answer, in a pipe a usage error.
  // Any other word here is a command that does not exist.
  p.allowExcessArguments().action((_: unknown, cmd: CliCommand) => {
    const [first] = cmd.args;
    if (first !== undefined) return sink.outcome(failed('usage', unknownCommand(p, first)));
    const usage = shortUsage(p, proseWidth());
    sink.outcome(isTerminal(1) ? found(usage) : { status: 'usage', stderr: usage });
  });
  return p;
}
