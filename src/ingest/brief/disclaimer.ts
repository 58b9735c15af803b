import type { Page } from './pages.js';

/** True for the CRS disclaimer page, the last page of every CRS product. */
export function isDisclaimerPage(page: Page): boolean {
  return page.body[0]?.text.trim() === 'Disclaimer';
}
