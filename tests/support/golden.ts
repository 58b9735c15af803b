/**
 * Golden recordings: a fixed list of invocations of the built binary and what each printed
 * (stdout, stderr, exit code), so a refactoring can be checked byte for byte against the
 * recording made before it. `npm run golden:record` remakes the recording on purpose.
 */
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Invocation {
  readonly args: readonly string[];
  readonly env?: Readonly<Record<string, string>>;
  readonly input?: string;
}

export interface Recorded extends Invocation {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

const BIN = join(process.cwd(), 'bin', 'usjapan.js');

/** Runs one invocation in a fixed environment: no color, a pipe for stdout, 80 columns. */
export function runInvocation(inv: Invocation): Recorded {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (v !== undefined && !/^(NO_COLOR|FORCE_COLOR|COLUMNS|USJAPAN_.*|XDG_DATA_HOME|NODE_OPTIONS)$/.test(k)) env[k] = v;
  }
  // No stored default knowledge base: a store folder that does not exist.
  env.XDG_DATA_HOME = join(tmpdir(), 'usjapan-golden-no-store');
  const r = spawnSync(process.execPath, [BIN, ...inv.args], {
    encoding: 'utf8',
    env: { ...env, NO_COLOR: '1', ...inv.env },
    input: inv.input ?? '',
    timeout: 30_000,
  });
  return { ...inv, stdout: r.stdout, stderr: r.stderr, code: r.status };
}
