// Preload for the silence test: makes the optional native canvas package look absent, the way
// it is on a machine where @napi-rs/canvas did not install, so pdf.js's import-time warnings
// about it are exercised.
const Module = require('node:module');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@napi-rs/canvas' || request.startsWith('@napi-rs/canvas-')) {
    const err = new Error(`Cannot find module '${request}'`);
    err.code = 'MODULE_NOT_FOUND';
    throw err;
  }
  return resolve.call(this, request, ...rest);
};
