import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runInvocation, type Recorded } from '../support/golden.js';

// Recorded by `npm run golden:record`; a change of output shows here as a diff.
const recording = JSON.parse(readFileSync('tests/golden/recording.json', 'utf8')) as Recorded[];

describe('recorded outputs', () => {
  it.each(recording.map((r) => [r.args.join(' ') || '(no arguments)', r] as const))('%s', (_, rec) => {
    const now = runInvocation(rec);
    expect({ code: now.code, stderr: now.stderr, stdout: now.stdout }).toEqual({ code: rec.code, stderr: rec.stderr, stdout: rec.stdout });
  });
});
