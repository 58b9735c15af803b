/**
 * npm run readme:update — runs every ```console example of README.md in a terminal 80 columns
 * wide and writes what it prints under its command line (tests/e2e/readme.test.ts checks them).
 * Review the diff: an example that changed is a change users will see.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onTerminal, pathWithUsjapan } from './readme-examples.js';

const dir = mkdtempSync(join(tmpdir(), 'usjapan-readme-'));
try {
  const path = pathWithUsjapan(dir);
  const text = readFileSync('README.md', 'utf8').replace(/```console\n([\s\S]*?)```/g, (_, body: string) => {
    const commands = body.split('\n').filter((l) => l.startsWith('$ ')).map((l) => l.slice(2));
    return `\`\`\`console\n${commands.map((c) => `$ ${c}\n${onTerminal(c, path)}\n`).join('')}\`\`\``;
  });
  writeFileSync('README.md', text);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
