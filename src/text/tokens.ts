/** Splits a line into word tokens, keeping inner hyphens, dots and apostrophes ("U.S.-Japan", "Japan’s"). */
export function wordTokens(text: string): string[] {
  return text.match(/[\p{L}\p{N}][\p{L}\p{N}.’'-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu) ?? [];
}
