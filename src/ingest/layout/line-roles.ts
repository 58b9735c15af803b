import { endsSentence } from '../../text/line-ends.js';
import type { LineKind } from '../brief/line-kind.js';

/**
 * Line kinds that only the column can tell, decided once the columns are known: the lines
 * after a figure caption or source line that carry it on (a caption set on two lines; a source
 * that runs over several, its lines wider than text lines since its type is smaller), and a
 * heading-shaped line that sits inside a sentence, which is text ("… the Quadrilateral
 * Security Dialogue (or Quad) convening").
 */
export function kindsInColumn<T extends { text: string; kind: LineKind }>(column: readonly T[], typical: number, widest: number): LineKind[] {
  const kinds = column.map((l) => l.kind);
  for (let i = 1; i < column.length; i++) {
    const prev = column[i - 1]!;
    const prevKind = kinds[i - 1]!;
    const line = column[i]!;
    const t = line.text.trim();
    const p = prev.text.trim();
    if (kinds[i] !== 'body' && kinds[i] !== 'heading') continue;
    if (prevKind === 'caption' && !/[.:]$/.test(p) && !/[.]$/.test(t) && t.length < typical * 0.8) kinds[i] = 'caption';
    else if (prevKind === 'source' && (!endsSentence(p) || t.length > widest)) kinds[i] = 'source';
    else if (kinds[i] === 'heading' && (prevKind === 'body' || prevKind === 'bullet') && !endsSentence(p) && !/[:;]$/.test(p)) kinds[i] = 'body';
  }
  return kinds;
}
