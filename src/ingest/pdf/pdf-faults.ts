// Turns bad input and pdf.js exceptions into one-line reasons.

/** Checks the bytes look like a whole PDF before pdf.js sees them; returns a reason or null. */
export function checkPdfBytes(bytes: Uint8Array): string | null {
  if (!(bytes instanceof Uint8Array)) return 'not a PDF: input is not a byte array';
  if (bytes.length === 0) return 'not a PDF: the file is empty';
  // The header may follow a little junk (the spec tolerates it within the first 1024 bytes).
  if (indexOf(bytes.subarray(0, 1024), '%PDF-') < 0) return 'not a PDF: no %PDF- header';
  // pdf.js can rebuild a broken cross-reference table and read a cut-off file partly; a file
  // that lost its end is reported rather than half-read.
  if (indexOf(bytes.subarray(Math.max(0, bytes.length - 2048)), '%%EOF') < 0) {
    return 'truncated PDF: no %%EOF marker at the end';
  }
  return null;
}

/** A one-line reason for an exception thrown by pdf.js while opening or reading a document. */
export function describeFailure(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]?.trim() ?? '';
  if (name === 'PasswordException' || /password/i.test(message)) return 'encrypted PDF: a password is required';
  if (name === 'InvalidPDFException') return `corrupt PDF: ${message || 'invalid structure'}`;
  if (name === 'MissingPDFException') return 'not a PDF: no document found';
  if (name === 'UnknownErrorException' || name === 'FormatError') return `corrupt PDF: ${message || 'unreadable'}`;
  return `unreadable PDF: ${message || name || 'unknown error'}`;
}

/** Position of an ASCII needle in bytes, or -1. */
function indexOf(bytes: Uint8Array, needle: string): number {
  const first = needle.charCodeAt(0);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
    return i;
  }
  return -1;
}
