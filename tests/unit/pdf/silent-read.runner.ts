// Child-process half of the silence test: reads every brief PDF and the fault inputs, then
// writes one summary line. Anything else on stdout or stderr came from pdf.js (or from us).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readBriefLines } from '../../../src/ingest/pdf/brief-lines.js';
import { encryptedPdf, imageOnlyPdf, randomBytes, textPdf } from './pdf-builder.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'briefs');
const inputs: Uint8Array[] = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf'))
  .map((f) => new Uint8Array(readFileSync(join(dir, f))));
const first = inputs[0] ?? new Uint8Array();
inputs.push(
  first.slice(0, first.length >> 1),
  randomBytes(4096),
  new Uint8Array(),
  encryptedPdf(),
  imageOnlyPdf(),
  textPdf([[{ text: 'Standard font text', x: 72, y: 100, size: 12, font: 'F3' }]]),
);
const results = [];
for (const bytes of inputs) results.push(await readBriefLines(bytes));
process.stdout.write(`read ${results.filter((r) => r.ok).length} ok, ${results.filter((r) => !r.ok).length} failed\n`);
