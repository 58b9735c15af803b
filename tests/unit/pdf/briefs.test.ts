// The five development briefs against their truth JSON: flow text section by section with
// headings at the right level and place, figure captions, subtitles and sources, authors,
// masthead and footer facts, bullets and bold lead-ins; and every line's text (spacing
// included) as the .txt rendering of the same PDF has it.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBriefLines } from '../../../src/ingest/pdf/brief-lines.js';
import type { ReadBriefResult } from '../../../src/ingest/pdf/types.js';
import { checkBrief, checkTxtLines, type BriefChecks, type CheckResult, type TruthBrief } from '../../../src/ingest/pdf/truth-checks.js';

const dir = join(import.meta.dirname, '..', '..', 'fixtures', 'briefs');
// Every brief PDF with a truth JSON beside it; more briefs can be dropped into the folder.
const ids = readdirSync(dir)
  .filter((f) => f.endsWith('.pdf') && existsSync(join(dir, `${f.slice(0, -4)}.json`)))
  .map((f) => f.slice(0, -4))
  .sort();

type Ok = Extract<ReadBriefResult, { ok: true }>;
const results = new Map<string, { res: Ok; ms: number; cpuMs: number }>();

beforeAll(async () => {
  for (const id of ids) {
    const bytes = new Uint8Array(readFileSync(join(dir, `${id}.pdf`)));
    const started = performance.now();
    const cpu = process.cpuUsage();
    const res = await readBriefLines(bytes);
    const used = process.cpuUsage(cpu);
    const ms = performance.now() - started;
    if (!res.ok) throw new Error(`${id}: ${res.reason}`);
    results.set(id, { res, ms, cpuMs: (used.user + used.system) / 1000 });
  }
});

/** Asserts a check is complete, showing its failures when it is not. */
function expectAllRight(check: CheckResult): void {
  expect(check.failures).toEqual([]);
  expect(check.right).toBe(check.total);
}

it('has the five development briefs', () => {
  expect(ids).toEqual(expect.arrayContaining(['IF12155', 'IF12421', 'IF12608', 'IF12610', 'IF13200']));
});

// Time is measured as this process's CPU time, so other work on the machine (parallel test
// files, other builds) cannot make the check flaky; wall time only guards against stalls. On an
// idle machine a cold read takes about 0.8 s and a warm one 0.2–0.5 s.
it('reads a 3-page brief in well under 3 s, the first one including loading pdf.js', () => {
  const got = ids.map((id) => results.get(id) ?? { cpuMs: Infinity, ms: Infinity });
  expect(got[0]?.cpuMs).toBeLessThan(3000);
  for (const r of got.slice(1)) expect(r.cpuMs).toBeLessThan(1500);
  for (const r of got) expect(r.ms).toBeLessThan(10_000);
});

describe.each(ids)('%s', (id) => {
  const truth = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8')) as TruthBrief;
  let checks: BriefChecks;
  let res: Ok;
  beforeAll(() => {
    const got = results.get(id);
    if (!got) throw new Error(`${id} was not read`);
    res = got.res;
    checks = checkBrief(res, truth);
  });

  it('has the body and bullet text of each section, in reading order', () => expectAllRight(checks.sections));
  it('has the whole flow text', () => expectAllRight(checks.text));
  it('has each heading at its level and place (two-line headings joined)', () => expectAllRight(checks.headings));
  it('has the figure captions', () => expectAllRight(checks.captions));
  it('has the figure subtitles', () => expectAllRight(checks.subtitles));
  it('has the figure sources', () => expectAllRight(checks.sources));
  it('has the authors with their roles', () => expectAllRight(checks.authors));
  it('has the title, date line, report id, version and footer', () => expectAllRight(checks.masthead));
  it('starts every bullet paragraph at a bullet line, and only those', () => expectAllRight(checks.bullets));
  it('opens every lead-in paragraph with the lead-in in bold', () => expectAllRight(checks.leadIns));
  it('shows paragraph breaks as gaps, and no gap inside a paragraph', () => expectAllRight(checks.paragraphGaps));
  it.runIf(existsSync(join(dir, `${id}.txt`)))('produces each text line of the .txt rendering, spacing included', () => {
    expectAllRight(checkTxtLines(res, readFileSync(join(dir, `${id}.txt`), 'utf8')));
  });
  it('keeps running headers, footers and the disclaimer out of the flow', () => {
    const kinds = new Set(res.furniture.map((l) => l.kind));
    expect([...kinds].sort()).toEqual(['disclaimer', 'footer', 'header']);
    expect(res.lines.some((l) => l.kind === 'header' || l.kind === 'footer' || l.kind === 'disclaimer')).toBe(false);
  });
  it('orders the flow: masthead, then per page the left column before the right', () => {
    expect(res.lines[0]?.kind).toBe('date');
    expect(res.lines[1]?.kind).toBe('title');
    const rank = (l: { page: number; column: string }): number => l.page * 10 + (l.column === 'right' ? 2 : 1);
    const body = res.lines.filter((l) => l.column !== 'full');
    body.forEach((l, i) => {
      const prev = body[i - 1];
      if (prev) expect(rank(l)).toBeGreaterThanOrEqual(rank(prev));
    });
  });
});
