import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/**
 * A fresh temporary folder, removed when the test that made it finishes or, made outside a
 * test, when the enclosing file or describe block ends.
 */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `usjapan-${prefix}-`));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  left.add(dir);
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a running test: onTestFinished refuses, and the folder lives for the block.
    // Inside a beforeAll hook afterAll does not register either: the exit sweep below removes it.
    try {
      afterAll(remove);
    } catch {
      // Swept at exit.
    }
  }
  return dir;
}

// Every folder made here, removed when the test file ends whatever happened before (a hook that
// could not register its cleanup, a test that timed out): this module is loaded by each test
// file that uses it, so this hook belongs to that file's root suite.
const left = new Set<string>();
afterAll(() => {
  for (const dir of left) rmSync(dir, { recursive: true, force: true });
});
