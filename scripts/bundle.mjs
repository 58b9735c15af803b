// npm run build — bundles the CLI with esbuild into CommonJS files under dist/.
// CommonJS because Node 20 starts a CommonJS file faster than an ES module (measured with
// npm run bench). What only some commands need is bundled on its own and required on demand:
// dist/kb-schema.cjs (zod, for --kb), dist/format-table.cjs (cli-table3), dist/use.cjs
// (`usjapan use`) and dist/ingest.cjs (`usjapan ingest`: the whole ingest pipeline), which
// starts dist/pdf-worker.cjs (pdf.js and the PDF reader) in a worker thread.
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const LAZY = { 'schema.js': './kb-schema.cjs', 'table.js': './format-table.cjs', 'ingest.js': './ingest.cjs', 'use.js': './use.cjs' };

/** Keeps the lazily loaded modules out of the main bundle: their imports stay as requires. */
const lazyChunks = {
  name: 'lazy-chunks',
  setup(b) {
    b.onResolve({ filter: /\/(schema|table|ingest|use)\.js$/ }, (args) => {
      if (args.kind !== 'dynamic-import') return undefined;
      return { path: LAZY[args.path.split('/').pop()], external: true };
    });
  },
};

/** In the ingest bundle, the schema (zod) is the chunk the main bundle already has, not a copy. */
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
  define: { 'import.meta.url': 'importMetaUrl' },
  banner: { js: "const importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
};

rmSync('dist', { recursive: true, force: true });
await Promise.all([
  build({
    ...common,
    entryPoints: ['src/cli/entry.ts'],
    outfile: 'dist/usjapan.cjs',
    plugins: [lazyChunks, lazyBuiltins],
    define: { ...common.define, __VERSION__: JSON.stringify(version), __KB_URL__: '"../data/kb.json"' },
  }),
  build({ ...common, entryPoints: ['src/kb/schema.ts'], outfile: 'dist/kb-schema.cjs' }),
  build({
    ...common,
    entryPoints: ['src/cli/commands/ingest.ts'],
    outfile: 'dist/ingest.cjs',
    plugins: [sharedSchema, lazyCompromise],
    define: { ...common.define, __MODELS_URL__: '"../data/models/"', __PDF_WORKER__: '"./pdf-worker.cjs"' },
  }),
  build({
    ...common,
    entryPoints: ['src/cli/commands/use.ts'],
    outfile: 'dist/use.cjs',
    plugins: [sharedSchema],
    define: { ...common.define, __KB_URL__: '"../data/kb.json"' },
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
  build({ ...common, entryPoints: ['src/format/table.ts'], outfile: 'dist/format-table.cjs', plugins: [fastStringWidth] }),
]);

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
// The ingest bundles' caches (dist/ingest.cjs.cache, dist/pdf-worker.cjs.cache), from reading a
// fixture brief when the checkout has one (a packed tarball ships the caches made here). First,
// so that the lookups below make the main bundle's cache.
try {
  const brief = fileURLToPath(new URL('../tests/fixtures/briefs/IF12610.pdf', import.meta.url));
  if (existsSync(brief)) {
    const made = spawnSync(process.execPath, [bin, 'ingest', brief, '-o', `${scratch}/kb.json`], { env: cacheEnv, stdio: 'ignore' });
    if (made.status !== 0) throw new Error(`making the PDF reader's code cache failed: usjapan ingest exited ${made.status}`);
  }
  for (const args of [['--kb', 'data/kb.json', 'info'], ['facts'], ['search', 'troops']]) {
    const made = spawnSync(process.execPath, [bin, ...args], { env: cacheEnv, stdio: 'ignore' });
    if (made.status !== 0) throw new Error(`making the code cache failed: usjapan ${args.join(' ')} exited ${made.status}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
