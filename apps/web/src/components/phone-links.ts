/**
 * Links a basic phone opens by itself: a map search for an address (no map
 * script in the page) and a call to a number.
 */
export function mapLink(address: string): string {
  return `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
}

/** `tel:` with the E.164 number as stored (a leading + and digits only). */
export function telLink(e164: string): string {
  return `tel:${e164.replace(/[^+0-9]/g, '')}`;
}

/** An E.164 number written for reading aloud: +1 312 555 0199 for North American numbers, else grouped by threes. */
export function readableNumber(e164: string): string {
  const nanp = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  if (nanp) return `+1 ${nanp[1]} ${nanp[2]} ${nanp[3]}`;
  return e164.replace(/^(\+\d{1,3})(\d+)$/, (_all, country: string, rest: string) => `${country} ${rest.replace(/(\d{3})(?=\d{3,})/g, '$1 ')}`);
}
