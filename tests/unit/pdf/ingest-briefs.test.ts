// `usjapan ingest` on the development briefs' PDFs, against their truth JSON: metadata,
// authors with roles, section titles and levels, every sentence exactly (whitespace runs
// collapsed) in its section and no stray ones, figures, bullets and lead-ins. Every check is
// held to 100%. What is known to fail today is listed in KNOWN_GAPS and expected to fail: when
// a fix makes it pass, vitest reports it and its entry must be removed, so the list only
// shrinks. A brief dropped into the fixtures folder has no known gaps.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ingestBrief, type IngestResult } from '../../../src/ingest/ingest.js';
import { readBriefLines } from '../../../src/ingest/pdf/brief-lines.js';
import { loadIngestModels } from '../../../src/ingest/models/ingest-models.js';
import { checkKb, KB_CHECKS, type KbChecks, type TruthKb } from '../../../src/ingest/pdf/kb-checks.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'briefs');
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf') && existsSync(join(dir, `${f.slice(0, -4)}.json`)))
  .map((f) => f.slice(0, -4))
  .sort();

/** Checks that fail today (scripts/measure-ingest.ts shows by how much): none. */
const KNOWN_GAPS: Readonly<Record<string, readonly (keyof KbChecks)[]>> = {};

const models = loadIngestModels(join(import.meta.dirname, '..', '..', '..', 'data', 'models'));
const built = new Map<string, IngestResult>();

// Read in this thread: the worker that `usjapan ingest` reads in is tested in ingest.test.ts
// and through the binary, and started from the sources it costs seconds a brief.
const readLines = (bytes: Uint8Array, o: { pageLimit?: number }) => readBriefLines(bytes, { pageLimit: o.pageLimit });

beforeAll(async () => {
  for (const id of ids) built.set(id, await ingestBrief(new Uint8Array(readFileSync(join(dir, `${id}.pdf`))), models, { readLines }));
});

it('has the five development briefs', () => {
  expect(ids).toEqual(expect.arrayContaining(['IF12155', 'IF12421', 'IF12608', 'IF12610', 'IF13200']));
});

describe.each(ids)('%s', (id) => {
  const truth = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as TruthKb;
  let checks: KbChecks;
  beforeAll(() => {
    const res = built.get(id);
    if (!res?.ok) throw new Error(`${id}: ${res?.reason}`);
    checks = checkKb(res.kb, truth);
  });

  it('builds a valid knowledge base from the PDF, with no source line numbers', () => {
    const res = built.get(id);
    expect(res?.ok && res.from).toBe('pdf');
    if (!res?.ok) return;
    expect(res.kb.sentences.every((s) => s.lines.length === 0)).toBe(true);
    expect(res.kb.figures.every((f) => f.lines.length === 0)).toBe(true);
    expect(res.kb.readingOrder).toEqual([]);
    expect(res.text).toBe(`${JSON.stringify(res.kb)}\n`);
  });

  for (const name of KB_CHECKS) {
    const gap = KNOWN_GAPS[id]?.includes(name) ?? false;
    (gap ? it.fails : it)(`${name}: all right${gap ? ' (known gap of the structure stage on main)' : ''}`, () => {
      expect(checks[name].failures).toEqual([]);
      expect(checks[name].right).toBe(checks[name].total);
    });
  }
});
