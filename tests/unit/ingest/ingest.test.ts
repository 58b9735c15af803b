// ingestBrief's own faults and limits: type by content, size, deadline, a stage that throws.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { INGEST_LIMITS, ingestBrief, isPdf } from '../../../src/ingest/ingest.js';
import { loadIngestModels } from '../../../src/ingest/models/ingest-models.js';
import { readBriefLinesWithin } from '../../../src/ingest/pdf/read-within.js';

const brief = new Uint8Array(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'briefs', 'IF12610.pdf')));
const noModels = loadIngestModels('/nonexistent', () => null);
const bytes = (s: string) => new TextEncoder().encode(s);

describe('ingestBrief', () => {
  it('tells a PDF by its content, not its name: "%PDF-" within the first 1024 bytes', () => {
    expect(isPdf(brief)).toBe(true);
    expect(isPdf(bytes(`${' '.repeat(1000)}%PDF-1.7`))).toBe(true);
    expect(isPdf(bytes(`${' '.repeat(1100)}%PDF-1.7`))).toBe(false);
    expect(isPdf(bytes('Updated March 30, 2022\nU.S.-Japan Relations'))).toBe(false);
  });

  it('refuses a file over 20 MiB before reading it', async () => {
    const big = new Uint8Array(INGEST_LIMITS.maxBytes + 1);
    expect(await ingestBrief(big, noModels)).toMatchObject({ ok: false, reason: expect.stringMatching(/limit is 20971520 \(20 MiB\)/) });
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a binary file', '\u0000\u0001\u0002 junk', /binary/],
    ['text that is not a brief', 'Just some notes.\nNothing more.\n', /^not a brief this can read: /],
  ])('refuses %s as text, in one line', async (_, text, reason) => {
    const res = await ingestBrief(bytes(text), noModels);
    expect(res).toMatchObject({ ok: false, reason: expect.stringMatching(reason) });
    expect(res.ok || res.reason.includes('\n')).toBe(false);
  });

  it('stops a PDF read at the deadline', async () => {
    expect(await ingestBrief(brief, noModels, { deadlineMs: 1 })).toEqual({ ok: false, reason: 'reading the PDF took longer than 0.001 s; stopped' });
  });

  it('turns a stage that throws into one line', async () => {
    const res = await ingestBrief(brief, noModels, { readLines: () => Promise.reject(new Error('boom\nsecond line')) });
    expect(res).toEqual({ ok: false, reason: 'cannot build a knowledge base: boom' });
  });

  it('reports the pages read, then the building stage', async () => {
    const seen: string[] = [];
    const res = await ingestBrief(brief, noModels, { onProgress: (p) => seen.push(p.stage === 'reading' ? `page ${p.page}/${p.pages}` : p.stage) });
    expect(res.ok).toBe(true);
    expect(seen).toEqual(['page 1/3', 'page 2/3', 'page 3/3', 'building']);
  });
});

describe('readBriefLinesWithin', () => {
  it('reads in a worker and hands back what readBriefLines gives, leaving the caller’s bytes usable', async () => {
    const copy = brief.slice();
    const res = await readBriefLinesWithin(copy, { deadlineMs: 60_000 });
    expect(res.ok && res.meta.reportId).toBe('IF12610');
    expect(res.ok && res.pageCount).toBe(3);
    expect(copy).toEqual(brief);
  });

  it('ends a worker that runs out of memory with one line', async () => {
    const res = await readBriefLinesWithin(brief, { deadlineMs: 60_000, heapMb: 4 });
    expect(res).toMatchObject({ ok: false, reason: expect.stringMatching(/memory|reader stopped/) });
  });
});
