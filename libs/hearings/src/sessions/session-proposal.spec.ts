import { CandidateSession, closestSessions, hearsProgram, isOpenFor, statusHearingDue, violationHearingProposal } from './session-proposal';

const NOW = new Date('2026-11-23T18:00:00Z');
const ATC = 'program-atc';
const DUI = 'program-dui';

let next = 0;
function session(date: string, overrides: Partial<CandidateSession> = {}): CandidateSession {
  next += 1;
  return {
    id: `s-${String(next).padStart(3, '0')}`,
    date,
    startTime: '09:00',
    startsAt: `${date}T15:00:00.000Z`,
    courtroom: '4B',
    status: 'scheduled',
    capacity: null,
    hearingCount: 0,
    programIds: [],
    ...overrides,
  };
}

describe('status hearing due date', () => {
  it('counts N weeks from the last hearing held, else the phase start, else enrolment', () => {
    expect(statusHearingDue({ everyWeeks: 2, lastHeldOn: '2026-11-10', phaseStartedOn: '2026-10-01', enrolledOn: '2026-09-01' })).toEqual({
      due: '2026-11-24',
      basis: 'last_hearing',
      basisDate: '2026-11-10',
    });
    expect(statusHearingDue({ everyWeeks: 4, lastHeldOn: null, phaseStartedOn: '2026-11-02', enrolledOn: '2026-09-01' })).toMatchObject({
      due: '2026-11-30',
      basis: 'phase_start',
    });
    expect(statusHearingDue({ everyWeeks: 1, lastHeldOn: null, phaseStartedOn: null, enrolledOn: '2026-12-28' })).toMatchObject({
      due: '2027-01-04',
      basis: 'enrolment',
    });
  });

  it('is null when the phase holds hearings only on violations, or there is nothing to count from', () => {
    expect(statusHearingDue({ everyWeeks: null, lastHeldOn: '2026-11-10', phaseStartedOn: null, enrolledOn: null })).toBeNull();
    expect(statusHearingDue({ everyWeeks: 2, lastHeldOn: null, phaseStartedOn: null, enrolledOn: null })).toBeNull();
  });
});

describe('which sessions can take a hearing', () => {
  const participant = { programId: ATC, now: NOW };

  it('hears a program when it names it or names none', () => {
    expect(hearsProgram([], ATC)).toBe(true);
    expect(hearsProgram([], null)).toBe(true);
    expect(hearsProgram([ATC, DUI], ATC)).toBe(true);
    expect(hearsProgram([DUI], ATC)).toBe(false);
    expect(hearsProgram([DUI], null)).toBe(false);
  });

  it('takes only scheduled, future sessions with room that hear the program and are not already the participant’s', () => {
    expect(isOpenFor(session('2026-11-24'), participant)).toBe(true);
    expect(isOpenFor(session('2026-11-24', { status: 'cancelled' }), participant)).toBe(false);
    expect(isOpenFor(session('2026-11-23', { startsAt: '2026-11-23T18:00:00.000Z' }), participant)).toBe(false);
    expect(isOpenFor(session('2026-11-24', { capacity: 2, hearingCount: 2 }), participant)).toBe(false);
    expect(isOpenFor(session('2026-11-24', { capacity: 2, hearingCount: 1 }), participant)).toBe(true);
    expect(isOpenFor(session('2026-11-24', { programIds: [DUI] }), participant)).toBe(false);
    expect(isOpenFor(session('2026-11-24', { participantOnIt: true }), participant)).toBe(false);
  });
});

describe('closest session to the due date', () => {
  const participant = { programId: ATC, now: NOW };

  it('proposes the session closest to the due date, then up to three alternatives by closeness', () => {
    const sessions = ['2026-11-24', '2026-12-01', '2026-12-08', '2026-12-15', '2026-12-22', '2026-12-29'].map((d) => session(d));
    const { proposed, alternatives } = closestSessions(sessions, '2026-12-09', participant);
    expect(proposed?.date).toBe('2026-12-08');
    expect(alternatives.map((s) => s.date)).toEqual(['2026-12-15', '2026-12-01', '2026-12-22']);
  });

  it('breaks a tie in favour of the earlier session, by date and then by start', () => {
    const monday = session('2026-12-07');
    const friday = session('2026-12-11');
    expect(closestSessions([friday, monday], '2026-12-09', participant).proposed).toBe(monday);
    const afternoon = session('2026-12-09', { startTime: '13:30', startsAt: '2026-12-09T19:30:00.000Z' });
    const morning = session('2026-12-09', { startTime: '09:00', startsAt: '2026-12-09T15:00:00.000Z' });
    expect(closestSessions([afternoon, morning], '2026-12-09', participant)).toEqual({ proposed: morning, alternatives: [afternoon] });
  });

  it('skips full, cancelled, past and other programs’ sessions, and proposes the earliest future one when the due date has passed', () => {
    const sessions = [
      session('2026-11-16', { startsAt: '2026-11-16T15:00:00.000Z' }),
      session('2026-11-25', { capacity: 1, hearingCount: 1 }),
      session('2026-11-26', { status: 'cancelled' }),
      session('2026-11-27', { programIds: [DUI] }),
      session('2026-12-02'),
      session('2026-12-09'),
    ];
    const { proposed, alternatives } = closestSessions(sessions, '2026-11-20', participant);
    expect(proposed?.date).toBe('2026-12-02');
    expect(alternatives.map((s) => s.date)).toEqual(['2026-12-09']);
    expect(closestSessions([], '2026-11-20', participant)).toEqual({ proposed: null, alternatives: [] });
  });
});

describe('violation hearing proposal', () => {
  const summary = { id: 's-1', date: '2026-11-24', startTime: '09:00', startsAt: '2026-11-24T15:00:00.000Z', courtroom: '4B' };
  const base = {
    hearingBeforeDeadline: false,
    scheduledSession: null,
    sessionBeforeDeadline: null,
    deadlineAt: new Date('2026-11-26T10:00:00Z'),
    now: NOW,
    timeZone: 'America/Chicago',
  };

  it('is scheduled when a hearing is already set before the deadline', () => {
    const proposal = violationHearingProposal({ ...base, hearingBeforeDeadline: true, scheduledSession: summary, sessionBeforeDeadline: summary });
    expect(proposal).toMatchObject({ status: 'scheduled', session: summary });
    expect(violationHearingProposal({ ...base, hearingBeforeDeadline: true })).toMatchObject({ status: 'scheduled', session: null });
  });

  it('proposes the session before the deadline', () => {
    const proposal = violationHearingProposal({ ...base, sessionBeforeDeadline: summary });
    expect(proposal.status).toBe('proposed');
    expect(proposal.session).toBe(summary);
    expect(proposal.message).toContain('2026-11-24 09:00 (4B)');
    expect(proposal.message).toContain('2026-11-26 04:00');
  });

  it('says loudly that no session exists before the deadline, instead of proposing one after it', () => {
    const proposal = violationHearingProposal(base);
    expect(proposal).toMatchObject({ status: 'no_session_before_deadline', session: null });
    expect(proposal.message).toMatch(/^No court session before the deadline \(2026-11-26 04:00\).*add a special session/);
    const overdue = violationHearingProposal({ ...base, deadlineAt: new Date('2026-11-22T10:00:00Z') });
    expect(overdue.status).toBe('no_session_before_deadline');
    expect(overdue.message).toMatch(/^No court session before the deadline.*has passed/);
  });
});
