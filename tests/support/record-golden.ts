/** npm run golden:record — remakes tests/golden/recording.json from tests/golden/invocations.json. */
import { readFileSync, writeFileSync } from 'node:fs';
import { runInvocation, type Invocation } from './golden.js';

const invocations = JSON.parse(readFileSync('tests/golden/invocations.json', 'utf8')) as Invocation[];
writeFileSync('tests/golden/recording.json', `${JSON.stringify(invocations.map(runInvocation), null, 1)}\n`);
process.stderr.write(`recorded ${invocations.length} invocations\n`);
