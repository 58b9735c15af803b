/** Month names in calendar order. */
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** The month number (1–12) of an English month name, any case; 0 when it is not one. */
export function monthNumber(name: string): number {
  const lower = name.toLowerCase();
  return MONTHS.findIndex((m) => m.toLowerCase() === lower) + 1;
}

/** "March", "30", "2022" → "2022-03-30"; null when the month is not a month name. */
export function isoDate(month: string, day: string, year: string): string | null {
  const m = monthNumber(month);
  if (m === 0) return null;
  return `${year}-${String(m).padStart(2, '0')}-${day.padStart(2, '0')}`;
}
