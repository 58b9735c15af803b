import type { ListingFormat, ObjectFormat } from '../format/listing/view.js';
import type { CommandOptions } from './options.js';
import { failed, type Step } from './outcome.js';

/**
 * The format asked for: --json is short for --format json, and with another --format it is a
 * usage error. Undefined when neither is given (the command's own default for where it prints).
 */
export function chosenFormat<F extends ListingFormat | ObjectFormat>(opts: CommandOptions, command: string): Step<F | undefined> {
  const format = opts.format as F | undefined;
  if (opts.json && format !== undefined && format !== 'json') {
    return { ok: false, outcome: failed('usage', `--json means --format json; give one of --json and --format ${format}  (try: usjapan ${command} --help)`) };
  }
  return { ok: true, value: opts.json ? ('json' as F) : format };
}
