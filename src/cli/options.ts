import { InvalidArgumentError } from 'commander';

/** Options every command accepts (before or after its name). */
export interface GlobalOptions {
  kb?: string;
  color?: boolean;
}

/** A command's own options as commander parses them. */
export type CommandOptions = Record<string, unknown> & { json?: boolean; format?: string };

/** A parser for a whole-number option value within a range ("-n 10", "-C 2"). */
export function wholeNumber(min: number, max: number): (value: string) => number {
  return (value) => {
    const n = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < min || n > max) {
      throw new InvalidArgumentError(`a whole number from ${min} to ${max}`);
    }
    return n;
  };
}

/** Parses --limit: a whole number from 1 to 1000. */
export const positiveInt = wholeNumber(1, 1000);

/** Parses -C, --context: sentences on each side, 0 to 50. */
export const contextSize = wholeNumber(0, 50);
