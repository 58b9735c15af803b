import { readFileSync } from 'node:fs';
import type { KnowledgeBase } from './schema.js';

/** How a reader's word reaches a word of the brief. */
export type RelationHow = 'synonym' | 'related';

/** One term of the brief a reader's word leads to, with how strongly (0..1). */
export interface Relation {
  readonly term: string;
  readonly weight: number;
  readonly how: RelationHow;
}

/** Packs relations as "key:term/s75,term/r40" lines (s synonym, r related; weight in hundredths), keys sorted. */
export function packRelations(relations: Readonly<Record<string, readonly Relation[]>>): string {
  return Object.keys(relations)
    .sort()
    .map((k) => `${k}:${relations[k]!.map((r) => `${r.term}/${r.how[0]}${Math.round(r.weight * 100)}`).join(',')}`)
    .join('\n');
}

/** The relations of one key in a packed map; [] when absent. */
export function lookupRelations(packed: string, key: string): Relation[] {
  if (key === '' || /[:,\n/]/.test(key)) return [];
  const needle = `${key}:`;
  let at = packed.startsWith(needle) ? 0 : packed.indexOf(`\n${needle}`) + 1;
  if (at <= 0 && !packed.startsWith(needle)) return [];
  const end = packed.indexOf('\n', at);
  const line = packed.slice(at + needle.length, end < 0 ? undefined : end);
  return line === ''
    ? []
    : line.split(',').map((v) => {
        const slash = v.lastIndexOf('/');
        return { term: v.slice(0, slash), how: v[slash + 1] === 's' ? 'synonym' : 'related', weight: Number(v.slice(slash + 2)) / 100 };
      });
}

/** Which knowledge base a relation file belongs to. */
function owner(kb: Pick<KnowledgeBase, 'document' | 'sentences'>): string {
  return `${kb.document.reportId} v${kb.document.version}, ${kb.sentences.length} sentences`;
}

/** The relation file written beside a knowledge base: its owner, then the packed map. */
export function relationsFileText(kb: Pick<KnowledgeBase, 'document' | 'sentences'>, packed: string): string {
  return `${JSON.stringify({ for: owner(kb), relations: packed })}\n`;
}

/** Where a knowledge base's relation file is: beside it, "kb.json" → "kb.relations.json". */
export function relationsPath(kbPath: string): string {
  return kbPath.replace(/(\.json)?$/i, '.relations.json');
}

/**
 * The packed relations of a knowledge base, read from its relation file; null when there is none,
 * it cannot be read, or it was built for another knowledge base. Read only when a query word is
 * not in the brief: the file is large and most queries never need it.
 */
export function readRelations(path: string, kb: Pick<KnowledgeBase, 'document' | 'sentences'>): string | null {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as { for?: unknown; relations?: unknown };
    return value.for === owner(kb) && typeof value.relations === 'string' ? value.relations : null;
  } catch {
    return null;
  }
}
