/** Serializes a knowledge base the same way every time (the build is checked byte for byte). */
export function serializeKb(kb: unknown): string {
  return `${JSON.stringify(kb)}\n`;
}
