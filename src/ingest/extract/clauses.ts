/** A stretch of a sentence between commas, semicolons, colons, dashes or brackets. */
export interface Chunk {
  readonly from: number;
  readonly to: number;
}

/**
 * The sentence cut at commas, semicolons, colons, dashes and brackets, each chunk with its
 * offsets. Commas inside a date ("September 5, 2025") or a number do not cut; a short item of a
 * list ("trade, security, and …") stays with its list.
 */
export function chunks(sentence: string, keep: readonly { from: number; to: number }[]): Chunk[] {
  const out: Chunk[] = [];
  let start = 0;
  let depth = 0;
  const inDate = (i: number) => keep.some((d) => i > d.from && i < d.to);
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence[i]!;
    if (c === '(' || c === '[') {
      if (depth === 0 && i > start) out.push({ from: start, to: i });
      if (depth === 0) start = i;
      depth++;
    } else if ((c === ')' || c === ']') && depth > 0) {
      depth--;
      if (depth === 0) {
        out.push({ from: start, to: i + 1 });
        start = i + 1;
      }
    } else if (depth === 0 && /[,;—:]/.test(c) && !inDate(i) && !(c === ',' && /\d/.test(sentence[i - 1] ?? '') && /\d/.test(sentence[i + 1] ?? ''))) {
      if (i > start) out.push({ from: start, to: i });
      start = i + 1;
    }
  }
  if (start < sentence.length) out.push({ from: start, to: sentence.length });
  const parts = out.filter((c) => sentence.slice(c.from, c.to).trim() !== '');
  // Lists: "…involving trade, security, and history-related controversies caused …".
  for (let i = 1; i + 1 < parts.length; i++) {
    const item = sentence.slice(parts[i]!.from, parts[i]!.to).trim();
    const next = sentence.slice(parts[i + 1]!.from, parts[i + 1]!.to).trim();
    if (item.split(/\s+/).length <= 3 && !/^[([]/.test(item) && /^(?:and|or)\s/.test(next) && sentence[parts[i]!.from - 1] === ',') {
      let j = i + 1;
      const merged = { from: parts[i - 1]!.from, to: parts[j]!.to };
      parts.splice(i - 1, j - i + 2, merged);
      i = Math.max(0, i - 2);
      j = 0;
    }
  }
  return parts;
}

/** True for a chunk in brackets. */
export const isBracket = (sentence: string, c: Chunk) => /^\s*[([]/.test(sentence.slice(c.from, c.to));
