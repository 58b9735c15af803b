// `usjapan ingest` on mutated copies of a real brief's PDF (fast-check, fixed seed): cut short,
// bytes flipped, chunks of the file spliced in elsewhere. Whatever comes in, the binary exits 0
// with its summary or 2 with one line, within the 60 s deadline (it is killed at 65 s, which
// fails the run), prints nothing of pdf.js's, and leaves an existing output file untouched
// unless it succeeds.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../support/temp.js';

const BIN = join(process.cwd(), 'bin', 'usjapan.js');
const original = readFileSync(join(process.cwd(), 'tests', 'fixtures', 'briefs', 'IF12610.pdf'));
const SUMMARY = /^IF\d+ v\d+, \d{4}-\d{2}-\d{2}: .+\n\d+ sections, \d+ sentences, \d+ facts \(from the PDF\)\nwrote .+\n$/;
// Each run reads a PDF in full (a second or two of CPU): enough runs to meet every kind of
// damage several times, few enough for two shared cores.
const RUNS = Number(process.env.FC_INGEST_RUNS ?? 30);

type Mutation = { kind: 'truncate'; at: number } | { kind: 'flip'; flips: [number, number][] } | { kind: 'splice'; from: number; length: number; to: number };

const size = original.length;
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.integer({ min: 0, max: size - 1 }) }),
  fc.record({ kind: fc.constant('flip' as const), flips: fc.array(fc.tuple(fc.integer({ min: 0, max: size - 1 }), fc.integer({ min: 1, max: 255 })), { minLength: 1, maxLength: 40 }) }),
  fc.record({ kind: fc.constant('splice' as const), from: fc.integer({ min: 0, max: size - 1 }), length: fc.integer({ min: 1, max: 20_000 }), to: fc.integer({ min: 0, max: size - 1 }) }),
);

function apply(m: Mutation): Buffer {
  if (m.kind === 'truncate') return original.subarray(0, m.at);
  if (m.kind === 'flip') {
    const copy = Buffer.from(original);
    for (const [at, xor] of m.flips) copy[at]! ^= xor;
    return copy;
  }
  const chunk = original.subarray(m.from, m.from + m.length);
  return Buffer.concat([original.subarray(0, m.to), chunk, original.subarray(m.to + chunk.length)]);
}

describe('mutated PDFs', () => {
  it(`exit 0 or 2 with one line, within the deadline, silent pdf.js, output untouched on failure (${RUNS} runs)`, () => {
    const dir = tempDir('mutations');
    const input = join(dir, 'brief.pdf');
    const out = join(dir, 'kb.json');
    const counts = { ok: 0, refused: 0 };
    fc.assert(
      fc.property(mutation, (m) => {
        writeFileSync(input, apply(m));
        writeFileSync(out, '{"keep":"me"}\n');
        const before = createHash('sha256').update(readFileSync(out)).digest('hex');
        const r = spawnSync(process.execPath, [BIN, 'ingest', input, '-o', out], {
          encoding: 'utf8',
          env: { ...process.env, NO_COLOR: '1', XDG_DATA_HOME: dir },
          timeout: 65_000,
          killSignal: 'SIGKILL',
        });
        const what = `${m.kind} ${JSON.stringify(m).slice(0, 120)}`;
        expect(r.signal, `killed: ${what}`).toBeNull();
        expect([0, 2], what).toContain(r.status);
        if (r.status === 0) {
          counts.ok++;
          expect(r.stderr, what).toBe('');
          expect(r.stdout, what).toMatch(SUMMARY);
          expect(JSON.parse(readFileSync(out, 'utf8')).schemaVersion).toBe(2);
        } else {
          counts.refused++;
          expect(r.stdout, what).toBe('');
          expect(r.stderr, what).toMatch(/^usjapan: cannot ingest [^\n]+\n$/);
          expect(createHash('sha256').update(readFileSync(out)).digest('hex'), what).toBe(before);
        }
      }),
      { numRuns: RUNS, seed: Number(process.env.FC_SEED ?? 20260417) },
    );
    // Both outcomes occur: the mutations neither all break the file nor all leave it readable.
    expect(counts.ok).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
  }, 1_800_000);
});
