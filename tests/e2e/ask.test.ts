/** ask, run as the built binary: the answer and its evidence, the JSON shape, the no-answer path, the search card. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(process.cwd(), 'bin', 'usjapan.js');

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '' }, timeout: 30_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const KEYS = ['question', 'answer', 'kind', 'value', 'unit', 'start', 'end', 'asOf', 'confidence', 'evidence', 'otherAnswers'];

describe('ask', () => {
  it('for people: the answer with the brief’s date, the sentence that says it and where', () => {
    const r = run(['ask', 'how', 'many', 'U.S.', 'troops', 'are', 'in', 'Japan?']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^around 54,000 \(as of March 30, 2022, IF10199 v19\)$/);
    expect(r.stdout).toContain('currently numbering around 54,000');
    expect(lines.at(-1)).toMatch(/^— Overview, p\. 1$/);
  });

  it('--json: one object with the documented keys; evidence with id, text, section and page', () => {
    const r = run(['ask', 'when did kishida become prime minister', '--json']);
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout) as Record<string, unknown> & { evidence: Record<string, unknown>[] };
    expect(Object.keys(o)).toEqual(KEYS);
    expect(o).toMatchObject({ answer: 'September 2021', kind: 'date', start: '2021-09', asOf: '2022-03-30' });
    expect(Object.keys(o.evidence[0]!)).toEqual(['id', 'text', 'sectionId', 'section', 'page', 'lines']);
    expect(o.confidence).toBeGreaterThan(0);
    expect(o.confidence).toBeLessThanOrEqual(1);
  });

  it('a quantity in base units, as facts gives it', () => {
    const o = JSON.parse(run(['ask', 'how much does japan pay to host us forces each year', '--json']).stdout) as { value: number; unit: string; kind: string };
    expect(o).toMatchObject({ kind: 'quantity', value: 2e9, unit: 'USD' });
  });

  it('a question about the document: kind document, no evidence sentence', () => {
    const o = JSON.parse(run(['ask', 'which version is this', '--json']).stdout) as { kind: string; evidence: unknown[]; answer: string };
    expect(o).toMatchObject({ kind: 'document', evidence: [], answer: '19' });
  });

  it('when the brief does not say: exit 1, the object with answer null, one line on stderr', () => {
    const j = run(['ask', 'who is south korea’s president', '--json']);
    expect(j.code).toBe(1);
    const o = JSON.parse(j.stdout) as Record<string, unknown>;
    expect(Object.keys(o)).toEqual(KEYS);
    expect(o).toMatchObject({ answer: null, evidence: [], otherAnswers: [] });
    const t = run(['ask', 'what is the capital of japan']);
    expect(t).toMatchObject({ code: 1, stdout: '' });
    expect(t.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^usjapan: the brief does not say; closest: usjapan search capital japan$/)]);
  });

  it('reads the question from stdin with -; an empty question is a usage error', () => {
    expect(run(['ask', '-'], 'who leads the ldp\n')).toMatchObject({ code: 0 });
    expect(run(['ask', '-'], 'who leads the ldp\n').stdout.split('\n')[0]).toMatch(/^Kishida /);
    expect(run(['ask', '']).code).toBe(2);
    expect(run(['ask', 'when']).code).toBe(2);
    expect(run(['ask', '?']).stderr).toMatch(/has no words to look for/);
    expect(run(['ask', 'x'.repeat(1001)]).code).toBe(2);
  });
});

describe('search shows the answer first', () => {
  it('a question ask can answer: a one-line card above the ranked sentences', () => {
    const lines = run(['search', 'how many troops are in japan']).stdout.split('\n');
    expect(lines[0]).toBe('Answer: around 54,000 — Overview, p. 1');
    expect(lines[1]).toBe('');
    expect(lines[2]).toMatch(/^1\. /);
  });

  it('never with --json or --format, and not for a query that is not a question', () => {
    expect(run(['search', 'how many troops are in japan', '--json']).stdout).not.toContain('Answer:');
    expect(run(['search', 'how many troops are in japan', '--format', 'tsv']).stdout).not.toContain('Answer:');
    expect(run(['search', 'troops']).stdout).not.toContain('Answer:');
  });
});
