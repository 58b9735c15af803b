import { homedir } from 'node:os';
import type { Command, Option } from 'commander';
import { loadKb } from '../../kb/load.js';
import type { KnowledgeBase } from '../../kb/schema.js';
import type { CliCommand, CompletionKind } from '../command.js';
import { visibleCommands } from '../help.js';
import { activeKb } from '../open-kb.js';

/** One completion: the word and a short description the shell may show beside it. */
export interface Candidate {
  readonly value: string;
  readonly description: string;
}

/** What to complete: these words, or file names (the shell knows them best). */
export type Completion = { readonly files: true } | { readonly files: false; readonly candidates: readonly Candidate[] };

/** What completion reads from the knowledge base, loaded only when asked. */
export interface CompletionSources {
  readonly sections: () => Promise<Candidate[]>;
  readonly sentences: () => Promise<Candidate[]>;
}

const NONE: Completion = { files: false, candidates: [] };

function optionOf(cmd: Command, root: Command, flag: string): Option | undefined {
  const find = (c: Command) => c.options.find((o) => o.long === flag || o.short === flag);
  return find(cmd) ?? (cmd === root ? undefined : find(root));
}

function kindOf(cmd: Command, root: Command, name: string): CompletionKind | undefined {
  return (cmd as CliCommand).completions?.get(name) ?? (root as CliCommand).completions?.get(name);
}

async function fromKind(kind: CompletionKind | undefined, root: Command, sources: CompletionSources): Promise<Completion> {
  switch (kind) {
    case 'file':
      return { files: true };
    case 'section':
      return { files: false, candidates: await sources.sections() };
    case 'sentence':
      return { files: false, candidates: await sources.sentences() };
    case 'command':
      return { files: false, candidates: visibleCommands(root).map((c) => ({ value: c.name(), description: c.description() })) };
    default:
      return NONE;
  }
}

async function valuesOf(cmd: Command, root: Command, option: Option, sources: CompletionSources): Promise<Completion> {
  if (option.argChoices) return { files: false, candidates: option.argChoices.map((value) => ({ value, description: '' })) };
  return fromKind(kindOf(cmd, root, option.long ?? ''), root, sources);
}

function withPrefix(c: Completion, prefix: string, typed: string): Completion {
  if (c.files) return c;
  return {
    files: false,
    candidates: c.candidates.filter((x) => x.value.startsWith(typed)).map((x) => ({ value: prefix + x.value, description: x.description })),
  };
}

/**
 * Completes the last of the words typed after `usjapan` (it may be empty), from the command
 * tree: commands, each command's options, option values (choices, section ids, files) and
 * arguments (section ids, sentence ids, command names, choices). The shells' scripts only call
 * this. Bash splits "--format=c" at "=", so ["--format", "=", "c"] is read as that too.
 */
export async function complete(root: Command, words: readonly string[], sources: CompletionSources): Promise<Completion> {
  const typed = words.length ? words[words.length - 1]! : '';
  const done = words.slice(0, -1);
  let cmd: Command = root;
  let positional = 0;
  let pending: Option | undefined;
  for (let i = 0; i < done.length; i++) {
    const w = done[i]!;
    if (pending) {
      pending = undefined;
      continue;
    }
    if (w === '=') continue;
    if (w.startsWith('-') && w.length > 1) {
      const option = optionOf(cmd, root, w.split('=')[0]!);
      // "--kb x", or bash's "--kb", "=", "x"
      if (option && (option.required || option.optional) && !w.includes('=')) pending = option;
      if (pending && done[i + 1] === '=') i++;
      continue;
    }
    const sub = cmd === root ? visibleCommands(root).find((c) => c.name() === w) : undefined;
    if (sub) cmd = sub;
    else positional++;
  }
  if (pending) {
    // bash: "--format=" leaves "=" as the word being completed
    const eq = typed === '=' ? '=' : '';
    return withPrefix(await valuesOf(cmd, root, pending, sources), eq, typed === '=' ? '' : typed);
  }
  if (typed.startsWith('--') && typed.includes('=')) {
    const flag = typed.slice(0, typed.indexOf('='));
    const option = optionOf(cmd, root, flag);
    return option ? withPrefix(await valuesOf(cmd, root, option, sources), `${flag}=`, typed.slice(flag.length + 1)) : NONE;
  }
  if (typed.startsWith('-')) {
    const options = [...cmd.options, ...(cmd === root ? [] : root.options)].filter((o) => !o.hidden && o.long);
    const candidates = [...options.map((o) => ({ value: o.long!, description: o.description })), { value: '--help', description: 'help' }];
    return withPrefix({ files: false, candidates }, '', typed);
  }
  if (cmd === root) return withPrefix(await fromKind('command', root, sources), '', typed);
  const args = cmd.registeredArguments;
  const arg = args[positional];
  // A list argument (a query, a section name) is completed in its first word only.
  if (!arg) return NONE;
  if (arg.argChoices) return withPrefix({ files: false, candidates: arg.argChoices.map((value) => ({ value, description: '' })) }, '', typed);
  return withPrefix(await fromKind(kindOf(cmd, root, arg.name()), root, sources), '', typed);
}

/** The knowledge base a command line would answer from: its --kb, else USJAPAN_KB, else the bundled one. */
export function kbSources(words: readonly string[]): CompletionSources {
  let kb: string | undefined;
  words.forEach((w, i) => {
    if (w === '--kb') kb = words[i + 1] === '=' ? words[i + 2] : words[i + 1];
    else if (w.startsWith('--kb=')) kb = w.slice(5);
  });
  if (kb?.startsWith('~/')) kb = homedir() + kb.slice(1);
  let loaded: Promise<KnowledgeBase | null> | undefined;
  const open = () => {
    const choice = activeKb({ kb });
    loaded ??= loadKb(choice.path, choice.trusted).then((r) => (r.ok ? r.kb : null));
    return loaded;
  };
  const short = (text: string) => (text.length > 60 ? `${text.slice(0, 59)}…` : text);
  return {
    sections: async () => ((await open())?.sections ?? []).map((s) => ({ value: s.id, description: s.title })),
    sentences: async () => ((await open())?.sentences ?? []).map((s) => ({ value: s.id, description: short(s.text) })),
  };
}

/** The lines the shell scripts read: "value<TAB>description", or ":files". */
export function completionLines(c: Completion): string {
  if (c.files) return ':files';
  // Descriptions are one line of plain text: the shells show them as they are.
  const clean = (s: string) => s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  return c.candidates.map((x) => `${clean(x.value)}\t${clean(x.description)}`).join('\n');
}
