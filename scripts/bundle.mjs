// npm run build — bundles the CLI with esbuild into CommonJS files under dist/, and writes the
// man page (dist/usjapan.1) from the command tree.
// CommonJS because Node 20 starts a CommonJS file faster than an ES module (measured with
// npm run bench). What only some commands need is bundled on its own and required on demand
// (LAZY below): zod for --kb, cli-table3 for the table format, the completion code, `use`, and
// `ingest` (the whole ingest pipeline), which starts dist/pdf-worker.cjs (pdf.js and the PDF
// reader) in a worker thread and loads dist/compromise.cjs only for a text's reading order.
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
  'src/cli/commands/use.ts': './use.cjs',
  'src/cli/commands/ingest.ts': './ingest.cjs',
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

/** In the lazy bundles, the schema (zod) is the chunk the main bundle already has, not a copy. */
const sharedSchema = {
  name: 'shared-schema',
  setup(b) {
    b.onResolve({ filter: /\/kb\/schema\.js$/ }, () => ({ path: './kb-schema.cjs', external: true }));
  },
};

/**
 * compromise builds its lexicon when it is loaded, a few hundred milliseconds that only the
 * text path's verb check needs (a PDF's reading order is geometry): in the ingest bundle it is a
 * stand-in that requires the real library (dist/compromise.cjs) on first use.
 */
const lazyCompromise = {
  name: 'lazy-compromise',
  setup(b) {
    b.onResolve({ filter: /^compromise$/ }, (args) => (args.importer.includes('verb-check') ? { path: 'compromise', namespace: 'lazy-compromise' } : undefined));
    b.onResolve({ filter: /^\.\/compromise\.cjs$/ }, (args) => ({ path: args.path, external: true }));
    b.onLoad({ filter: /.*/, namespace: 'lazy-compromise' }, () => ({
      contents: "let real; const nlp = () => (real ??= require('./compromise.cjs').default); module.exports = new Proxy(function () {}, { apply: (_, self, args) => nlp()(...args), get: (_, key) => nlp()[key] });",
      loader: 'js',
    }));
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
  define: {
    'import.meta.url': 'importMetaUrl',
    __VERSION__: JSON.stringify(version),
    __KB_URL__: '"../data/kb.json"',
    __MODELS_URL__: '"../data/models/"',
    __PDF_WORKER__: '"./pdf-worker.cjs"',
  },
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
  ...Object.entries(LAZY).map(([source, chunk]) => {
    const plugins = source.endsWith('table.ts')
      ? [fastStringWidth]
      : source.startsWith('src/cli/commands/')
        ? [sharedSchema, lazyCompromise, lazyChunks, lazyBuiltins]
        : [lazyChunks, lazyBuiltins];
    return build({ ...common, entryPoints: [source], outfile: `dist/${chunk.slice(2)}`, plugins });
  }),
  // pdf.js (legacy build, for Node 20) with its worker inlined: it runs on the worker thread's
  // main loop through globalThis.pdfjsWorker. Its optional native canvas (@napi-rs/canvas, for
  // rendering) is never loaded: pdf.js looks for it relative to import.meta.url, which here names
  // a folder with no node_modules, so a checkout that has it installed reads PDFs as an install
  // without it does (and 60 ms sooner).
  build({
    ...common,
    entryPoints: ['src/ingest/pdf/read-worker.ts'],
    outfile: 'dist/pdf-worker.cjs',
    define: { ...common.define, 'import.meta.url': '"file:///usjapan-pdf-reader/pdf-worker.cjs"' },
  }),
  build({ ...common, stdin: { contents: "export { default } from 'compromise';", resolveDir: '.', loader: 'js' }, outfile: 'dist/compromise.cjs' }),
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
const { existsSync, mkdtempSync } = await import('node:fs');
const { tmpdir } = await import('node:os');
const bin = fileURLToPath(new URL('../bin/usjapan.js', import.meta.url));
// The builder's own knowledge-base choice (USJAPAN_KB, a stored default) must not take part.
const scratch = mkdtempSync(`${tmpdir()}/usjapan-build-`);
const cacheEnv = { ...process.env, USJAPAN_WRITE_CODE_CACHE: '1', NO_COLOR: '1', XDG_DATA_HOME: scratch };
delete cacheEnv.USJAPAN_KB;
try {
  // The ingest bundles' caches (dist/ingest.cjs.cache, dist/pdf-worker.cjs.cache), from reading
  // a fixture brief when the checkout has one (a packed tarball ships the caches made here).
  // First, so that the lookups below make the main bundle's cache.
  const brief = fileURLToPath(new URL('../tests/fixtures/briefs/IF12610.pdf', import.meta.url));
  if (existsSync(brief)) {
    const made = spawnSync(process.execPath, [bin, 'ingest', brief, '-o', `${scratch}/kb.json`], { env: cacheEnv, stdio: 'ignore' });
    if (made.status !== 0) throw new Error(`making the PDF reader's code cache failed: usjapan ingest exited ${made.status}`);
  }
  for (const args of [['--kb', 'data/kb.json', 'info'], ['facts', '--format', 'table'], ['search', 'troops']]) {
    const made = spawnSync(process.execPath, [bin, ...args], { env: cacheEnv, stdio: 'ignore' });
    if (made.status !== 0) throw new Error(`making the code cache failed: usjapan ${args.join(' ')} exited ${made.status}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
