import { TITLE_SMALL_WORDS } from '../../text/word-lists.js';
import { authorParts } from './line-kind.js';
import type { SourceLine } from './pages.js';

/** One author: name, role and the source lines the block used. */
export interface AuthorEntry {
  readonly name: string;
  readonly role: string;
  readonly lines: number[];
}

/** A short run of title-case words with no sentence punctuation: the wrapped rest of a role. */
function roleRest(text: string): boolean {
  const t = text.trim();
  if (t === '' || /[.;:!?,]$/.test(t) || t.length > 40) return false;
  return t.split(/\s+/).every((w) => /^[\p{Lu}\p{N}]/u.test(w) || TITLE_SMALL_WORDS.has(w));
}

/**
 * The author block, read as one unit: lines "Name, Role" (a CRS staff title, or any role next to
 * such a line), each with the rest of its role when the role wrapped. A role wrapped when its
 * line is as long as a full text line or ends on a minor word ("and", "in"); its rest is the first
 * short run of title-case words among the next lines (the other column's lines interleave).
 * `lines` are one page's lines in extraction order; `typical` a full text line's length.
 */
export function readAuthorBlock(lines: readonly SourceLine[], typical: number): AuthorEntry[] {
  const parts = lines.map((l) => authorParts(l.text));
  const isAuthor = parts.map((p, i) => p !== null && (p.staff || parts.slice(Math.max(0, i - 3), i + 4).some((q) => q?.staff === true)));
  const out: AuthorEntry[] = [];
  const used = new Set<number>();
  lines.forEach((l, i) => {
    if (!isAuthor[i]) return;
    const p = parts[i]!;
    let role = p.role;
    const taken = [l.no];
    const lastWord = role.split(/\s+/).at(-1) ?? '';
    const wrapped = TITLE_SMALL_WORDS.has(lastWord) || l.text.trim().length >= typical * 0.8;
    if (wrapped) {
      for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
        if (isAuthor[k] || used.has(k)) continue;
        if (roleRest(lines[k]!.text)) {
          role = `${role} ${lines[k]!.text.trim()}`;
          taken.push(lines[k]!.no);
          used.add(k);
          break;
        }
      }
    }
    out.push({ name: p.name, role, lines: taken });
  });
  return out;
}
