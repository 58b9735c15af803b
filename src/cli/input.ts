import { failed, type Step } from './outcome.js';
import { errRaw } from './output.js';
import { isTerminal } from './terminal.js';

/** Longest query we search; longer input is refused rather than searched slowly. */
export const MAX_QUERY_CHARS = 1000;

/** Reads a query piped on stdin ("usjapan search -"), up to a few bytes past the cap. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin as AsyncIterable<Buffer>) {
    chunks.push(chunk);
    size += chunk.length;
    if (size > MAX_QUERY_CHARS * 4) break;
  }
  return Buffer.concat(chunks).toString('utf8').trim();
}

/**
 * Reads one line typed at the terminal (Enter ends it, Ctrl-D gives an empty one). The prompt is
 * written here, not through an outcome: it has to appear before the read.
 */
function readTypedLine(): Promise<string> {
  errRaw('question: ');
  return new Promise((resolve) => {
    const stdin = process.stdin;
    let text = '';
    const done = () => {
      stdin.off('data', more);
      stdin.off('end', done);
      stdin.pause();
      // Ctrl-D leaves the cursor after the prompt: what follows starts a line of its own.
      if (!text.includes('\n')) errRaw('\n');
      resolve(text.split('\n')[0]!.trim());
    };
    const more = (chunk: string) => {
      text += chunk;
      if (text.includes('\n') || text.length > MAX_QUERY_CHARS * 4) done();
    };
    stdin.setEncoding('utf8');
    stdin.on('data', more);
    stdin.once('end', done);
  });
}

/**
 * Joins query words; "-" alone reads the query from stdin (one typed line, after a prompt, on
 * a terminal). Checks the length cap. An empty query comes back empty: each command decides.
 */
export async function readQuery(words: readonly string[]): Promise<Step<string>> {
  const stdin = words.length === 1 && words[0] === '-';
  const q = stdin ? await (isTerminal(0) ? readTypedLine() : readStdin()) : words.join(' ').trim();
  if (q.length > MAX_QUERY_CHARS) return { ok: false, outcome: failed('bad-input', `query too long (${q.length} characters; the limit is ${MAX_QUERY_CHARS})`) };
  return { ok: true, value: q };
}
