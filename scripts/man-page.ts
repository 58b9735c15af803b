// Prints the man page (dist/usjapan.1) from the command tree; run by scripts/bundle.mjs at build time.
import { manPage } from '../src/cli/man-page.js';
import { program } from '../src/cli/program.js';

declare const __VERSION__: string;

const root = program({ outcome: () => {}, writeOut: () => {}, writeErr: () => {} });
process.stdout.write(manPage(root, __VERSION__));
