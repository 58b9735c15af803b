/** JSON as scripts expect it: two-space indented, never colored. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2);
}
