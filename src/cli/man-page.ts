import type { Argument, Command, Option } from 'commander';
import { ENVIRONMENT, EXIT_CODES, JSON_NOTE, PROGRAM_SUMMARY } from './about.js';
import type { CliCommand } from './command.js';
import { asSentence, usageOf, visibleCommands } from './help.js';

/** Text safe for roff: backslashes and hyphens escaped, non-ASCII as \[uXXXX], no control word at a line start. */
function roff(text: string): string {
  const escaped = text
    .replace(/\\/g, '\\e')
    .replace(/-/g, '\\-')
    .replace(/[^\x20-\x7e\n]/gu, (c) => `\\[u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`);
  return escaped
    .split('\n')
    .map((l) => (/^[.']/.test(l) ? `\\&${l}` : l))
    .join('\n');
}

function argumentTerm(a: Argument): string {
  const name = `${a.name()}${a.variadic ? '...' : ''}`;
  return a.required ? `<${name}>` : `[${name}]`;
}

function optionItem(o: Option): string[] {
  const extra = o.defaultValue !== undefined && o.defaultValue !== false && !o.negate ? ` (default: ${String(o.defaultValue)})` : '';
  return ['.TP', `.B ${roff(o.flags)}`, roff(`${o.description}${extra}`)];
}

function commandItem(c: CliCommand): string[] {
  const lines = ['.TP', `.B ${roff(usageOf(c))}`, roff(asSentence(c.description()))];
  const args = c.registeredArguments.filter((a) => a.description);
  const options = c.options.filter((o) => !o.hidden);
  if (args.length || options.length) {
    lines.push('.RS');
    for (const a of args) lines.push('.TP', `.I ${roff(argumentTerm(a))}`, roff(a.description));
    for (const o of options) lines.push(...optionItem(o));
    lines.push('.RE');
  }
  if (c.jsonShape) lines.push('.IP', roff(`JSON: ${c.jsonShape}`));
  if (c.exampleList.length) {
    lines.push('.IP', 'Examples:', '.RS', '.nf');
    for (const e of c.exampleList) lines.push(roff(`$ ${e.run}`), roff(`    ${e.says}`));
    lines.push('.fi', '.RE');
  }
  return lines;
}

/** The man page (roff, man macros), made from the same command tree as --help. */
export function manPage(root: CliCommand, version: string): string {
  const commands = visibleCommands(root as Command) as CliCommand[];
  const lines = [
    `.TH USJAPAN 1 "" "usjapan ${roff(version)}" "User Commands"`,
    '.SH NAME',
    `usjapan \\- ${roff(root.description())}`,
    '.SH SYNOPSIS',
    '.B usjapan',
    '.I command',
    '.RI [ options ]',
    '.SH DESCRIPTION',
    roff(PROGRAM_SUMMARY),
    '.PP',
    roff(
      'Answers are whole sentences, section summaries and figures, each with its section and page. ' +
        'Results go to stdout, messages to stderr; on a terminal tables are aligned to its width, ' +
        'in a pipe tabular output is tab-separated without a header.',
    ),
    '.SH COMMANDS',
    ...commands.flatMap(commandItem),
    '.SH OPTIONS',
    'These work with every command, before or after its name.',
    ...root.options.filter((o) => !o.hidden).flatMap(optionItem),
    '.TP',
    '.B \\-h, \\-\\-help',
    'help for the program or a command',
    '.SH EXAMPLES',
    '.nf',
    ...root.exampleList.flatMap((e) => [roff(`$ ${e.run}`), roff(`    ${e.says}`)]),
    '.fi',
    '.SH EXIT STATUS',
    ...EXIT_CODES.flatMap(([code, meaning]) => ['.TP', `.B ${code}`, roff(meaning)]),
    '.SH ENVIRONMENT',
    ...ENVIRONMENT.flatMap(([name, meaning]) => ['.TP', `.B ${roff(name)}`, roff(meaning)]),
    '.SH JSON',
    roff(JSON_NOTE),
    '.PP',
    roff('usjapan --version --json prints { version, reportId, reportVersion, updated, kb }.'),
    '.SH SEE ALSO',
    roff('The README of the usjapan package; completion scripts: usjapan completion bash|zsh|fish.'),
  ];
  return `${lines.join('\n')}\n`;
}
