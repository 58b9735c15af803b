import { main } from './main.js';

declare const __VERSION__: string | undefined;

// The bundle gets the version inlined at build time; tsx runs read package.json.
const version = typeof __VERSION__ === 'string' ? __VERSION__ : '0.0.0-dev';
await main(process.argv, version);
