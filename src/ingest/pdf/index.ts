// Public surface of the PDF reader.

export { readBriefLines } from './brief-lines.js';
export { readPdf } from './read-pdf.js';
export { buildLines } from './lines.js';
export { parseIdFooter } from './brief-meta.js';
export type * from './types.js';
