import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layout of docs/ARCHITECTURE.md, checked: data flows one way, so each folder may import
// only from the folders upstream of it.
const ALLOWED: Record<string, readonly string[]> = {
  'src/text': ['src/text'],
  'src/kb': ['src/kb', 'src/text'],
  'src/ingest': ['src/ingest', 'src/kb', 'src/text'],
  'src/query': ['src/query', 'src/kb', 'src/text'],
  'src/format': ['src/format', 'src/query', 'src/kb', 'src/text'],
  'src/cli': ['src/cli', 'src/format', 'src/query', 'src/kb', 'src/text', 'src/ingest'],
};

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.(ts|mjs|cjs|js)$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Relative imports of a file (static, dynamic and type-only), resolved to repository paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:from|import\()\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]!);
  return specs.map((s) => normalize(join(dirname(file), s)).replace(/\.js$/, '.ts'));
}

const all = [...files('src'), ...files('scripts'), ...files('tests'), ...files('bin')];
const graph = new Map(all.map((f) => [f, importsOf(f)]));
const area = (f: string) => Object.keys(ALLOWED).find((a) => f.startsWith(`${a}/`));

describe('architecture', () => {
  it('no module imports from scripts/, and nothing in src/ or scripts/ imports from tests/', () => {
    const bad = [...graph].flatMap(([f, deps]) =>
      deps.filter((d) => d.startsWith('scripts/') || (d.startsWith('tests/') && !f.startsWith('tests/'))).map((d) => `${f} → ${d}`),
    );
    expect(bad).toEqual([]);
  });

  it('each folder of src/ imports only from the folders upstream of it', () => {
    const bad = [...graph].flatMap(([f, deps]) => {
      const a = area(f);
      if (!a) return [];
      return deps.filter((d) => !ALLOWED[a]!.some((ok) => d.startsWith(`${ok}/`))).map((d) => `${f} → ${d}`);
    });
    expect(bad).toEqual([]);
  });

  it('has no import cycle in src/', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (f: string, path: string[]) => {
      if (state.get(f) === 'done') return;
      if (state.get(f) === 'open') {
        cycles.push([...path.slice(path.indexOf(f)), f].map((p) => relative('src', p)).join(' → '));
        return;
      }
      state.set(f, 'open');
      for (const d of graph.get(f) ?? []) if (d.startsWith('src/')) visit(d, [...path, f]);
      state.set(f, 'done');
    };
    for (const f of graph.keys()) if (f.startsWith('src/')) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it('nothing below src/cli/ touches process, the console or chalk', () => {
    // The one exception: pdf.js prints through the console while it loads and reads, before any
    // setting can stop it, so its loader mutes the console for exactly those calls.
    const MUTES_A_LIBRARY = new Set(['src/ingest/pdf/pdfjs-load.ts']);
    const bad = all.filter(
      (f) => f.startsWith('src/') && !f.startsWith('src/cli/') && !MUTES_A_LIBRARY.has(f) && /(?<![-\w])process\.(?!.*ErrnoException)\w|\bconsole\.|from 'chalk'/.test(readFileSync(f, 'utf8')),
    );
    expect(bad).toEqual([]);
  });
});
