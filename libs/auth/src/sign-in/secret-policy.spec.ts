import { secretProblem } from './secret-policy';

describe('secretProblem', () => {
  it('accepts a PIN of 6 to 12 digits only', () => {
    expect(secretProblem('participant', '135790', 'pin')).toBeNull();
    expect(secretProblem('participant', '123456789012', 'pin')).toBeNull();
    expect(secretProblem('participant', '12345', 'pin')?.message).toMatch(/6 to 12 digits/);
    expect(secretProblem('participant', '12345a', 'pin')).not.toBeNull();
  });

  it('wants a long password that does not contain the username', () => {
    expect(secretProblem('staff', 'demo-password', 'password', 'judge')).toBeNull();
    expect(secretProblem('staff', 'short', 'password')?.message).toMatch(/12 to 256/);
    expect(secretProblem('staff', 'judge-password-1', 'password', 'judge')?.message).toMatch(/username/);
  });
});
