import { secretProblem, trivialPinReason } from './secret-policy';

describe('secretProblem', () => {
  it('accepts a PIN of 6 to 12 digits only', () => {
    expect(secretProblem('participant', '135790', 'pin')).toBeNull();
    expect(secretProblem('participant', '240861357913', 'pin')).toBeNull();
    expect(secretProblem('participant', '12345', 'pin')?.message).toMatch(/6 to 12 digits/);
    expect(secretProblem('participant', '12345a', 'pin')).not.toBeNull();
  });

  it('wants a long password that does not contain the username', () => {
    expect(secretProblem('staff', 'demo-password', 'password', 'judge')).toBeNull();
    expect(secretProblem('staff', 'short', 'password')?.message).toMatch(/12 to 256/);
    expect(secretProblem('staff', 'judge-password-1', 'password', 'judge')?.message).toMatch(/username/);
    expect(secretProblem('staff', 'judge-password-1', 'password', { username: 'judge' })?.message).toMatch(/username/);
  });

  it('refuses the PINs a stranger tries first: repeated, sequential, patterned, the birth date', () => {
    for (const pin of ['000000', '111111', '999999999', '123456', '654321', '234567', '890123', '0123456789', '121212', '123123', '12341234']) {
      expect(secretProblem('participant', pin, 'pin')).toEqual({ field: 'pin', message: expect.stringMatching(/^a PIN must not be /) });
    }
    const dateOfBirth = '1987-03-14';
    for (const pin of ['140387', '031487', '870314', '14031987', '03141987', '19870314', '0140387']) {
      expect(secretProblem('participant', pin, 'pin', { dateOfBirth })?.message).toBe('a PIN must not be the birth date');
    }
    expect(secretProblem('participant', '140387', 'pin')).toBeNull();
  });

  it('keeps the demo PIN 135790 (a public contract) acceptable', () => {
    expect(trivialPinReason('135790', '1990-01-01')).toBeNull();
  });
});
