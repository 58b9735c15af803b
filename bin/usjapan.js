#!/usr/bin/env node
// A tiny CommonJS shim (bin/package.json): Node starts CommonJS faster than an ES module.
// It runs the bundled CLI (dist/usjapan.cjs, built by `npm run build`, run on install by
// `prepare`) and its on-demand parts with the V8 code caches the build made for them, so they
// are not compiled again at every start; Node 22.8+ has module.enableCompileCache for this,
// Node 20 does not. A cache from another Node version is rejected by V8 and the code compiled.
'use strict';
const { existsSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { createRequire } = require('node:module');
const vm = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const scripts = [];
const loaded = new Map();

/** Runs one bundled CommonJS file of dist/ with its code cache (once); returns its exports. */
function load(file) {
  if (loaded.has(file)) return loaded.get(file).exports;
  const source = readFileSync(file, 'utf8');
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // No cache: V8 compiles as usual.
  }
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: file, cachedData });
  scripts.push({ file, script });
  const mod = { exports: {} };
  loaded.set(file, mod);
  const base = createRequire(file);
  const req = (id) => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(dist, id)) : base(id));
  script.runInThisContext()(mod.exports, req, mod, file, dist);
  return mod.exports;
}

if (process.env.USJAPAN_WRITE_CODE_CACHE) {
  process.on('beforeExit', () => {
    for (const { file, script } of scripts) writeFileSync(`${file}.cache`, script.createCachedData());
  });
}
if (existsSync(join(dist, 'usjapan.cjs'))) load(join(dist, 'usjapan.cjs'));
else {
  process.stderr.write('usjapan: cannot start: the CLI is not built (run npm run build)\n');
  process.exitCode = 2;
}
