import { failed, type Step } from './outcome.js';

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

/** Joins query words ("-" alone reads the query from stdin) and checks the length cap. */
export async function readQuery(words: readonly string[]): Promise<Step<string>> {
  const q = words.length === 1 && words[0] === '-' ? await readStdin() : words.join(' ');
  if (q.length > MAX_QUERY_CHARS) return { ok: false, outcome: failed('bad-input', `query too long (${q.length} characters; the limit is ${MAX_QUERY_CHARS})`) };
  return { ok: true, value: q };
}
