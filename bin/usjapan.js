#!/usr/bin/env node
// A tiny shim: the CLI is one bundled file built by `npm run build` (run on install by `prepare`).
import('../dist/usjapan.js').catch((e) => {
  process.stderr.write(`usjapan: cannot start (${e && e.code === 'ERR_MODULE_NOT_FOUND' ? 'run npm run build' : e.message})\n`);
  process.exitCode = 2;
});
