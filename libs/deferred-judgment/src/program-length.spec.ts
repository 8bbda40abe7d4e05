import { addMonths, lengthWarningDue, programDates } from './program-length';

describe('program length', () => {
  it('ends the program its months after the plea, warns at 16 months and stops at 18', () => {
    expect(programDates('2025-03-10', 12)).toEqual({ endsOn: '2026-03-10', warningOn: '2026-07-10', maximumOn: '2026-09-10' });
  });

  it('ends a month on its last day when the plea’s day does not exist in it', () => {
    expect(addMonths('2025-08-31', 18)).toBe('2027-02-28');
  });

  it('is due for the warning from the day the plea is 16 months old, not the day before', () => {
    expect(lengthWarningDue('2025-03-10', '2026-07-09')).toBe(false);
    expect(lengthWarningDue('2025-03-10', '2026-07-10')).toBe(true);
  });
});
