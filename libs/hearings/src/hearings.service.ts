import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, isUniqueViolation, isUuid, NotFoundError, ValidationFailedError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { Hearing, HearingKind } from './hearing.entity';
import { hearsProgram } from './sessions/session-proposal';
import { sessionHearsProgramSql } from './sessions/session-sql';

export interface HearingView {
  id: string;
  kind: HearingKind;
  scheduledAt: string;
  status: string;
  cancellationReason: string | null;
  /** The court session it is on; null for a hearing set at a time outside the calendar. */
  sessionId: string | null;
  /** The session's courtroom; null without a session. */
  courtroom: string | null;
  /** When it came in from the court's earlier records (a history import); null for one held here. */
  importedAt: string | null;
}

/** What `scheduleInSession` needs: the session, and the participant as their court and program. */
export interface SessionHearingInput {
  sessionId: string;
  participantId: string;
  courtId: string;
  programId: string | null;
  kind: HearingKind;
  createdBy: string | null;
  /** The request field a refused session is reported on (default `sessionId`). */
  field?: string;
}

interface HearingRow {
  id: string;
  kind: HearingKind;
  scheduled_at: Date;
  status: string;
  cancellation_reason: string | null;
  session_id: string | null;
  courtroom: string | null;
  imported_at: Date | null;
}

interface LockedSession {
  id: string;
  court_id: string;
  starts_at: Date;
  status: string;
  capacity: number | null;
  program_ids: string[];
  courtroom: string;
}

export const HEARING_VIEW_SELECT = `SELECT h.id, h.kind, h.scheduled_at, h.status, h.cancellation_reason, h.session_id, s.courtroom, h.imported_at
  FROM hearings h LEFT JOIN court_sessions s ON s.id = h.session_id`;

export const hearingView = (h: HearingRow): HearingView => ({
  id: h.id,
  kind: h.kind,
  scheduledAt: h.scheduled_at.toISOString(),
  status: h.status,
  cancellationReason: h.cancellation_reason,
  sessionId: h.session_id,
  courtroom: h.courtroom,
  importedAt: h.imported_at?.toISOString() ?? null,
});

/**
 * A participant's hearings, and putting them on court sessions. Scheduling
 * is done by the module whose action implies a hearing (enrolment schedules
 * the first one, a hearing's outcome the next), inside its own transaction,
 * so the hearing and the action are committed together. A session's row is
 * locked while a hearing is put on it, so its capacity holds under
 * concurrent requests.
 */
@Injectable()
export class HearingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /**
   * The grant to a hearing's participant for `permission`: a hearing of a
   * participant out of reach is "not found", exactly like one that does not exist.
   */
  async hearingGrant(principal: Principal, hearingId: string, permission: Permission): Promise<ParticipantGrant> {
    const [row] = isUuid(hearingId)
      ? ((await this.dataSource.query(`SELECT participant_id FROM hearings WHERE id = $1`, [hearingId])) as Array<{ participant_id: string }>)
      : [];
    const grant = row ? (await this.access.participants(principal, permission, [row.participant_id])).get(row.participant_id) : undefined;
    if (!grant) throw new NotFoundError('hearing');
    return grant;
  }

  /**
   * A hearing at a time chosen freely (enrolment's first hearing). It joins
   * a session of the court starting at exactly that instant and hearing the
   * participant's program, when one has room; otherwise it stays off the calendar.
   */
  async schedule(
    manager: EntityManager,
    hearing: { courtId: string; participantId: string; kind: HearingKind; scheduledAt: Date; createdBy: string | null },
  ): Promise<HearingView> {
    const session = await this.sessionAt(manager, hearing.courtId, hearing.participantId, hearing.scheduledAt);
    const saved = await manager.save(
      manager.create(Hearing, { ...hearing, sessionId: session?.id ?? null, status: 'scheduled', cancellationReason: null }),
    );
    return this.view(manager, saved.id);
  }

  /**
   * Puts a participant's hearing on a session, at the session's start. The
   * session must be of the participant's court, scheduled, not yet started
   * and hear their program (422 on `input.field`); full, or already holding
   * the participant, is a 409.
   */
  async scheduleInSession(manager: EntityManager, input: SessionHearingInput): Promise<HearingView> {
    const session = await this.lockSessionFor(manager, input);
    let saved: Hearing;
    try {
      saved = await manager.save(
        manager.create(Hearing, {
          courtId: input.courtId,
          participantId: input.participantId,
          kind: input.kind,
          sessionId: session.id,
          scheduledAt: session.starts_at,
          status: 'scheduled',
          cancellationReason: null,
          createdBy: input.createdBy,
        }),
      );
    } catch (error) {
      if (isUniqueViolation(error, 'hearings_session_participant_key')) throw alreadyOnSession(session.id);
      throw error;
    }
    return hearingView({ ...toRow(saved), courtroom: session.courtroom });
  }

  /** Moves a scheduled hearing to another session, under the rules of `scheduleInSession`. The caller has locked the hearing. */
  async moveToSession(
    manager: EntityManager,
    hearing: { id: string; participantId: string; courtId: string; programId: string | null },
    sessionId: string,
    field = 'sessionId',
  ): Promise<HearingView> {
    const session = await this.lockSessionFor(manager, { ...hearing, sessionId, field });
    try {
      await manager.query(`UPDATE hearings SET session_id = $2, scheduled_at = $3 WHERE id = $1`, [hearing.id, session.id, session.starts_at]);
    } catch (error) {
      if (isUniqueViolation(error, 'hearings_session_participant_key')) throw alreadyOnSession(session.id);
      throw error;
    }
    return this.view(manager, hearing.id);
  }

  /** Cancels every hearing still scheduled after `from` (a discharged participant is not called again). */
  async cancelUpcoming(manager: EntityManager, participantId: string, from: Date, reason: string): Promise<string[]> {
    const rows = (await manager.query(
      `UPDATE hearings SET status = 'cancelled', cancellation_reason = $3
        WHERE participant_id = $1 AND status = 'scheduled' AND scheduled_at >= $2 RETURNING id`,
      [participantId, from, reason],
    )) as [Array<{ id: string }>, number];
    return rows[0].map((row) => row.id);
  }

  async list(principal: Principal, participantId: string): Promise<HearingView[]> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const rows = (await this.dataSource.query(`${HEARING_VIEW_SELECT} WHERE h.participant_id = $1 ORDER BY h.scheduled_at, h.id`, [
      participantId,
    ])) as HearingRow[];
    await this.access.record(principal, [grant], { action: 'hearing.list', entityType: 'hearing', entityIds: rows.map((h) => h.id) });
    return rows.map(hearingView);
  }

  /** One hearing as the API shows it. */
  async view(manager: EntityManager, hearingId: string): Promise<HearingView> {
    const [row] = (await manager.query(`${HEARING_VIEW_SELECT} WHERE h.id = $1`, [hearingId])) as HearingRow[];
    return hearingView(row);
  }

  /** The participant's next hearing still scheduled from now on, if any. */
  async nextScheduled(manager: EntityManager, participantId: string): Promise<HearingView | null> {
    const [row] = (await manager.query(
      `${HEARING_VIEW_SELECT} WHERE h.participant_id = $1 AND h.status = 'scheduled' AND h.scheduled_at >= $2 ORDER BY h.scheduled_at, h.id LIMIT 1`,
      [participantId, this.clock.now()],
    )) as HearingRow[];
    return row ? hearingView(row) : null;
  }

  /** Locks the session and checks that it can take the participant's hearing now. */
  private async lockSessionFor(
    manager: EntityManager,
    input: { sessionId: string; participantId: string; courtId: string; programId: string | null; field?: string },
  ): Promise<LockedSession> {
    const refuse = (message: string) => new ValidationFailedError([{ field: input.field ?? 'sessionId', message }]);
    const [session] = isUuid(input.sessionId)
      ? ((await manager.query(
          `SELECT id, court_id, starts_at, status, capacity, program_ids, courtroom FROM court_sessions WHERE id = $1 FOR UPDATE`,
          [input.sessionId],
        )) as LockedSession[])
      : [];
    if (!session || session.court_id !== input.courtId) throw refuse("must be a court session of the participant's court");
    if (session.status === 'cancelled') throw refuse('the session is cancelled');
    if (session.starts_at <= this.clock.now()) throw refuse('the session has already started');
    if (!hearsProgram(session.program_ids, input.programId)) throw refuse("the session does not hear the participant's program");
    const counts = await sessionLoad(manager, session.id, input.participantId);
    if (counts.own > 0) throw alreadyOnSession(session.id);
    if (session.capacity !== null && counts.hearings >= session.capacity) {
      throw new ConflictError('session-full', 'Session full', `The session takes at most ${session.capacity} hearings and has ${counts.hearings}.`, {
        sessionId: session.id,
        capacity: session.capacity,
      });
    }
    return session;
  }

  /** A scheduled session of the court starting exactly at `at`, hearing the participant's program, with room for them (locked), if any. */
  private async sessionAt(manager: EntityManager, courtId: string, participantId: string, at: Date): Promise<{ id: string } | null> {
    const candidates = (await manager.query(
      `SELECT s.id, s.capacity FROM court_sessions s, participants p
        WHERE p.id = $3 AND s.court_id = $1 AND s.starts_at = $2 AND s.status = 'scheduled' AND ${sessionHearsProgramSql('p.program_id')}
        ORDER BY s.created_at, s.id FOR UPDATE OF s`,
      [courtId, at, participantId],
    )) as Array<{ id: string; capacity: number | null }>;
    for (const candidate of candidates) {
      const counts = await sessionLoad(manager, candidate.id, participantId);
      if (counts.own === 0 && (candidate.capacity === null || counts.hearings < candidate.capacity)) return candidate;
    }
    return null;
  }
}

/** Hearings on the session that are not cancelled, and how many of them are the participant's. */
async function sessionLoad(manager: EntityManager, sessionId: string, participantId: string): Promise<{ hearings: number; own: number }> {
  const [counts] = (await manager.query(
    `SELECT count(*)::int AS hearings, count(*) FILTER (WHERE participant_id = $2)::int AS own
       FROM hearings WHERE session_id = $1 AND status <> 'cancelled'`,
    [sessionId, participantId],
  )) as Array<{ hearings: number; own: number }>;
  return counts;
}

function alreadyOnSession(sessionId: string): ConflictError {
  return new ConflictError('already-on-session', 'Already on the session', 'The participant already has a hearing on this session.', { sessionId });
}

function toRow(h: Hearing): Omit<HearingRow, 'courtroom'> {
  return { id: h.id, kind: h.kind, scheduled_at: h.scheduledAt, status: h.status, cancellation_reason: h.cancellationReason, session_id: h.sessionId, imported_at: h.importedAt };
}
