import { endsSentence, endsWithDash, endsWithHyphen } from '../../text/line-ends.js';
import { wordTokens } from '../../text/tokens.js';
import type { LayoutLine } from './types.js';
import type { WordStats } from './word-stats.js';

function unbalanced(text: string, open: string, close: string): number {
  let depth = 0;
  let orphanClose = false;
  for (const ch of text) {
    if (ch === open) depth++;
    else if (ch === close) {
      if (depth === 0) orphanClose = true;
      else depth--;
    }
  }
  return orphanClose ? -1 : depth;
}

// The seam model is noisy word by word; it breaks ties rather than overruling the layout.
const SEAM_WEIGHT = 0.25;

/** Words and punctuation marks of a line, as the seam model counts them. */
export function seamTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*[\p{L}\p{N}]|[\p{L}\p{N}]|[,;:()“”]/gu) ?? [];
}

type Start = 'lower' | 'common-capital' | 'proper' | 'neutral';

function startOf(text: string, stats: WordStats): Start {
  const first = wordTokens(text)[0] ?? '';
  const lead = text.trimStart()[0] ?? '';
  if (/^\p{Ll}/u.test(lead)) return 'lower';
  if (!/^\p{Lu}/u.test(lead)) return 'neutral';
  // All-caps words (acronyms) and words never written in lower case are names.
  if (first.length > 1 && first === first.toUpperCase()) return 'proper';
  return stats.common.has(first.toLowerCase()) ? 'common-capital' : 'proper';
}

/**
 * How badly line b reads as the next line after line a in the same column (lower is better,
 * roughly a negative log-likelihood). Only general features of English and of the layout are
 * used: hyphens and dashes at line ends, sentence ends against the case of the next word,
 * brackets and quotes left open, headings only after finished sentences, and how well the
 * parts of speech meet, as learned from the insides of lines.
 */
export function seamCost(a: LayoutLine, b: LayoutLine, stats: WordStats): number {
  const layoutB = b.kind !== 'body' && b.kind !== 'bullet';
  switch (a.kind) {
    case 'caption':
      if (b.kind === 'source' || b.kind === 'subtitle') return -2;
      // A caption set on two lines goes on; after a finished one, the image, then text.
      if (b.kind === 'body' || b.kind === 'heading') return /[.]$/.test(a.text) ? 1 : 0;
      return 6;
    case 'subtitle':
      return b.kind === 'source' ? -1 : 1;
    case 'source':
      // A source runs on over several lines; after its last, the text resumes.
      if (b.kind === 'body') return endsSentence(a.text) ? 0.5 : -1;
      break;
    case 'author':
      if (b.kind === 'author') return -1;
      // A short capitalized line after a name is the rest of a role that wrapped.
      if (b.kind === 'heading') return -1;
      return 6;
    case 'heading':
      if (b.kind === 'author') return 0; // only a wrapped role looks like a heading before a name
      if (layoutB) return 4;
      return startOf(b.text, stats) === 'lower' ? 6 : -0.5;
    case 'report-number':
      return 0;
    default:
      break;
  }

  let cost = 0;
  // A bullet item follows a finished sentence or the colon or semicolon that leads into a list.
  if (b.kind === 'bullet') {
    if (endsWithHyphen(a.text) || endsWithDash(a.text)) return 8;
    return a.kind === 'source' || endsSentence(a.text) || /[:;](?:\s+(?:and|or))?$/.test(a.text.trimEnd()) ? -0.5 : 6;
  }
  const start = startOf(b.text, stats);
  const finished = a.kind === 'source' || endsSentence(a.text);

  if (endsWithHyphen(a.text)) {
    if (layoutB) return 8;
    if (!/^[\p{L}\p{N}]/u.test(b.text.trimStart())) return 5;
    cost += start === 'lower' ? -1 : 0;
    const joined = `${wordTokens(a.text).at(-1) ?? ''}${wordTokens(b.text)[0] ?? ''}`.toLowerCase();
    if (stats.vocabulary.has(joined) || stats.vocabulary.has(joined.replace(/-/g, ''))) cost -= 1;
  } else if (endsWithDash(a.text)) {
    if (layoutB) return 8;
    cost += start === 'lower' ? -0.5 : 0.5;
  } else if (finished) {
    if (b.kind === 'heading') cost += 0;
    else if (layoutB) cost += 0.5;
    else if (start === 'lower') cost += 6;
    else if (start === 'common-capital') cost -= 0.5;
  } else {
    if (layoutB) return 7;
    if (start === 'lower') cost -= 1;
    else if (start === 'common-capital') cost += 4;
    else if (start === 'proper') cost += 0.3;
  }

  if (!finished && !layoutB && stats.seam && !endsWithHyphen(a.text)) {
    cost -= SEAM_WEIGHT * stats.seam.affinity(seamTokens(a.text).slice(-2), seamTokens(b.text).slice(0, 2));
  }

  for (const [open, close] of [['(', ')'], ['“', '”']] as const) {
    const left = unbalanced(a.text, open, close);
    const right = unbalanced(b.text, open, close);
    if (left > 0) cost += right === -1 ? -1.5 : 1;
    else if (right === -1) cost += 3;
  }
  return cost;
}
