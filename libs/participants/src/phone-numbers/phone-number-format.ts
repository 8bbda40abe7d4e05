import { E164_PATTERN } from '../entities/phone-number.entities';

/**
 * A phone number as people write it (`+1 (312) 555-0101`, `+55 11 91234-5678`)
 * in E.164 (`+13125550101`), or null when it is not an international number.
 * The country code is required: a court near a border, or a participant
 * with a foreign phone, makes any default country a guess.
 */
export function toE164(written: string): string | null {
  const compact = written.trim().replace(/[\s().-]/g, '');
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  return E164_PATTERN.test(international) ? international : null;
}

/** A number shown to staff in a log: enough to recognise it, not enough to copy it (`+1 ••• ••• 0101`). */
export function maskedPhone(number: string): string {
  if (!E164_PATTERN.test(number)) return number.length > 4 ? `•••${number.slice(-2)}` : '•••';
  return `${number.slice(0, 2)}•••••${number.slice(-4)}`;
}
