import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inPipe } from '../support/terminal.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string; man: string; files: string[] };

describe('the man page', () => {
  it('is generated at build time into dist/usjapan.1 and named in package.json', () => {
    expect(pkg.man).toBe('./dist/usjapan.1');
    const page = readFileSync('dist/usjapan.1', 'utf8');
    expect(page).toMatch(/^\.TH USJAPAN 1 "" "usjapan 1\.1\.0"/);
    for (const c of ['search', 'show', 'section', 'sections', 'facts', 'info', 'completion']) expect(page).toContain(`.B usjapan ${c}`);
  });

  it('renders with groff without a warning', () => {
    const r = spawnSync('groff', ['-man', '-Tutf8', '-ww', '-z', 'dist/usjapan.1'], { encoding: 'utf8' });
    if (r.error) throw new Error('groff is not installed (apt-get install groff)');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const text = spawnSync('groff', ['-man', '-Tutf8', 'dist/usjapan.1'], { encoding: 'utf8' }).stdout.replace(/.\u0008/g, '');
    expect(text).toMatch(/EXIT STATUS/);
    expect(text).toMatch(/usjapan search troops/);
  });
});

describe('the npm package', () => {
  const packed = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' });
  const files = (JSON.parse(packed.stdout) as { files: { path: string }[] }[])[0]!.files.map((f) => f.path);

  it.each(['dist/usjapan.1', 'data/brief.txt', 'data/kb.json', 'CHANGELOG.md', 'bin/usjapan.js', 'dist/usjapan.cjs'])('ships %s', (path) => {
    expect(files).toContain(path);
  });

  it('is version 1.1.0, and --version says so', () => {
    expect(pkg.version).toBe('1.1.0');
    expect(inPipe(['--version']).stdout).toMatch(/^usjapan 1\.1\.0 /);
  });

  it('has a CHANGELOG entry for this version', () => {
    expect(readFileSync('CHANGELOG.md', 'utf8')).toMatch(/^## 1\.1\.0/m);
  });
});
