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
  try {
    onTestFinished(remove);
  } catch {
    // Not inside a running test: onTestFinished refuses, and the folder lives for the block.
    afterAll(remove);
  }
  return dir;
}
