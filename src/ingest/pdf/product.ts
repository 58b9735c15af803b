// Which CRS product a document is, from its product number: In Focus briefs are "IF" numbers;
// CRS Reports (R, RL, RS), Insights (IN), Legal Sidebars (LSB) and testimony (TE) share the
// same id footer ("https://crsreports.congress.gov | R47123 · VERSION 3 · UPDATED") and are
// refused by name, since their layout is not a brief's.

import { parseIdFooter } from './brief-meta.js';

const FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/^IF\d/, 'a CRS In Focus brief'],
  [/^(?:R|RL|RS)\d/, 'a CRS Report'],
  [/^IN\d/, 'a CRS Insight'],
  [/^LSB\d/, 'a CRS Legal Sidebar'],
  [/^TE\d/, 'CRS testimony'],
];
// A bare product number, as on a Report's cover or under a brief's authors.
const PRODUCT_NUMBER = /\b(?:IF|IN|LSB|RL|RS|TE|R)\d{4,6}\b/;

/** What kind of CRS product a product number names ("a CRS Report"), or "an unknown product". */
export function productName(id: string): string {
  return FAMILIES.find(([re]) => re.test(id))?.[1] ?? 'not a known CRS product';
}

/** True for an In Focus product number ("IF12610"). */
export function isInFocus(id: string): boolean {
  return /^IF\d{3,6}$/.test(id);
}

/** The product number in a page's text: from its id footer when there is one, else a bare number. */
export function productNumberIn(text: string): string | null {
  return parseIdFooter(text)?.reportId ?? PRODUCT_NUMBER.exec(text)?.[0] ?? null;
}

/** Why a document with this product number is not ingested, or null for an In Focus brief. */
export function notInFocus(id: string | null): string | null {
  if (id === null) return 'not a CRS In Focus brief: no product number ("IF…· VERSION n") found';
  if (isInFocus(id)) return null;
  return `not a CRS In Focus brief: ${id} is ${productName(id)}`;
}
