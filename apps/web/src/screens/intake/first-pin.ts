/**
 * A first call-in PIN for a new participant: six random digits from the
 * browser's cryptographic source, never one the API refuses as trivial (one
 * digit repeated, a run up or down, a repeated group, the birth date). The
 * API checks again; this only spares a refusal.
 */
export function firstPin(dateOfBirth: string | null, random: (digits: Uint8Array) => Uint8Array = (d) => crypto.getRandomValues(d)): string {
  for (;;) {
    const pin = [...random(new Uint8Array(6))].map((byte) => String(byte % 10)).join('');
    if (!isTrivial(pin, dateOfBirth)) return pin;
  }
}

export function isTrivial(pin: string, dateOfBirth: string | null): boolean {
  const digits = [...pin].map(Number);
  const steps = digits.slice(1).map((d, i) => (d - digits[i] + 10) % 10);
  if (steps.every((s) => s === 0) || steps.every((s) => s === 1) || steps.every((s) => s === 9)) return true;
  for (const size of [1, 2, 3]) {
    if (pin.length % size === 0 && pin === pin.slice(0, size).repeat(pin.length / size)) return true;
  }
  if (dateOfBirth) {
    const [y, m, d] = dateOfBirth.split('-');
    const forms = [`${d}${m}${y.slice(2)}`, `${m}${d}${y.slice(2)}`, `${y.slice(2)}${m}${d}`, `${d}${m}${y}`, `${m}${d}${y}`, `${y}${m}${d}`];
    if (forms.some((f) => f.includes(pin) || pin.includes(f))) return true;
  }
  return false;
}
