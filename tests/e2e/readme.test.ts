import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { examples, inPipe, onTerminal, pathWithUsjapan } from '../support/readme-examples.js';
import { tempDir } from '../support/temp.js';

// The README's output examples (```console blocks: "$ usjapan …" and what it prints) are run as
// a reader would run them, in a terminal 80 columns wide, and must print exactly that
// (npm run readme:update rewrites them).
const PATH = pathWithUsjapan(tempDir('readme'));

const found = examples(readFileSync('README.md', 'utf8'));

describe('README examples', () => {
  it('has examples of every kind of output', () => {
    expect(found.length).toBeGreaterThanOrEqual(6);
    expect(found.some((e) => e.output.includes('┌'))).toBe(true);
  });

  it.each(found.map((e) => [e.command, e] as const))('$ %s', (_, e) => {
    expect(onTerminal(e.command, PATH)).toBe(e.output);
    // A table example of a listing command is also what a pipe prints with --format table.
    if (/^usjapan (facts|sections|search)\b/.test(e.command) && e.output.includes('┌')) {
      expect(inPipe(`${e.command} --format table`, PATH)).toBe(e.output);
    }
  });
});
