/**
 * A section's id, from its title.
 * Lowercase, dots dropped, a leading article dropped: "The U.S.-Japan Military Alliance" → "us-japan-military-alliance".
 */
export function slugify(title: string): string {
  return title
    .toLowerCase()
    .replace(/\./g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .replace(/^(?:the|a|an)-/, '');
}
