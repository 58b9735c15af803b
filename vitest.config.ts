import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // A developer's own knowledge-base choice must not reach the tests or the binaries they run:
    // no USJAPAN_KB, and a store folder that does not exist (tests that need one make their own).
    env: { USJAPAN_KB: '', XDG_DATA_HOME: join(tmpdir(), 'usjapan-tests-no-store') },
  },
});
