import type { IngestProgress } from '../ingest/ingest.js';
import { errRaw } from './output.js';
import { stderrIsTerminal } from './terminal.js';

/**
 * A live progress line for `usjapan ingest` on a terminal's stderr (rewritten in place, erased
 * at the end); nothing at all when stderr is a file or a pipe, so logs and scripts see only the
 * outcome. It writes while the command runs, which outcomes cannot: that is its whole point.
 */
export function progressLine(): { report: (p: IngestProgress) => void; done: () => void } {
  if (!stderrIsTerminal()) return { report: () => {}, done: () => {} };
  let shown = false;
  return {
    report: (p) => {
      shown = true;
      errRaw(`\r\u001b[Kusjapan: ${p.stage === 'reading' ? `reading page ${p.page} of ${p.pages}` : 'building the knowledge base'}…`);
    },
    done: () => {
      if (shown) errRaw('\r\u001b[K');
    },
  };
}
