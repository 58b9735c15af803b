import { Command, CommanderError, Option } from 'commander';
import { LISTING_FORMATS, OBJECT_FORMATS } from '../format/listing/view.js';
import { faultMessage } from './usage.js';

/** An example in a command's help and man page: a command line and what it shows. */
export interface Example {
  readonly run: string;
  readonly says: string;
}

/** What the shell completes for an argument or an option's value. */
export type CompletionKind = 'section' | 'sentence' | 'command' | 'file';

/**
 * A usjapan command: commander's Command with what our help, completion, man page and messages
 * need declared beside the options — examples, the output formats it takes, and what its
 * arguments complete to. Subcommands made with .command() are of this class too, so a command
 * added later is declared the same way and gets all of these.
 */
export class CliCommand extends Command {
  /** 2–3 examples, shown by --help and the man page; the first is the hint of a usage error. */
  exampleList: readonly Example[] = [];
  /** listing: --format table|tsv|csv|md|json|ndjson; object: --format text|json. */
  formatKind: 'listing' | 'object' | null = null;
  /** Completion kinds by argument name or option flag ("--section"). */
  readonly completions = new Map<string, CompletionKind>();
  /** The shape of what --json prints, as --help and the man page show it. */
  jsonShape = '';
  /** Lines added at the end of --help (section reads them from the knowledge base). */
  helpExtra: ((width: number) => string[]) | null = null;

  override createCommand(name?: string): CliCommand {
    return new CliCommand(name);
  }

  /** Declares the command's examples. */
  examples(list: readonly Example[]): this {
    this.exampleList = list;
    return this;
  }

  /** Adds --format for a listing command (table, tsv, csv, md, json, ndjson) and --json. */
  listing(): this {
    this.formatKind = 'listing';
    return this.addFormatOptions(LISTING_FORMATS);
  }

  /** Adds --format for an object command (text, json) and --json. */
  object(): this {
    this.formatKind = 'object';
    return this.addFormatOptions(OBJECT_FORMATS);
  }

  private addFormatOptions(formats: readonly string[]): this {
    return this.addOption(new Option('--format <format>', `output: ${formats.join(', ')}`).choices(formats)).option('--json', 'same as --format json');
  }

  /** Declares the shape of the command's JSON: "[{ id, text, ... }]". */
  json(shape: string): this {
    this.jsonShape = shape;
    return this;
  }

  /** Declares what an argument (by name) or an option (by long flag) completes to. */
  completes(name: string, kind: CompletionKind): this {
    this.completions.set(name, kind);
    return this;
  }

  /** Declares lines to add at the end of --help. */
  moreHelp(lines: (width: number) => string[]): this {
    this.helpExtra = lines;
    return this;
  }

  /** Every parse error ends here: one line that says what to do next, exit 2. */
  override error(message: string, errorOptions?: { code?: string; exitCode?: number }): never {
    const code = errorOptions?.code ?? 'commander.error';
    throw new CommanderError(2, code, faultMessage(this, code, message));
  }
}
