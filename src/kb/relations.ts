import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { KnowledgeBase } from './schema.js';

/** How a reader's word reaches a word of the brief. */
export type RelationHow = 'synonym' | 'related';

/** One term of the brief a reader's word leads to, with how strongly (0..1). */
export interface Relation {
  readonly term: string;
  readonly weight: number;
  readonly how: RelationHow;
}

/**
 * The relations of a reader's word (a WordNet lemma, lower case, words of a compound joined by
 * "_"): [] when it has none. Reads the relation file on first use.
 */
export type RelationLookup = (key: string) => Relation[];

/** Keys are lemmas: letters, digits, "_", "-" and "." ("armed_forces", "anti-satellite"). */
const KEY = /^[a-z0-9][a-z0-9_.-]*$/;

/** One line of the map: "key:term/s75,term/r40" (s synonym, r related; weight in hundredths). */
function packLine(key: string, relations: readonly Relation[]): string {
  return `${key}:${relations.map((r) => `${r.term}/${r.how[0]}${Math.round(r.weight * 100)}`).join(',')}`;
}

function unpackLine(values: string): Relation[] {
  return values === ''
    ? []
    : values.split(',').map((v) => {
        const slash = v.lastIndexOf('/');
        return { term: v.slice(0, slash), how: v[slash + 1] === 's' ? 'synonym' : 'related', weight: Number(v.slice(slash + 2)) / 100 };
      });
}

/** Which knowledge base a relation file belongs to. */
function owner(kb: Pick<KnowledgeBase, 'document' | 'sentences'>): string {
  return `${kb.document.reportId} v${kb.document.version}, ${kb.sentences.length} sentences`;
}

/** Packs a relation map as the body of a relation file: one JSON string per key, "key:term/s75,term/r40", in byte order of the keys. */
export function packRelations(relations: Readonly<Record<string, readonly Relation[]>>): string {
  const keys = Object.keys(relations).filter((k) => KEY.test(k) && relations[k]!.length > 0).sort(byteOrder);
  return keys.map((k) => `${JSON.stringify(packLine(k, relations[k]!))},`).join('\n');
}

/**
 * The relation file written beside a knowledge base: JSON, its owner first, then one key per line
 * in byte order (`packRelations`), so that a lookup finds a key by binary search in the file
 * without reading or parsing the rest:
 *   {"for":"IF10199 v19, 63 sentences","format":2,"lines":[
 *   "aardvark:anim/r20",
 *   …
 *   ""]}
 */
export function relationsFileText(kb: Pick<KnowledgeBase, 'document' | 'sentences'>, packed: string): string {
  return `{"for":${JSON.stringify(owner(kb))},"format":2,"lines":[\n${packed}${packed ? '\n' : ''}""]}\n`;
}

function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Where a knowledge base's relation file is: beside it, "kb.json" → "kb.relations.json". */
export function relationsPath(kbPath: string): string {
  return kbPath.replace(/(\.json)?$/i, '.relations.json');
}

/** Lines of a relation file, read in place. */
interface LineSource {
  readonly size: number;
  /** The first line that starts at or after `offset` (never before the body), with where it starts; null past the end. */
  lineAfter(offset: number): { start: number; line: string } | null;
}

/** Binary search over the body's lines ("\"key:…\","), sorted by key, for one key. */
function findKey(src: LineSource, key: string): Relation[] {
  const needle = `"${key}:`;
  let lo = 0;
  let hi = src.size;
  // lo is where a line starts; every line before it has a smaller key; the key's line, if any, starts before hi.
  while (lo < hi) {
    const mid = lo + ((hi - lo) >> 1);
    const hit = src.lineAfter(mid);
    if (!hit || hit.start >= hi) {
      hi = mid;
      continue;
    }
    const { line } = hit;
    if (line.startsWith(needle)) return unpackLine(line.slice(needle.length, line.lastIndexOf('"')));
    const colon = line.indexOf(':');
    const smaller = line.startsWith('"') && colon > 1 && byteOrder(line.slice(1, colon), key) < 0;
    if (smaller) lo = hit.start + line.length + 1;
    else hi = mid;
  }
  return [];
}

const HEADER = /^\{"for":("(?:[^"\\]|\\.)*"),"format":2,"lines":\[$/;

/** A lookup over the text of a relation file held in memory (tests, evaluation); null when it is not for this knowledge base. */
export function relationsFromText(text: string, kb: Pick<KnowledgeBase, 'document' | 'sentences'>): RelationLookup | null {
  const nl = text.indexOf('\n');
  const m = HEADER.exec(text.slice(0, nl));
  if (!m || JSON.parse(m[1]!) !== owner(kb)) return null;
  const body = nl + 1;
  const src: LineSource = {
    size: text.length,
    lineAfter(offset) {
      const start = offset <= body ? body : text.indexOf('\n', offset - 1) + 1;
      if (start <= 0 || start >= text.length) return null;
      const end = text.indexOf('\n', start);
      return { start, line: text.slice(start, end < 0 ? undefined : end) };
    },
  };
  return (key) => (KEY.test(key) ? findKey(src, key) : []);
}

/**
 * A lookup over a knowledge base's relation file, which it opens on the first lookup and then
 * searches in place (a few small reads per key); a lookup finds nothing when the file is
 * missing, unreadable or was built for another knowledge base. Most queries use only the brief's
 * own words and never open it.
 */
export function openRelations(path: string, kb: Pick<KnowledgeBase, 'document' | 'sentences'>): RelationLookup {
  let src: LineSource | null | undefined;
  let bodyStart = 0;
  const open = (): LineSource | null => {
    try {
      const fd = openSync(path, 'r');
      const size = fstatSync(fd).size;
      const read = (offset: number, length: number) => {
        const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
        const n = buf.length ? readSync(fd, buf, 0, buf.length, offset) : 0;
        return buf.toString('latin1', 0, n);
      };
      const head = read(0, 512);
      const nl = head.indexOf('\n');
      const m = HEADER.exec(head.slice(0, nl));
      if (nl < 0 || !m || JSON.parse(m[1]!) !== owner(kb)) {
        closeSync(fd);
        return null;
      }
      bodyStart = nl + 1;
      return {
        size,
        lineAfter(offset) {
          // The line starts after the first newline at or after offset − 1.
          let start = bodyStart;
          if (offset > bodyStart) {
            for (let at = offset - 1; ; ) {
              const chunk = read(at, 256);
              if (chunk === '') return null;
              const k = chunk.indexOf('\n');
              if (k >= 0) {
                start = at + k + 1;
                break;
              }
              at += chunk.length;
            }
          }
          if (start >= size) return null;
          let line = '';
          for (let at = start; ; at += 256) {
            const chunk = read(at, 256);
            const k = chunk.indexOf('\n');
            if (k >= 0 || chunk === '') return { start, line: line + (k >= 0 ? chunk.slice(0, k) : chunk) };
            line += chunk;
          }
        },
      };
    } catch {
      return null;
    }
  };
  return (key) => {
    if (!KEY.test(key)) return [];
    if (src === undefined) src = open();
    return src ? findKey(src, key) : [];
  };
}
