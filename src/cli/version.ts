import { toJson } from '../format/json.js';
import { safe } from '../format/safe.js';
import { activeKbIdentity, loadChoice } from './open-kb.js';
import { found, type Outcome } from './outcome.js';

/** Whether the arguments ask for the version (-V or --version, before any "--"). */
export function asksVersion(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '-V' || a === '--version');
}

/** The value of an option in raw arguments ("--kb x" or "--kb=x"). */
function optionValue(args: readonly string[], flag: string): string | undefined {
  for (let i = 0; i < args.length; i++) {
    if (args[i] === flag) return args[i + 1];
    if (args[i]!.startsWith(`${flag}=`)) return args[i]!.slice(flag.length + 1);
  }
  return undefined;
}

/**
 * `usjapan --version`: the tool's version and the brief of the knowledge base that would
 * answer ("usjapan 1.1.0 — IF10199 v19, 2022-03-30"); with --json an object. The version is
 * printed (exit 0) even when that knowledge base cannot be read, with the reason on stderr.
 */
export async function versionOutcome(version: string, args: readonly string[]): Promise<Outcome> {
  const json = args.includes('--json') || optionValue(args, '--format') === 'json';
  // The brief's identity is read from the start of the file (or the default's record), not by
  // loading it; only when that fails is the file loaded, to say why.
  const { choice, identity: d } = activeKbIdentity({ kb: optionValue(args, '--kb') });
  if (json) {
    return found(toJson({ version, reportId: d?.reportId ?? null, reportVersion: d?.version ?? null, updated: d?.updated ?? null, kb: choice.path }));
  }
  if (!d) {
    const loaded = await loadChoice(choice);
    return found(`usjapan ${version}`, loaded.ok ? [] : [...(loaded.outcome.messages ?? [])]);
  }
  return found(`usjapan ${version} — ${safe(d.reportId)} v${d.version}, ${d.updated}`);
}
