import type { Style } from './style.js';
import { displayWidth, padEnd } from './width.js';
import { hang } from './wrap.js';

/** Values narrower than this go under their labels instead of beside them. */
const MIN_VALUE_WIDTH = 12;

/**
 * "Label  value" lines, the values aligned and wrapped under themselves; on a narrow screen
 * each label on its own line with its value indented below.
 */
export function labelled(pairs: readonly (readonly [string, string])[], width: number, style: Style): string[] {
  const labelWidth = Math.max(...pairs.map(([l]) => displayWidth(l))) + 2;
  const under = width - labelWidth < MIN_VALUE_WIDTH;
  return pairs.flatMap(([label, value]) => {
    if (under) return [style.bold(label), ...hang(value, width, '  ', '  ')];
    const pad = ' '.repeat(labelWidth);
    const lines = hang(value, width, pad, pad);
    return lines.map((l, i) => (i === 0 ? style.bold(padEnd(label, labelWidth)) + l.slice(labelWidth) : l));
  });
}
