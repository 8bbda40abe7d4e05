import {
  callInMessage,
  callInStatus,
  courtWallTime,
  isReceiptCode,
  newReceiptCode,
  phoneSay,
  RECEIPT_ALPHABET,
  spokenReceipt,
} from './call-in-answer';
import { selectedWithOverride } from '../draw/selection';

describe('call-in answers', () => {
  it('makes receipt codes of 8 unambiguous characters shown as XXXX-XXXX', () => {
    const codes = new Set(Array.from({ length: 500 }, () => newReceiptCode()));
    expect(codes.size).toBe(500);
    for (const code of codes) expect(isReceiptCode(code)).toBe(true);
    expect(RECEIPT_ALPHABET).not.toMatch(/[01OIL]/);
  });

  it('lets an override win over the draw, and treats no entry as not selected', () => {
    expect(selectedWithOverride(null, true)).toBe(true);
    expect(selectedWithOverride(null, false)).toBe(false);
    expect(selectedWithOverride(null, null)).toBe(false);
    expect(selectedWithOverride('excuse', true)).toBe(false);
    expect(selectedWithOverride('force', false)).toBe(true);
    expect(selectedWithOverride('force', null)).toBe(true);
  });

  it('never turns a missing answer into "no test"', () => {
    expect(callInStatus(null)).toBe('not_available');
    expect(callInMessage('not_available', null)).toBe('Your testing status for today is not available yet. Call again in a few minutes.');
    expect(callInMessage('not_available', null)).not.toMatch(/not selected|no test/i);
    expect(phoneSay('not_available', null, 'K7QM-2XDA')).toMatch(/not available yet/);
  });

  it('says where and by when when selected', () => {
    expect(callInStatus(true)).toBe('selected');
    expect(callInMessage('selected', '17:00')).toContain('by 17:00');
    expect(phoneSay('selected', '17:00', 'K7QM-2XDA')).toBe('You must test today. Go to a testing site by 17:00. Your receipt is K 7 Q M, 2 X D A.');
    expect(spokenReceipt('AB23-CD45')).toBe('A B 2 3, C D 4 5');
  });

  it('reads the deadline on the court wall clock, 24:00 for the end of the day', () => {
    const dayEnd = new Date('2026-03-09T05:00:00Z');
    expect(courtWallTime(new Date('2026-03-08T22:00:00Z'), 'America/Chicago', dayEnd)).toBe('17:00');
    expect(courtWallTime(dayEnd, 'America/Chicago', dayEnd)).toBe('24:00');
    expect(courtWallTime(new Date('2026-11-24T03:00:00Z'), 'Pacific/Honolulu', dayEnd)).toBe('17:00');
  });
});
