import type { GlossaryEntry } from '../query/glossary.js';
import { safe } from './safe.js';
import type { Style } from './style.js';
import { wrap } from './wrap.js';

/** Where an entry is said: "Political Transition in Tokyo, p. 1 (political-transition-in-tokyo-3)", or the disclaimer. */
function source(e: GlossaryEntry): string {
  return e.section ? `${safe(e.section)}, p. ${e.page} (${e.sentenceId})` : `the disclaimer, p. ${e.page}`;
}

/** A person's role and dates in a line: "role: Prime Minister · since 2021-09 · current". */
function roleLine(e: GlossaryEntry): string | null {
  if (e.kind !== 'person' || !e.role) return null;
  const when = e.start && e.end ? `${e.start}–${e.end}` : e.start ? `since ${e.start}` : e.end ? `until ${e.end}` : '';
  const state = e.current === true ? 'current' : e.current === false ? 'former' : '';
  return ['role: ' + safe(e.role), when, state].filter(Boolean).join(' · ');
}

/** `define`: the term and its kind, its definition, a person's role, other names, and where the text says it. */
export function formatDefinition(e: GlossaryEntry, width: number, style: Style): string {
  const lines = [`${style.heading(safe(e.term))} ${style.dim(`(${e.kind})`)}`, ...wrap(safe(e.definition), width)];
  const role = roleLine(e);
  if (role) lines.push(...wrap(role, width));
  const others = e.aliases.filter((a) => a !== e.term && a !== e.definition);
  if (others.length) lines.push(...wrap(`other names: ${others.map(safe).join(', ')}`, width));
  lines.push(...wrap(`— ${source(e)}`, width).map((l) => style.dim(l)));
  return lines.join('\n');
}

/** `glossary`: each term, then its definition wrapped beside it. */
export function formatGlossary(entries: readonly GlossaryEntry[], width: number, style: Style): string {
  // The term column: as wide as the terms, at most a third of the width.
  const col = Math.min(Math.max(...entries.map((e) => e.term.length), 4), 24, Math.floor(width / 3));
  return entries
    .map((e) => {
      const term = safe(e.term);
      const text = wrap(safe(e.definition), Math.max(10, width - col - 2));
      if (term.length > col) return [style.bold(term), ...text.map((t) => `${' '.repeat(col + 2)}${t}`)].join('\n');
      return text.map((t, i) => (i === 0 ? `${style.bold(term.padEnd(col))}  ${t}` : `${' '.repeat(col + 2)}${t}`)).join('\n');
    })
    .join('\n');
}
