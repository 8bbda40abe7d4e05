import { maskedPhone, toE164 } from './phone-number-format';

describe('toE164', () => {
  it.each([
    ['+13125550101', '+13125550101'],
    ['+1 (312) 555-0101', '+13125550101'],
    ['  +55 11 91234-5678 ', '+5511912345678'],
    ['0034 612 345 678', '+34612345678'],
    ['+506 8888.1234', '+50688881234'],
  ])('writes %s as %s', (written, e164) => {
    expect(toE164(written)).toBe(e164);
  });

  it.each(['3125550101', '+0312555010', '+1 312', '+1234567890123456', 'call me', '+1 312 555 O1O1', ''])('refuses %p', (written) => {
    expect(toE164(written)).toBeNull();
  });
});

describe('maskedPhone', () => {
  it('keeps the country code and the last four digits', () => {
    expect(maskedPhone('+13125550101')).toBe('+1•••••0101');
    expect(maskedPhone('+5511912345678')).toBe('+5•••••5678');
  });

  it('shows almost nothing of a number that is not E.164 (a withheld caller)', () => {
    expect(maskedPhone('anonymous')).toBe('•••us');
    expect(maskedPhone('266')).toBe('•••');
  });
});
