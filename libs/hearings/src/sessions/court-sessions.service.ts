import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, courtDateAt, isUuid, NotFoundError, returnedRows, ValidationFailedError } from '@app/core';
import { changedFields, CourtAccess, CourtGrant, courtActor, courtEntry, notFoundAs, requireCourt } from '@app/courts';
import { DataSource, EntityManager } from 'typeorm';
import { CourtSession, DocketOrder } from '../court-session.entity';
import { CourtSessionDetailDto, CourtSessionDto, ProgramRefDto, SessionHearingDto } from './dto/court-session.dto';
import { SESSION_HEARING_COUNT_SQL } from './session-sql';
import { calendarRange, sessionStartProblem } from './session-time';

export interface NewCourtSession {
  date: string;
  startTime: string;
  courtroom: string;
  judgeId?: string | null;
  programIds?: string[];
  capacity?: number | null;
  docketOrder?: DocketOrder | null;
  special?: boolean;
  notes?: string | null;
}

export type CourtSessionChanges = Partial<Omit<NewCourtSession, 'special'>>;

interface SessionRow {
  id: string;
  court_id: string;
  date: string;
  start_time: string;
  starts_at: Date;
  judge_id: string | null;
  judge_name: string | null;
  courtroom: string;
  program_ids: string[];
  capacity: number | null;
  docket_order: DocketOrder | null;
  court_docket_order: DocketOrder;
  special: boolean;
  status: string;
  cancellation_reason: string | null;
  notes: string | null;
  hearing_count: number;
}

const SESSION_SELECT = `
  SELECT s.id, s.court_id, to_char(s.session_date, 'YYYY-MM-DD') AS date, s.start_time, s.starts_at, s.judge_id, u.display_name AS judge_name,
         s.courtroom, s.program_ids, s.capacity, s.docket_order, c.docket_order AS court_docket_order, s.special, s.status,
         s.cancellation_reason, s.notes, ${SESSION_HEARING_COUNT_SQL} AS hearing_count
    FROM court_sessions s JOIN courts c ON c.id = s.court_id LEFT JOIN users u ON u.id = s.judge_id`;

/**
 * The court calendar: sessions a court sits, who presides, where, and which
 * programs it hears. Court staff read it; court administrators and
 * coordinators keep it. A session's hearings follow it when it moves; one
 * with hearings left is cancelled only together with them.
 */
@Injectable()
export class CourtSessionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, courtId: string, query: { from?: string; to?: string }): Promise<CourtSessionDto[]> {
    CourtAccess.holding(principal, courtId, Permission.DocketRead);
    const court = await requireCourt(this.dataSource.manager, courtId);
    const range = calendarRange(courtDateAt(this.clock.now(), court.timeZone), query.from, query.to);
    if (range.problem) throw new ValidationFailedError([range.problem]);
    const rows = (await this.dataSource.query(`${SESSION_SELECT} WHERE s.court_id = $1 AND s.session_date BETWEEN $2 AND $3 ORDER BY s.starts_at, s.id`, [
      courtId,
      range.from,
      range.to,
    ])) as SessionRow[];
    const programs = await this.programsOf(this.dataSource.manager, courtId);
    return rows.map((row) => toDto(row, programs));
  }

  async create(principal: Principal, courtId: string, input: NewCourtSession): Promise<CourtSessionDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.CourtSessionManage);
    const id = await this.dataSource.transaction(async (manager) => {
      const court = await requireCourt(manager, courtId);
      const startsAt = await this.startOf(manager, courtId, court.timeZone, input.date, input.startTime, input.special ?? false);
      if (input.judgeId) await assertJudge(manager, courtId, input.judgeId);
      const programIds = input.programIds ?? [];
      await assertPrograms(manager, courtId, programIds);
      const session = await manager.save(
        manager.create(CourtSession, {
          courtId,
          sessionDate: input.date,
          startTime: input.startTime,
          startsAt,
          judgeId: input.judgeId ?? null,
          courtroom: input.courtroom,
          programIds,
          capacity: input.capacity ?? null,
          docketOrder: input.docketOrder ?? null,
          special: input.special ?? false,
          status: 'scheduled',
          cancellationReason: null,
          notes: input.notes ?? null,
          createdBy: principal.userId,
        }),
      );
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, {
          action: 'court_session.create',
          entityType: 'court_session',
          entityIds: [session.id],
          details: {
            date: input.date,
            startTime: input.startTime,
            courtroom: input.courtroom,
            judgeId: session.judgeId,
            programIds,
            capacity: session.capacity,
            special: session.special,
          },
        }),
        manager,
      );
      return session.id;
    });
    return this.one(this.dataSource.manager, id);
  }

  /** One session and its docket (participants named), audited as access to each participant on it. */
  async get(principal: Principal, sessionId: string): Promise<CourtSessionDetailDto> {
    const { grant } = await this.locate(principal, sessionId, Permission.DocketRead);
    const session = await this.one(this.dataSource.manager, sessionId);
    const rows = (await this.dataSource.query(
      `SELECT h.id, h.participant_id, p.participant_number, p.first_name, p.last_name, h.kind, h.status
         FROM hearings h JOIN participants p ON p.id = h.participant_id
        WHERE h.session_id = $1
        ORDER BY h.status = 'cancelled', p.last_name, p.first_name, h.id`,
      [sessionId],
    )) as Array<{
      id: string;
      participant_id: string;
      participant_number: string | null;
      first_name: string;
      last_name: string;
      kind: SessionHearingDto['kind'];
      status: string;
    }>;
    await this.access.record(
      principal,
      [...new Set(rows.map((r) => r.participant_id))].map((participantId) => this.access.grantFor(principal, participantId, grant.courtId)),
      { action: 'court_session.read', entityType: 'court_session', entityIds: [sessionId], basis: grant.basis, details: { hearings: rows.length } },
    );
    return {
      ...session,
      hearings: rows.map((r) => ({
        id: r.id,
        participantId: r.participant_id,
        participantNumber: r.participant_number,
        firstName: r.first_name,
        lastName: r.last_name,
        kind: r.kind,
        status: r.status,
      })),
    };
  }

  /**
   * Changes a session that has not started. Moving it (date or start) moves
   * its scheduled hearings with it, in the same transaction. The capacity may
   * not fall below the hearings on it, nor the programs leave out one of theirs.
   */
  async update(principal: Principal, sessionId: string, changes: CourtSessionChanges): Promise<CourtSessionDto> {
    const { grant } = await this.locate(principal, sessionId, Permission.CourtSessionManage);
    await this.dataSource.transaction(async (manager) => {
      const session = await this.lockOpen(manager, sessionId);
      if (session.startsAt <= this.clock.now()) {
        throw new ConflictError('session-started', 'Session already started', 'A session that has started can no longer be changed.');
      }
      const court = await requireCourt(manager, session.courtId);
      const date = changes.date ?? session.sessionDate;
      const startTime = changes.startTime ?? session.startTime;
      const moving = date !== session.sessionDate || startTime !== session.startTime;
      const startsAt = moving ? await this.startOf(manager, session.courtId, court.timeZone, date, startTime, session.special) : session.startsAt;
      if (changes.judgeId) await assertJudge(manager, session.courtId, changes.judgeId);
      if (changes.programIds) {
        await assertPrograms(manager, session.courtId, changes.programIds);
        await assertHearingsStillHeard(manager, sessionId, changes.programIds);
      }
      if (changes.capacity !== undefined && changes.capacity !== null) {
        const [{ n }] = (await manager.query(`SELECT count(*)::int AS n FROM hearings WHERE session_id = $1 AND status <> 'cancelled'`, [sessionId])) as Array<{
          n: number;
        }>;
        if (changes.capacity < n) {
          throw new ConflictError('capacity-below-hearings', 'Capacity below hearings', `The session already has ${n} hearings; move some first or keep the capacity at ${n} or more.`, {
            field: 'capacity',
            hearings: n,
          });
        }
      }
      const after: Partial<CourtSession> = {
        sessionDate: date,
        startTime,
        startsAt,
        courtroom: changes.courtroom,
        judgeId: changes.judgeId,
        programIds: changes.programIds,
        capacity: changes.capacity,
        docketOrder: changes.docketOrder,
        notes: changes.notes,
      };
      const changed = changedFields(session, after);
      if (Object.keys(changed).length === 0) return;
      Object.assign(session, pickDefined(after));
      await manager.save(session);
      const moved = moving
        ? returnedRows<{ id: string; participant_id: string }>(
            await manager.query(`UPDATE hearings SET scheduled_at = $2 WHERE session_id = $1 AND status = 'scheduled' RETURNING id, participant_id`, [
              sessionId,
              startsAt,
            ]),
          )
        : [];
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, { action: 'court_session.update', entityType: 'court_session', entityIds: [sessionId], details: { changes: changed, hearingsMoved: moved.length } }),
        manager,
      );
      if (moved.length > 0) {
        await this.access.record(
          principal,
          moved.map((h) => this.access.grantFor(principal, h.participant_id, session.courtId)),
          { action: 'hearing.reschedule', entityType: 'hearing', entityIds: moved.map((h) => h.id), basis: grant.basis, details: { sessionId, scheduledAt: startsAt.toISOString() } },
          manager,
        );
      }
    });
    return this.one(this.dataSource.manager, sessionId);
  }

  /**
   * Cancels a session. Hearings still scheduled on it must be moved first
   * (409 `session-has-hearings`), unless `cancelHearings` cancels them with it;
   * a session where a hearing was already held cannot be cancelled.
   */
  async cancel(principal: Principal, sessionId: string, input: { reason: string; cancelHearings?: boolean }): Promise<CourtSessionDto> {
    const { grant } = await this.locate(principal, sessionId, Permission.CourtSessionManage);
    await this.dataSource.transaction(async (manager) => {
      const session = await this.lockOpen(manager, sessionId);
      const hearings = (await manager.query(`SELECT id, participant_id, status FROM hearings WHERE session_id = $1 AND status <> 'cancelled'`, [sessionId])) as Array<{
        id: string;
        participant_id: string;
        status: string;
      }>;
      const held = hearings.filter((h) => h.status === 'held').length;
      if (held > 0) {
        throw new ConflictError('session-held', 'Session already sat', `${held} hearing(s) on this session were already held; it cannot be cancelled.`, { heldHearings: held });
      }
      if (hearings.length > 0 && !input.cancelHearings) {
        throw new ConflictError(
          'session-has-hearings',
          'Session has hearings',
          `${hearings.length} hearing(s) are still scheduled on this session: move them to another session first, or cancel them with it (cancelHearings: true).`,
          { scheduledHearings: hearings.length },
        );
      }
      // By session, not by the ids read above: a hearing moved away meanwhile (its move locks only its new session) stays scheduled.
      const cancelled = returnedRows<{ id: string; participant_id: string }>(
        await manager.query(`UPDATE hearings SET status = 'cancelled', cancellation_reason = $2 WHERE session_id = $1 AND status = 'scheduled' RETURNING id, participant_id`, [
          sessionId,
          `session cancelled: ${input.reason}`.slice(0, 500),
        ]),
      );
      session.status = 'cancelled';
      session.cancellationReason = input.reason;
      await manager.save(session);
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, {
          action: 'court_session.cancel',
          entityType: 'court_session',
          entityIds: [sessionId],
          details: { reason: input.reason, hearingsCancelled: cancelled.length },
        }),
        manager,
      );
      if (cancelled.length > 0) {
        await this.access.record(
          principal,
          cancelled.map((h) => this.access.grantFor(principal, h.participant_id, session.courtId)),
          { action: 'hearing.cancel', entityType: 'hearing', entityIds: cancelled.map((h) => h.id), basis: grant.basis, details: { sessionId, reason: 'session cancelled' } },
          manager,
        );
      }
    });
    return this.one(this.dataSource.manager, sessionId);
  }

  /** The session's court, checked for the permission: a session of another court is "not found", as is an unknown one. */
  private async locate(principal: Principal, sessionId: string, permission: Permission): Promise<{ grant: CourtGrant }> {
    const [row] = isUuid(sessionId)
      ? ((await this.dataSource.query(`SELECT court_id FROM court_sessions WHERE id = $1`, [sessionId])) as Array<{ court_id: string }>)
      : [];
    if (!row) throw new NotFoundError('court session');
    return { grant: notFoundAs('court session', () => CourtAccess.holding(principal, row.court_id, permission)) };
  }

  /** The session, locked, refused (409) when already cancelled. */
  private async lockOpen(manager: EntityManager, sessionId: string): Promise<CourtSession> {
    const session = await manager.findOneOrFail(CourtSession, { where: { id: sessionId }, lock: { mode: 'pessimistic_write' } });
    if (session.status === 'cancelled') throw new ConflictError('session-cancelled', 'Session cancelled', 'The session is cancelled.');
    return session;
  }

  /** The instant a session starts, refused (422) in a daylight-saving gap, in the past, or on a court holiday unless special. */
  private async startOf(manager: EntityManager, courtId: string, zone: string, date: string, time: string, special: boolean): Promise<Date> {
    const start = sessionStartProblem(date, time, zone, this.clock.now());
    if (start.problem) throw new ValidationFailedError([start.problem]);
    if (!special) {
      const [holiday] = (await manager.query(`SELECT name FROM court_holidays WHERE court_id = $1 AND date = $2`, [courtId, date])) as Array<{ name: string }>;
      if (holiday) throw new ValidationFailedError([{ field: 'date', message: `is a court holiday (${holiday.name}); only a special session sits then` }]);
    }
    return start.startsAt;
  }

  private async one(manager: EntityManager, sessionId: string): Promise<CourtSessionDto> {
    const [row] = (await manager.query(`${SESSION_SELECT} WHERE s.id = $1`, [sessionId])) as SessionRow[];
    return toDto(row, await this.programsOf(manager, row.court_id));
  }

  private async programsOf(manager: EntityManager, courtId: string): Promise<ProgramRefDto[]> {
    return (await manager.query(`SELECT id, code, name FROM programs WHERE court_id = $1 ORDER BY code`, [courtId])) as ProgramRefDto[];
  }
}

function toDto(row: SessionRow, courtPrograms: readonly ProgramRefDto[]): CourtSessionDto {
  const allPrograms = row.program_ids.length === 0;
  return {
    id: row.id,
    courtId: row.court_id,
    date: row.date,
    startTime: row.start_time,
    startsAt: row.starts_at.toISOString(),
    judge: row.judge_id ? { id: row.judge_id, name: row.judge_name ?? '' } : null,
    courtroom: row.courtroom,
    allPrograms,
    programs: allPrograms ? [...courtPrograms] : courtPrograms.filter((p) => row.program_ids.includes(p.id)),
    capacity: row.capacity,
    docketOrder: row.docket_order ?? row.court_docket_order,
    docketOrderIsCourtDefault: row.docket_order === null,
    special: row.special,
    status: row.status,
    cancellationReason: row.cancellation_reason,
    notes: row.notes,
    hearingCount: row.hearing_count,
  };
}

/** A judge must hold the judge role in the session's court, with an active account. */
async function assertJudge(manager: EntityManager, courtId: string, judgeId: string): Promise<void> {
  const rows = (await manager.query(
    `SELECT 1 FROM court_memberships m JOIN users u ON u.id = m.user_id WHERE m.user_id = $1 AND m.court_id = $2 AND m.role = 'judge' AND u.active`,
    [judgeId, courtId],
  )) as unknown[];
  if (rows.length === 0) throw new ValidationFailedError([{ field: 'judgeId', message: 'must be a judge of this court' }]);
}

async function assertPrograms(manager: EntityManager, courtId: string, programIds: readonly string[]): Promise<void> {
  if (programIds.length === 0) return;
  const rows = (await manager.query(`SELECT id FROM programs WHERE court_id = $1 AND id = ANY($2::uuid[])`, [courtId, programIds])) as unknown[];
  if (rows.length !== new Set(programIds).size) throw new ValidationFailedError([{ field: 'programIds', message: 'must all be programs of this court' }]);
}

/** Narrowing the programs heard must not strand a participant already on the session. */
async function assertHearingsStillHeard(manager: EntityManager, sessionId: string, programIds: readonly string[]): Promise<void> {
  if (programIds.length === 0) return;
  const [{ n }] = (await manager.query(
    `SELECT count(*)::int AS n FROM hearings h JOIN participants p ON p.id = h.participant_id
      WHERE h.session_id = $1 AND h.status = 'scheduled' AND (p.program_id IS NULL OR NOT p.program_id = ANY($2::uuid[]))`,
    [sessionId, programIds],
  )) as Array<{ n: number }>;
  if (n > 0) {
    throw new ConflictError('programs-exclude-hearings', 'Programs leave out hearings', `${n} participant(s) on this session are in programs the change leaves out; move them first.`, {
      field: 'programIds',
      hearings: n,
    });
  }
}

function pickDefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
