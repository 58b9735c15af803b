// npm run build — bundles the CLI with esbuild into CommonJS files under dist/, and writes the
// man page (dist/usjapan.1) from the command tree.
// CommonJS because Node 20 starts a CommonJS file faster than an ES module (measured with
// npm run bench). What only some commands need is bundled on its own and required on demand
// (LAZY below): zod for --kb, cli-table3 for the table format, the completion code.
import { build } from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const root = fileURLToPath(new URL('..', import.meta.url));

/** Modules loaded with import() only, each bundled on its own: source → chunk in dist/. */
const LAZY = {
  'src/kb/schema.ts': './kb-schema.cjs',
  'src/format/listing/table.ts': './format-table.cjs',
  'src/cli/completion/complete.ts': './complete.cjs',
  'src/cli/completion/scripts.ts': './completion-scripts.cjs',
};

/** Keeps the lazily loaded modules out of the main bundle: their imports stay as requires. */
const lazyChunks = {
  name: 'lazy-chunks',
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      const source = relative(root, resolve(args.resolveDir, args.path)).replace(/\.js$/, '.ts');
      return LAZY[source] ? { path: LAZY[source], external: true } : undefined;
    });
  },
};

/**
 * commander requires node:child_process at load time for executable subcommands, which this
 * CLI has none of; loading that built-in (and node:net behind it) is a tenth of Node's start-up.
 * It is bundled as a stand-in that requires the real module on first use.
 */
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, () => ({ path: 'child_process', namespace: 'lazy-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents: `let real; module.exports = new Proxy({}, { get: (_, key) => (real ??= require('node:${args.path}'))[key] });`,
      loader: 'js',
    }));
  },
};

/** cli-table3 gets a string-width with a fast path for one-column text (scripts/fast-string-width.cjs). */
const fastStringWidth = {
  name: 'fast-string-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /cli-table3/.test(args.importer) ? { path: fileURLToPath(new URL('./fast-string-width.cjs', import.meta.url)) } : undefined,
    );
  },
};

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  minify: !process.env.NOMIN,
  legalComments: 'none',
  // Lazy modules are required, not imported: import() of CommonJS goes through the slower ESM loader.
  supported: { 'dynamic-import': false },
  logLevel: 'warning',
  // Every bundle sits in dist/: the bundled knowledge base is one folder up from each.
  define: { 'import.meta.url': 'importMetaUrl', __VERSION__: JSON.stringify(version), __KB_URL__: '"../data/kb.json"' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli/entry.ts'],
    outfile: 'dist/usjapan.cjs',
    plugins: [lazyChunks, lazyBuiltins],
  }),
  ...Object.entries(LAZY).map(([source, chunk]) =>
    build({ ...common, entryPoints: [source], outfile: `dist/${chunk.slice(2)}`, plugins: source.endsWith('table.ts') ? [fastStringWidth] : [lazyChunks, lazyBuiltins] }),
  ),
]);

// The man page, from the same command tree as --help (scripts/man-page.ts, bundled for this run only).
await build({ ...common, entryPoints: ['scripts/man-page.ts'], outfile: 'dist/.man-page.cjs' });
{
  const { execFileSync } = await import('node:child_process');
  writeFileSync('dist/usjapan.1', execFileSync(process.execPath, ['dist/.man-page.cjs'], { encoding: 'utf8' }));
  rmSync('dist/.man-page.cjs');
}

// V8 code caches for the bundles: run representative lookups with output discarded, then save
// what V8 compiled (functions compiled while running are included). The main bundle's cache
// comes from the last run, the commonest lookup.
const { spawnSync } = await import('node:child_process');
const bin = fileURLToPath(new URL('../bin/usjapan.js', import.meta.url));
for (const args of [['--kb', 'data/kb.json', 'info'], ['facts', '--format', 'table'], ['search', 'troops']]) {
  const made = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, USJAPAN_WRITE_CODE_CACHE: '1', NO_COLOR: '1' },
    stdio: 'ignore',
  });
  if (made.status !== 0) throw new Error(`making the code cache failed: usjapan ${args.join(' ')} exited ${made.status}`);
}
