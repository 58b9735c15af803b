import { InvalidArgumentError } from 'commander';

/** Options every command accepts (before or after its name). */
export interface GlobalOptions {
  kb?: string;
  color?: boolean;
}

/** A command's own options as commander parses them. */
export type CommandOptions = Record<string, unknown> & { json?: boolean };

/** Parses --limit: a whole number from 1 to 1000. */
export function positiveInt(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1 || n > 1000) {
    throw new InvalidArgumentError('expected a whole number from 1 to 1000');
  }
  return n;
}
