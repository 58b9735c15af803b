// Preloaded with NODE_OPTIONS=--require by tests: says on stderr which bundled chunks of dist/
// the CLI reads (bin/usjapan.js reads each with readFileSync before running it).
'use strict';
const fs = require('node:fs');
const read = fs.readFileSync;
fs.readFileSync = function readFileSync(path, ...rest) {
  if (typeof path === 'string' && path.endsWith('.cjs')) fs.writeSync(2, `chunk ${require('node:path').basename(path)}\n`);
  return read.call(this, path, ...rest);
};
