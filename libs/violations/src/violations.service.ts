import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, courtDateAt, NotFoundError, ValidationFailedError, isUuid } from '@app/core';
import { CourtAccess } from '@app/courts';
import { scheduledHearingSessionSql, sessionBeforeDeadlineSql, sessionSummaryOf, violationHearingProposal, ViolationHearingProposalDto } from '@app/hearings';
import { assertRecordable, enrolmentFacts } from '@app/participants';
import { DataSource } from 'typeorm';
import { ClockMomentDto, CreateViolationDto, ViolationDto } from './dto/violation.dto';
import { HEARING_BEFORE_DEADLINE_SQL } from './violation-clock';
import { recordViolations } from './violation-recorder';

interface ViolationRow {
  id: string;
  court_id: string;
  participant_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  kind: string;
  status: string;
  detected_at: Date;
  deadline_at: Date;
  escalated_at: Date | null;
  answered_at: Date | null;
  heard_at: Date | null;
  heard_hearing_id: string | null;
  responded_at: Date | null;
  dismissal_requested_by: string | null;
  dismissal_requested_at: Date | null;
  dismissal_request_reason: string | null;
  dismissal_confirmed_by: string | null;
  dismissed_at: Date | null;
  dismissed_reason: string | null;
  description: string | null;
  evidence: Record<string, unknown>;
  clock: Array<{ event: string; due_at: string; fired_at: string | null; late_by_ms: number | null; outcome: string | null }>;
  hearing_before_deadline: boolean;
  time_zone: string;
  /** JSON session summaries, for an open violation only. */
  session_before_deadline: unknown;
  scheduled_session: unknown;
  imported_at: Date | null;
}

const SELECT = `
  SELECT v.id, v.court_id, v.participant_id, p.participant_number, p.first_name, p.last_name, v.kind, v.status, v.detected_at,
         v.deadline_at, v.escalated_at, v.answered_at, v.heard_at, v.heard_hearing_id, v.responded_at, v.dismissed_at, v.dismissed_reason,
         v.dismissal_requested_by, v.dismissal_requested_at, v.dismissal_request_reason, v.dismissal_confirmed_by, v.description, v.evidence, v.imported_at,
         COALESCE((SELECT json_agg(json_build_object('event', e.event, 'due_at', e.due_at, 'fired_at', e.fired_at,
                                                     'late_by_ms', e.late_by_ms, 'outcome', e.outcome) ORDER BY e.due_at)
                     FROM violation_clock_events e WHERE e.violation_id = v.id), '[]') AS clock,
         ${HEARING_BEFORE_DEADLINE_SQL} AS hearing_before_deadline, c.time_zone,
         CASE WHEN v.status = 'open' THEN ${sessionBeforeDeadlineSql({ courtId: 'p.court_id', programId: 'p.program_id', deadline: 'v.deadline_at', now: '$1' })} END
           AS session_before_deadline,
         CASE WHEN v.status = 'open' THEN ${scheduledHearingSessionSql({ participantId: 'v.participant_id', from: 'v.detected_at', to: 'v.deadline_at' })} END
           AS scheduled_session
    FROM violations v JOIN participants p ON p.id = v.participant_id JOIN courts c ON c.id = v.court_id`;

/**
 * Violations as staff see and record them: a participant's history, the
 * court's deadlines board (open violations by time left, overdue first)
 * and violations staff record by hand (dismissal: ViolationDismissalsService). Every read
 * and write of a participant's violations is audited.
 */
@Injectable()
export class ViolationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async forParticipant(principal: Principal, participantId: string): Promise<ViolationDto[]> {
    const grant = await this.access.participant(principal, Permission.ViolationRead, participantId);
    const rows = (await this.dataSource.query(`${SELECT} WHERE v.participant_id = $2 ORDER BY v.detected_at DESC`, [this.clock.now(), participantId])) as ViolationRow[];
    await this.access.record(principal, [grant], { action: 'violation.read', entityType: 'violation', entityIds: rows.map((r) => r.id) });
    return rows.map((row) => this.toDto(row));
  }

  /** The deadlines board: the court's violations of one status, overdue first, then by time left. */
  async forCourt(principal: Principal, courtId: string, status: string): Promise<ViolationDto[]> {
    const court = CourtAccess.holding(principal, courtId, Permission.ViolationRead);
    const rows = (await this.dataSource.query(`${SELECT} WHERE v.court_id = $2 AND v.status = $3 ORDER BY v.deadline_at, v.id`, [
      this.clock.now(),
      courtId,
      status,
    ])) as ViolationRow[];
    await this.access.record(
      principal,
      rows.map((row) => this.access.grantFor(principal, row.participant_id, courtId)),
      { action: 'violation.read', entityType: 'violation', entityIds: rows.map((r) => r.id), basis: court.basis },
    );
    return rows.map((row) => this.toDto(row));
  }

  /** A violation staff saw (a new arrest, a curfew breach…): its clock starts at `detectedAt`. */
  async record(principal: Principal, participantId: string, input: CreateViolationDto): Promise<ViolationDto> {
    const grant = await this.access.participant(principal, Permission.ViolationWrite, participantId);
    const detectedAt = new Date(input.detectedAt);
    const id = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      if (detectedAt > now) throw new ValidationFailedError([{ field: 'detectedAt', message: 'must not be in the future' }]);
      const facts = await enrolmentFacts(manager, participantId, now);
      assertRecordable(facts, [{ field: 'detectedAt', date: courtDateAt(detectedAt, facts.timeZone), notBeforeEnrolment: true }]);
      const [created] = await recordViolations(manager, [
        {
          courtId: grant.courtId,
          participantId,
          kind: input.kind,
          detectedAt,
          sourceKey: null,
          evidence: {},
          description: input.description,
          recordedBy: principal.userId,
        },
      ]);
      await this.access.record(principal, [grant], { action: 'violation.create', entityType: 'violation', entityIds: [created], details: { kind: input.kind } }, manager);
      return created;
    });
    return this.one(id);
  }

  /** The hearing an open violation needs before its deadline: already set, the session to use, or none (add a special session). */
  async hearingProposal(principal: Principal, violationId: string): Promise<ViolationHearingProposalDto> {
    const [target] = isUuid(violationId)
      ? ((await this.dataSource.query(`SELECT participant_id FROM violations WHERE id = $1`, [violationId])) as Array<{ participant_id: string }>)
      : [];
    const grant = target ? (await this.access.participants(principal, Permission.ViolationRead, [target.participant_id])).get(target.participant_id) : undefined;
    if (!grant) throw new NotFoundError('violation');
    const violation = await this.one(violationId);
    await this.access.record(principal, [grant], { action: 'violation.read', entityType: 'violation', entityIds: [violationId], details: { view: 'hearing_proposal' } });
    if (!violation.hearingProposal) {
      throw new ConflictError('violation-not-open', 'Violation not open', `The violation is ${violation.status}: it needs no hearing any more.`);
    }
    return violation.hearingProposal;
  }

  /** One violation as staff see it (the caller checked access and audits the read). */
  async one(id: string): Promise<ViolationDto> {
    const [row] = (await this.dataSource.query(`${SELECT} WHERE v.id = $2`, [this.clock.now(), id])) as ViolationRow[];
    return this.toDto(row);
  }

  private toDto(row: ViolationRow): ViolationDto {
    const now = this.clock.now().getTime();
    const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());
    const timeLeftMs = new Date(row.deadline_at).getTime() - now;
    return {
      id: row.id,
      courtId: row.court_id,
      participantId: row.participant_id,
      participantNumber: row.participant_number,
      firstName: row.first_name,
      lastName: row.last_name,
      kind: row.kind,
      status: row.status,
      detectedAt: iso(row.detected_at)!,
      deadlineAt: iso(row.deadline_at)!,
      timeLeftMs,
      overdue: row.status === 'open' && timeLeftMs <= 0,
      escalatedAt: iso(row.escalated_at),
      answeredAt: iso(row.answered_at),
      heardAt: iso(row.heard_at),
      heardHearingId: row.heard_hearing_id,
      respondedAt: iso(row.responded_at),
      dismissalRequest:
        row.status === 'open' && row.dismissal_requested_by
          ? { requestedBy: row.dismissal_requested_by, requestedAt: iso(row.dismissal_requested_at)!, reason: row.dismissal_request_reason! }
          : null,
      dismissalConfirmedBy: row.dismissal_confirmed_by,
      dismissedAt: iso(row.dismissed_at),
      dismissedReason: row.dismissed_reason,
      description: row.description,
      evidence: row.evidence,
      importedAt: iso(row.imported_at),
      hearingBeforeDeadline: row.hearing_before_deadline,
      hearingProposal:
        row.status === 'open'
          ? violationHearingProposal({
              hearingBeforeDeadline: row.hearing_before_deadline,
              scheduledSession: sessionSummaryOf(row.scheduled_session),
              sessionBeforeDeadline: sessionSummaryOf(row.session_before_deadline),
              deadlineAt: new Date(row.deadline_at),
              now: this.clock.now(),
              timeZone: row.time_zone,
            })
          : null,
      clock: row.clock.map<ClockMomentDto>((m) => ({
        event: m.event,
        dueAt: iso(m.due_at)!,
        firedAt: iso(m.fired_at),
        lateByMs: m.late_by_ms,
        outcome: m.outcome,
      })),
    };
  }
}
