import { labelled } from './labelled.js';
import { safe } from './safe.js';
import type { Style } from './style.js';

/** Why a knowledge base answers, as `info` says it. */
const WHY: Readonly<Record<string, string>> = {
  option: 'given with --kb',
  environment: 'from USJAPAN_KB',
  default: 'your default, set by usjapan use; usjapan use --bundled goes back',
};

/**
 * The line of `info` that names the file answering (null: the bundled one) and why it was
 * chosen, laid out like info's other "Label  value" lines.
 */
export function formatKbSource(path: string | null, source: string, width: number, style: Style): string {
  const value = path === null ? 'the knowledge base bundled with usjapan' : `${safe(path)} (${WHY[source] ?? source})`;
  return labelled([['From', value]], width, style).join('\n');
}
