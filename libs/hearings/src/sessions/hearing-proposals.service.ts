import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, courtDateAt, daysBetween, DEFAULT_LANGUAGE, type Language } from '@app/core';
import { DataSource } from 'typeorm';
import { HearingsService } from '../hearings.service';
import { ProposedSessionDto, StatusHearingProposalDto } from './dto/hearing-proposal.dto';
import { CandidateSession, closestSessions, statusHearingDue, type StatusHearingDue } from './session-proposal';
import { SESSION_HAS_ROOM_SQL, SESSION_HEARING_COUNT_SQL, sessionHearsProgramSql } from './session-sql';

/** Candidates read around the due date; the pure ranking picks among them. */
const CANDIDATES = 20;
const CALLED_STATUSES = ['active', 'in_custody', 'warrant', 'medical_leave'];

interface ParticipantFacts {
  court_id: string;
  program_id: string | null;
  status: string;
  phase_started_on: string | null;
  enrolled_on: string | null;
  hearing_every_weeks: number | null;
  time_zone: string;
  last_held_at: Date | null;
}

interface CandidateRow {
  id: string;
  date: string;
  start_time: string;
  starts_at: Date;
  courtroom: string;
  status: 'scheduled' | 'cancelled';
  capacity: number | null;
  program_ids: string[];
  hearing_count: number;
  participant_on_it: boolean;
}

/**
 * Proposes the session for a participant's next status hearing, from the
 * hearing frequency of their phase. Staff confirm it by scheduling the
 * hearing; nothing is written here but the audit row of the read.
 */
@Injectable()
export class HearingProposalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly hearings: HearingsService,
    private readonly clock: Clock,
  ) {}

  async statusHearing(principal: Principal, participantId: string, language: Language = DEFAULT_LANGUAGE): Promise<StatusHearingProposalDto> {
    const grant = await this.access.participant(principal, Permission.DocketRead, participantId);
    const now = this.clock.now();
    const [facts] = (await this.dataSource.query(
      `SELECT p.court_id, p.program_id, p.status, to_char(p.phase_started_on, 'YYYY-MM-DD') AS phase_started_on,
              to_char(p.enrolled_on, 'YYYY-MM-DD') AS enrolled_on, ph.hearing_every_weeks, c.time_zone,
              (SELECT max(h.scheduled_at) FROM hearings h WHERE h.participant_id = p.id AND h.status = 'held') AS last_held_at
         FROM participants p JOIN courts c ON c.id = p.court_id LEFT JOIN phases ph ON ph.id = p.phase_id
        WHERE p.id = $1`,
      [participantId],
    )) as ParticipantFacts[];
    const alreadyScheduled = await this.hearings.nextScheduled(this.dataSource.manager, participantId);
    const answer = await this.propose(facts, participantId, now, language);
    await this.access.record(principal, [grant], {
      action: 'hearing.proposal_read',
      entityType: 'participant',
      entityIds: [participantId],
      details: { due: answer.due, sessionId: answer.session?.id ?? null },
    });
    // Its courtroom as the court words it in the reader's language, like the sessions proposed.
    if (alreadyScheduled?.courtroom) {
      const [worded] = (await this.dataSource.query(`SELECT courtroom_translations -> $2 ->> $3 AS name FROM courts WHERE id = $1`, [
        facts.court_id,
        language,
        alreadyScheduled.courtroom,
      ])) as Array<{ name: string | null }>;
      if (worded?.name) return { ...answer, alreadyScheduled: { ...alreadyScheduled, courtroom: worded.name } };
    }
    return { ...answer, alreadyScheduled };
  }

  private async propose(facts: ParticipantFacts, participantId: string, now: Date, language: Language): Promise<Omit<StatusHearingProposalDto, 'alreadyScheduled'>> {
    // An accepted participant is proposed their first hearing (the warning hearing in a HOPE
    // program), which enrolment sets: as soon as a session hearing their program sits.
    const kind: StatusHearingProposalDto['kind'] = facts.status === 'accepted' ? 'first' : 'status';
    const none = (reason: string, due: StatusHearingDue | null = null) => ({
      kind,
      due: due?.due ?? null,
      everyWeeks: facts.hearing_every_weeks,
      basis: due?.basis ?? null,
      basisDate: due?.basisDate ?? null,
      session: null,
      alternatives: [],
      reason,
    });
    let due: StatusHearingDue | null;
    if (kind === 'first') {
      const today = courtDateAt(now, facts.time_zone);
      due = { due: today, basis: 'enrolment', basisDate: today };
    } else {
      if (!CALLED_STATUSES.includes(facts.status)) return none(`the participant is ${facts.status}, not in the program`);
      if (facts.hearing_every_weeks === null) return none('the phase holds hearings only on violations');
      due = statusHearingDue({
        everyWeeks: facts.hearing_every_weeks,
        lastHeldOn: facts.last_held_at ? courtDateAt(facts.last_held_at, facts.time_zone) : null,
        phaseStartedOn: facts.phase_started_on,
        enrolledOn: facts.enrolled_on,
      });
      if (!due) return none('the participant has no phase or enrolment date to count from');
    }
    const rows = (await this.dataSource.query(
      `SELECT s.id, to_char(s.session_date, 'YYYY-MM-DD') AS date, s.start_time, s.starts_at, s.status, s.capacity, s.program_ids,
              -- The courtroom as the court words it in the reader's language, else as the session names it.
              COALESCE((SELECT c.courtroom_translations -> $6 ->> s.courtroom FROM courts c WHERE c.id = s.court_id), s.courtroom) AS courtroom,
              ${SESSION_HEARING_COUNT_SQL} AS hearing_count,
              EXISTS (SELECT 1 FROM hearings x WHERE x.session_id = s.id AND x.participant_id = $4 AND x.status <> 'cancelled') AS participant_on_it
         FROM court_sessions s
        WHERE s.court_id = $1 AND s.status = 'scheduled' AND s.starts_at > $2 AND ${sessionHearsProgramSql('$5::uuid')} AND ${SESSION_HAS_ROOM_SQL}
        ORDER BY abs(s.session_date - $3::date), s.starts_at, s.id
        LIMIT ${CANDIDATES}`,
      [facts.court_id, now, due.due, participantId, facts.program_id, language],
    )) as CandidateRow[];
    const candidates: CandidateSession[] = rows.map((r) => ({
      id: r.id,
      date: r.date,
      startTime: r.start_time,
      startsAt: r.starts_at.toISOString(),
      courtroom: r.courtroom,
      status: r.status,
      capacity: r.capacity,
      hearingCount: r.hearing_count,
      programIds: r.program_ids,
      participantOnIt: r.participant_on_it,
    }));
    const { proposed, alternatives } = closestSessions(candidates, due.due, { programId: facts.program_id, now });
    const dto = (s: CandidateSession): ProposedSessionDto => ({
      id: s.id,
      date: s.date,
      startTime: s.startTime,
      startsAt: s.startsAt,
      courtroom: s.courtroom,
      capacity: s.capacity,
      hearingCount: s.hearingCount,
      daysFromDue: daysBetween(due.due, s.date),
    });
    if (!proposed) return none("no open court session hears the participant's program: add one to the calendar", due);
    return {
      kind,
      due: due.due,
      everyWeeks: facts.hearing_every_weeks,
      basis: due.basis,
      basisDate: due.basisDate,
      session: dto(proposed),
      alternatives: alternatives.map(dto),
      reason: null,
    };
  }
}
