/**
 * Neutralizes control characters and escape sequences in text from a knowledge base, so a
 * crafted file cannot drive the terminal: they are shown as visible \\uXXXX escapes.
 */
export function safe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
