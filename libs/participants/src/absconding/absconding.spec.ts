import { readAbsconding } from './absconding';

describe('readAbsconding', () => {
  const enrolledOn = '2026-01-01';

  it('flags a participant with no contact, no call-in and no test for the threshold, with the days since each', () => {
    expect(readAbsconding({ enrolledOn, lastContactOn: '2026-02-01', lastCallInOn: '2026-02-10', lastTestOn: '2026-02-05' }, '2026-02-24', 14)).toEqual({
      daysSinceContact: 23,
      daysSinceCallIn: 14,
      daysSinceTest: 19,
      possiblyAbsconded: true,
    });
  });

  it('does not flag while any one sign of life is more recent than the threshold', () => {
    expect(readAbsconding({ enrolledOn, lastContactOn: '2026-02-01', lastCallInOn: '2026-02-11', lastTestOn: '2026-02-05' }, '2026-02-24', 14).possiblyAbsconded).toBe(false);
    expect(readAbsconding({ enrolledOn, lastContactOn: '2026-02-20', lastCallInOn: null, lastTestOn: null }, '2026-02-24', 14).possiblyAbsconded).toBe(false);
  });

  it('counts from enrolment when there was no sign of a kind yet, so someone just enrolled is not flagged', () => {
    expect(readAbsconding({ enrolledOn: '2026-02-20', lastContactOn: null, lastCallInOn: null, lastTestOn: null }, '2026-02-24', 14)).toEqual({
      daysSinceContact: 4,
      daysSinceCallIn: 4,
      daysSinceTest: 4,
      possiblyAbsconded: false,
    });
  });
});
