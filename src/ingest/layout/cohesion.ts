import { STOP_WORDS } from '../../text/word-lists.js';
import type { LayoutLine } from './types.js';

function contentWords(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z’'-]{2,}/g) ?? [])
    .map((w) => w.replace(/[’']s$/, '').replace(/(?<=[a-z]{3})s$/, ''))
    .filter((w) => !STOP_WORDS.has(w));
}

/**
 * Lexical cohesion across a seam (after Hearst's TextTiling): the cosine similarity, with
 * weights by how rare a word is on the page, between the words of a few lines before a seam
 * and a few lines after it. Where a sentence ends at a line end, the next line of the same
 * column usually goes on about the same things; a line from the other column, about others.
 */
export function makeCohesion(page: readonly LayoutLine[]): (before: readonly LayoutLine[], after: readonly LayoutLine[]) => number {
  const words = new Map<number, string[]>(page.map((l) => [l.index, contentWords(l.text)]));
  const df = new Map<string, number>();
  for (const ws of words.values()) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const idf = (w: string) => Math.log((page.length + 1) / ((df.get(w) ?? 0) + 1));
  const vector = (ls: readonly LayoutLine[]) => {
    const v = new Map<string, number>();
    for (const l of ls) for (const w of words.get(l.index) ?? contentWords(l.text)) v.set(w, (v.get(w) ?? 0) + idf(w));
    return v;
  };
  return (before, after) => {
    const a = vector(before);
    const b = vector(after);
    let dot = 0;
    let na = 0;
    let nb = 0;
    for (const [w, x] of a) {
      na += x * x;
      dot += x * (b.get(w) ?? 0);
    }
    for (const x of b.values()) nb += x * x;
    return na === 0 || nb === 0 ? 0 : dot / Math.sqrt(na * nb);
  };
}
