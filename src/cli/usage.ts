import type { Command } from 'commander';

/** The name a command is typed as: "usjapan search". */
export function commandPath(cmd: Command): string {
  const names: string[] = [];
  for (let c: Command | null = cmd; c; c = c.parent) names.unshift(c.name());
  return names.join(' ');
}

/** The arguments a command takes: "<query...>", "[query...]". */
function argumentsOf(cmd: Command): string {
  return cmd.registeredArguments.map((a) => (a.required ? `<${a.name()}${a.variadic ? '...' : ''}>` : `[${a.name()}${a.variadic ? '...' : ''}]`)).join(' ');
}

/** The first example's command line, or the command's help. */
function hint(cmd: Command): string {
  const first = (cmd as { exampleList?: readonly { run: string }[] }).exampleList?.[0]?.run;
  return first ?? `${commandPath(cmd)} --help`;
}

/** The one line for a command used wrongly: "usage: usjapan search <query...>  (try: usjapan search troops)". */
export function usageLine(cmd: Command): string {
  if (!cmd.parent) return `usage: usjapan <command> [options]  (try: usjapan --help)`;
  const args = argumentsOf(cmd);
  return `usage: ${commandPath(cmd)}${args ? ` ${args}` : ''}  (try: ${hint(cmd)})`;
}

/** Edit distance with transpositions, for "did you mean". */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The candidate closest to a mistyped word, when it is close (at most two edits, under half its length). */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const bare = (s: string) => s.replace(/^-+/, '');
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = distance(bare(word), bare(c));
    if (d < bestDistance && d <= 2 && d < bare(c).length / 2) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** The long flags a command accepts: its own and the program's. */
function flagsOf(cmd: Command): string[] {
  const flags = cmd.options.map((o) => o.long).filter((f): f is string => Boolean(f));
  if (cmd.parent) flags.push(...cmd.parent.options.filter((o) => !o.hidden).map((o) => o.long).filter((f): f is string => Boolean(f)));
  return [...flags, '--help'];
}

/** The one line for an unknown command, with the command meant when one is close. */
export function unknownCommand(root: Command, name: string): string {
  const names = root.commands.filter((c) => !(c as { _hidden?: boolean })._hidden).map((c) => c.name());
  const meant = closest(name, names);
  return meant ? `unknown command '${name}'; did you mean ${meant}?` : `unknown command '${name}'  (try: usjapan --help)`;
}

/** The one line for an unknown option, with the option meant when one of this command's is close. */
export function unknownOption(cmd: Command, flag: string): string {
  const meant = flag.startsWith('--') ? closest(flag.split('=')[0]!, flagsOf(cmd)) : undefined;
  return meant ? `unknown option '${flag}'; did you mean ${meant}?` : `unknown option '${flag}'  (try: ${commandPath(cmd)} --help)`;
}

/**
 * Turns a commander parse error into our one line: the same wording for the same fault in
 * every command, and what to do next.
 */
export function faultMessage(cmd: Command, code: string, raw: string): string {
  const help = `(try: ${commandPath(cmd)} --help)`;
  const text = raw.replace(/^error: /, '').trim();
  switch (code) {
    case 'commander.missingArgument':
    case 'commander.excessArguments':
      return usageLine(cmd);
    case 'commander.unknownOption':
      return unknownOption(cmd, /'([^']*)'/.exec(text)?.[1] ?? text);
    case 'commander.unknownCommand':
      return unknownCommand(cmd, /'([^']*)'/.exec(text)?.[1] ?? text);
    case 'commander.optionMissingArgument': {
      const flags = /option '([^']*)'/.exec(text)?.[1] ?? '';
      const choices = [...cmd.options, ...(cmd.parent?.options ?? [])].find((o) => o.flags === flags)?.argChoices;
      return `${longFlag(flags)} needs a value${choices ? `: ${choices.join(', ')}` : ''}  ${help}`;
    }
    case 'commander.invalidArgument': {
      const option = /^option '([^']*)' argument '(.*)' is invalid\. (.*)$/s.exec(text);
      if (option) return `${longFlag(option[1]!)} expects ${expected(option[3]!)}, not "${option[2]}"  ${help}`;
      const argument = /^command-argument value '(.*)' is invalid for argument '([^']*)'\. (.*)$/s.exec(text);
      if (argument) return `<${argument[2]}> expects ${expected(argument[3]!)}, not "${argument[1]}"  (try: ${hint(cmd)})`;
      return `${text}  ${help}`;
    }
    default:
      return `${text}  ${help}`;
  }
}

/** "--limit" from "-n, --limit <n>". */
function longFlag(flags: string): string {
  return /--[\w-]+/.exec(flags)?.[0] ?? flags.split(/[ ,]/)[0] ?? flags;
}

/** "one of a, b, c" from commander's "Allowed choices are a, b, c."; our parsers' own words as they are. */
function expected(why: string): string {
  const choices = /^Allowed choices are (.*?)\.?$/.exec(why.trim());
  return choices ? `one of ${choices[1]}` : why.trim().replace(/\.$/, '');
}
