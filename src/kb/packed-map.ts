/**
 * A string → string[] map stored as one string, "key:a,b\nkey2:c": JSON.parse reads a long
 * string far faster than an object of thousands of keys, and a lookup reads only its own line.
 * Keys and values must not contain ":", "," or a newline (true of word stems).
 */
export function packMap(map: Readonly<Record<string, readonly string[]>>): string {
  return Object.keys(map)
    .sort()
    .map((k) => `${k}:${map[k]!.join(',')}`)
    .join('\n');
}

/** The values of a key in a packed map; [] when absent. */
export function lookupPacked(packed: string, key: string): string[] {
  if (key === '' || /[:,\n]/.test(key)) return [];
  const needle = `${key}:`;
  let at = packed.startsWith(needle) ? 0 : packed.indexOf(`\n${needle}`);
  if (at < 0) return [];
  if (at > 0 || !packed.startsWith(needle)) at += 1;
  const end = packed.indexOf('\n', at);
  const values = packed.slice(at + needle.length, end < 0 ? undefined : end);
  return values === '' ? [] : values.split(',');
}
