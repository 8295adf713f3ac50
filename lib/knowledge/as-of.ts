// "Stand Oktober 2022" / "as of October 2022": the month a description's open role was last confirmed,
// written out for readers and read back by the build when an override confirms or ends the role.

import { MONTHS } from '../format';

const MONTHS_DE = MONTHS.de;
const MONTHS_EN = MONTHS.en;

function format(yyyyMm: string, names: readonly string[]): string {
  const m = Number(yyyyMm.slice(5, 7));
  const name = names[m - 1];
  return name ? `${name} ${yyyyMm.slice(0, 4)}` : yyyyMm.slice(0, 7);
}

/** `2022-10` or `2022-10-10` → "Oktober 2022". */
export function monthYearDe(date: string): string {
  return format(date, MONTHS_DE);
}

/** `2022-10` or `2022-10-10` → "October 2022". */
export function monthYearEn(date: string): string {
  return format(date, MONTHS_EN);
}

/** "Oktober 2022" or "October 2022" → `2022-10`; null for anything else. */
export function parseMonthYear(text: string): string | null {
  const [name, year] = text.split(' ');
  if (!name || !year || !/^\d{4}$/.test(year)) return null;
  const i = Math.max(MONTHS_DE.indexOf(name), MONTHS_EN.indexOf(name));
  return i < 0 ? null : `${year}-${String(i + 1).padStart(2, '0')}`;
}
