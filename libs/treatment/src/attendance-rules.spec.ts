import { attendanceChangeProblem, duplicateEntryProblems, groupSessionProblems, sessionDateProblem } from './attendance-rules';

const dates = { today: '2026-11-23', enrolledOn: '2026-09-24' };
const inProgram = { inProgram: true, status: 'active', dates };

describe('sessionDateProblem', () => {
  it('lets a reported session be today or earlier, back to enrolment', () => {
    expect(sessionDateProblem('2026-11-23', 'attended', dates)).toBeNull();
    expect(sessionDateProblem('2026-09-24', 'no_show', dates)).toBeNull();
    expect(sessionDateProblem('2026-11-24', 'attended', dates)).toEqual({ field: 'sessionOn', message: 'is in the future (court time)' });
    expect(sessionDateProblem('2026-11-24', 'excused', dates)?.field).toBe('sessionOn');
    expect(sessionDateProblem('2026-09-23', 'attended', dates)).toEqual({ field: 'sessionOn', message: "is before the participant's enrolment (2026-09-24)" });
  });

  it('lets a scheduled session lie up to 180 days ahead, and not before enrolment', () => {
    expect(sessionDateProblem('2027-05-22', 'scheduled', dates)).toBeNull();
    expect(sessionDateProblem('2027-05-23', 'scheduled', dates)).toEqual({ field: 'sessionOn', message: 'is more than 180 days ahead (court time)' });
    expect(sessionDateProblem('2026-11-01', 'scheduled', dates)).toBeNull();
    expect(sessionDateProblem('2026-09-01', 'scheduled', dates)?.message).toContain('enrolment');
  });

  it('has no enrolment bound when none is kept', () => {
    expect(sessionDateProblem('2020-01-01', 'attended', { today: '2026-11-23', enrolledOn: null })).toBeNull();
  });
});

describe('attendanceChangeProblem', () => {
  it('keeps a session still ahead scheduled or excused', () => {
    expect(attendanceChangeProblem('2026-11-30', 'excused', '2026-11-23')).toBeNull();
    expect(attendanceChangeProblem('2026-11-30', 'scheduled', '2026-11-23')).toBeNull();
    expect(attendanceChangeProblem('2026-11-30', 'no_show', '2026-11-23')?.field).toBe('attendance');
    expect(attendanceChangeProblem('2026-11-23', 'no_show', '2026-11-23')).toBeNull();
  });
});

describe('duplicateEntryProblems', () => {
  it('names each repeat, whatever the case of the id', () => {
    const id = '0b5c4a7e-6a51-4a83-9d3c-0a1b2c3d4e5f';
    expect(duplicateEntryProblems([{ participantId: id }, { participantId: 'other' }, { participantId: id.toUpperCase() }])).toEqual([
      { field: 'entries.2.participantId', message: 'repeats the participant of entries.0' },
    ]);
  });
});

describe('groupSessionProblems', () => {
  it('accepts a past session of enrolled participants', () => {
    expect(groupSessionProblems('2026-11-20', [{ attendance: 'attended' }, { attendance: 'no_show' }], [inProgram, inProgram])).toEqual([]);
  });

  it('names each entry that does not fit: out of the program, enrolled later, reported ahead of time', () => {
    const problems = groupSessionProblems(
      '2026-11-25',
      [{ attendance: 'scheduled' }, { attendance: 'attended' }, { attendance: 'scheduled' }, { attendance: 'scheduled' }],
      [inProgram, inProgram, { ...inProgram, inProgram: false, status: 'in_custody_x' }, { ...inProgram, dates: { ...dates, enrolledOn: '2026-11-26' } }],
    );
    expect(problems).toEqual([
      { field: 'entries.1.attendance', message: 'must be scheduled: the session is in the future (court time)' },
      { field: 'entries.2.participantId', message: 'is not in the program (in custody x)' },
      { field: 'entries.3.participantId', message: 'was enrolled on 2026-11-26, after sessionOn' },
    ]);
  });

  it('refuses a session more than 180 days ahead once, on sessionOn', () => {
    expect(groupSessionProblems('2027-06-01', [{ attendance: 'scheduled' }, { attendance: 'scheduled' }], [inProgram, inProgram])).toEqual([
      { field: 'sessionOn', message: 'is more than 180 days ahead (court time)' },
    ]);
  });
});
