import { main } from './main.js';

declare const __VERSION__: string | undefined;

// The bundle gets the version inlined at build time; a run from source says so.
const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
void main(process.argv, version);
