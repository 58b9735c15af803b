import type { Argument, Command, Option } from 'commander';
import { displayWidth, padEnd } from '../format/width.js';
import { hang, wrap } from '../format/wrap.js';
import { ENVIRONMENT, EXIT_CODES, JSON_NOTE, PROGRAM_SUMMARY } from './about.js';
import type { CliCommand } from './command.js';
import { commandPath } from './usage.js';

/** The widest a term column gets before descriptions go under their terms. */
const TERM_SHARE = 0.45;

/**
 * Items as two columns, "term  description", the descriptions wrapped beside their terms; when
 * the terms are too wide for that, each description goes under its term, indented.
 */
export function items(rows: readonly (readonly [string, string])[], width: number): string[] {
  const termWidth = Math.max(0, ...rows.map(([t]) => displayWidth(t))) + 2;
  const side = 2 + termWidth <= width * TERM_SHARE && width - 2 - termWidth >= 20;
  return rows.flatMap(([term, description]) => {
    if (!description) return hang(term, width, '  ', '    ');
    if (!side) return [...hang(term, width, '  ', '    '), ...wrap(description, width, '      ')];
    const pad = ' '.repeat(2 + termWidth);
    const lines = wrap(description, width, pad);
    return [`  ${padEnd(term, termWidth)}${lines[0]!.slice(pad.length)}`, ...lines.slice(1)];
  });
}

function argumentTerm(a: Argument): string {
  const name = `${a.name()}${a.variadic ? '...' : ''}`;
  return a.required ? `<${name}>` : `[${name}]`;
}

function optionRow(o: Option): [string, string] {
  const extra: string[] = [];
  if (o.defaultValue !== undefined && o.defaultValue !== false && !o.negate) extra.push(`default: ${String(o.defaultValue)}`);
  return [o.flags, [o.description, ...extra.map((e) => `(${e})`)].join(' ')];
}

/** A description as a sentence: capital first, full stop last. */
export function asSentence(text: string): string {
  const t = text.trim();
  if (t === '') return t;
  return `${t[0]!.toUpperCase()}${t.slice(1)}${/[.!?]$/.test(t) ? '' : '.'}`;
}

/** A command's usage line: "usjapan search <query...> [options]". */
export function usageOf(cmd: Command): string {
  if (!cmd.parent) return 'usjapan <command> [options]';
  const args = cmd.registeredArguments.map(argumentTerm).join(' ');
  return `${commandPath(cmd)}${args ? ` ${args}` : ''}${cmd.options.length ? ' [options]' : ''}`;
}

/** The commands a user can type, in order. */
export function visibleCommands(root: Command): Command[] {
  return root.commands.filter((c) => !(c as { _hidden?: boolean })._hidden);
}

/** A command's term in a list of commands: "search <query...>". */
function commandTerm(c: Command): string {
  const args = c.registeredArguments.map(argumentTerm).join(' ');
  return `${c.name()}${args ? ` ${args}` : ''}`;
}

function examplesBlock(cmd: CliCommand, width: number): string[] {
  if (!cmd.exampleList.length) return [];
  return ['', 'Examples:', ...cmd.exampleList.flatMap((e) => [...hang(`$ ${e.run}`, width, '  ', '      '), ...wrap(e.says, width, '    ')])];
}

/** A command's help (or the program's), fitted to the width. */
export function renderHelp(cmd: CliCommand, width: number): string {
  const out: string[] = [...hang(usageOf(cmd), width, 'Usage: ', '         '), ''];
  out.push(...wrap(cmd.parent ? asSentence(cmd.description()) : PROGRAM_SUMMARY, width));
  const args = cmd.registeredArguments.filter((a) => a.description);
  if (args.length) out.push('', 'Arguments:', ...items(args.map((a) => [argumentTerm(a), a.description]), width));
  const options = cmd.options.filter((o) => !o.hidden).map(optionRow);
  options.push(['-h, --help', 'this help']);
  out.push('', 'Options:', ...items(options, width));
  if (!cmd.parent) {
    out.push('', 'Commands:', ...items(visibleCommands(cmd).map((c) => [commandTerm(c), c.description()]), width));
  } else {
    const root = cmd.parent;
    const globals = root.options.filter((o) => !o.hidden && o.long !== '--version').map((o) => o.flags);
    out.push('', ...wrap(`Global options: ${globals.join(', ')} (usjapan --help)`, width));
  }
  if (cmd.jsonShape) out.push('', 'JSON:', ...wrap(cmd.jsonShape, width, '  '));
  out.push(...examplesBlock(cmd, width));
  if (cmd.helpExtra) out.push('', ...cmd.helpExtra(width));
  if (!cmd.parent) {
    out.push('', 'Exit codes:', ...items(EXIT_CODES, width));
    out.push('', 'Environment:', ...items(ENVIRONMENT, width));
    out.push('', ...wrap(JSON_NOTE, width));
  }
  return `${out.join('\n')}\n`;
}

/** What bare `usjapan` prints: the commands and a few examples, short. */
export function shortUsage(root: CliCommand, width: number): string {
  const lines = [
    ...hang(usageOf(root), width, 'Usage: ', '  '),
    '',
    ...items(visibleCommands(root).map((c) => [commandTerm(c), c.description()]), width),
    '',
    'Examples:',
    ...root.exampleList.flatMap((e) => hang(`$ ${e.run}`, width, '  ', '      ')),
    '',
    ...wrap('usjapan --help for more, usjapan <command> --help for a command.', width),
  ];
  return `${lines.join('\n')}\n`;
}
