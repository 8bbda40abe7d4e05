/**
 * A calendar quarter, written `2026-Q3`: the court-local days it covers,
 * both included. Pure, so the arithmetic is tested on its own.
 */
export interface Quarter {
  label: string;
  year: number;
  number: 1 | 2 | 3 | 4;
  from: string;
  to: string;
}

const QUARTER = /^(\d{4})-Q([1-4])$/;
const LAST_DAY = ['03-31', '06-30', '09-30', '12-31'];

/** The quarter a text names, or null when it is not `YYYY-Qn`. */
export function parseQuarter(text: string): Quarter | null {
  const match = QUARTER.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]) as Quarter['number'];
  const firstMonth = String(3 * (number - 1) + 1).padStart(2, '0');
  return { label: text, year, number, from: `${year}-${firstMonth}-01`, to: `${year}-${LAST_DAY[number - 1]}` };
}

/** How a count of people is printed for a funder: 1 to 4 as "<5" (a zero names nobody and is shown). */
export function shownCount(count: number): string {
  return count >= 1 && count <= 4 ? '<5' : String(count);
}
