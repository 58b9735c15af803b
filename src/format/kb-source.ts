import { safe } from './safe.js';
import type { Style } from './style.js';

/** Why a knowledge base answers, as `info` says it. */
const WHY: Readonly<Record<string, string>> = {
  option: 'given with --kb',
  environment: 'from USJAPAN_KB',
  default: 'your default, set by usjapan use; usjapan use --bundled goes back',
};

/** The line of `info` that names the file answering (null: the bundled one) and why it was chosen. */
export function formatKbSource(path: string | null, source: string, style: Style): string {
  if (path === null) return `${style.bold('From')}       the knowledge base bundled with usjapan`;
  return `${style.bold('From')}       ${safe(path)} (${WHY[source] ?? source})`;
}
