import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { ConflictError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { HearingKind } from './hearing.entity';
import { HearingsService, HearingView } from './hearings.service';

/** Statuses of a participant in the program (enrolled, not discharged): the ones the court still calls. */
const CALLED_STATUSES = ['active', 'in_custody', 'warrant', 'medical_leave'];

interface ParticipantRow {
  id: string;
  court_id: string;
  program_id: string | null;
  status: string;
}

interface HearingRow {
  id: string;
  participant_id: string;
  court_id: string;
  session_id: string | null;
  scheduled_at: Date;
  status: string;
}

/**
 * Staff putting a participant's hearing on the calendar, moving it to
 * another session and cancelling it. Each change takes the participant's
 * row lock, then the session's (the order every hearing change uses), runs
 * in one transaction and is audited as a write to the participant's record.
 */
@Injectable()
export class HearingSchedulingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly hearings: HearingsService,
  ) {}

  async schedule(principal: Principal, participantId: string, input: { sessionId: string; kind: HearingKind }): Promise<HearingView> {
    const grant = await this.access.participant(principal, Permission.HearingSchedule, participantId);
    return this.dataSource.transaction(async (manager) => {
      const participant = await lockCalledParticipant(manager, participantId);
      const hearing = await this.hearings.scheduleInSession(manager, {
        sessionId: input.sessionId,
        participantId,
        courtId: participant.court_id,
        programId: participant.program_id,
        kind: input.kind,
        createdBy: principal.userId,
      });
      await this.access.record(
        principal,
        [grant],
        { action: 'hearing.schedule', entityType: 'hearing', entityIds: [hearing.id], details: { sessionId: input.sessionId, kind: input.kind } },
        manager,
      );
      return hearing;
    });
  }

  /** Moves a scheduled hearing to another session (the rules of scheduling apply to it). */
  async move(principal: Principal, hearingId: string, sessionId: string): Promise<HearingView> {
    const grant = await this.hearings.hearingGrant(principal, hearingId, Permission.HearingSchedule);
    return this.dataSource.transaction(async (manager) => {
      const participant = await lockCalledParticipant(manager, grant.participantId);
      const hearing = await lockScheduledHearing(manager, hearingId);
      const moved = await this.hearings.moveToSession(
        manager,
        { id: hearing.id, participantId: participant.id, courtId: participant.court_id, programId: participant.program_id },
        sessionId,
      );
      await this.access.record(
        principal,
        [grant],
        {
          action: 'hearing.move',
          entityType: 'hearing',
          entityIds: [hearingId],
          details: { fromSessionId: hearing.session_id, toSessionId: sessionId, from: hearing.scheduled_at.toISOString(), to: moved.scheduledAt },
        },
        manager,
      );
      return moved;
    });
  }

  async cancel(principal: Principal, hearingId: string, reason: string): Promise<HearingView> {
    const grant = await this.hearings.hearingGrant(principal, hearingId, Permission.HearingSchedule);
    return this.dataSource.transaction(async (manager) => {
      await manager.query(`SELECT 1 FROM participants WHERE id = $1 FOR UPDATE`, [grant.participantId]);
      const hearing = await lockScheduledHearing(manager, hearingId);
      await manager.query(`UPDATE hearings SET status = 'cancelled', cancellation_reason = $2 WHERE id = $1`, [hearingId, reason]);
      await this.access.record(
        principal,
        [grant],
        { action: 'hearing.cancel', entityType: 'hearing', entityIds: [hearingId], details: { sessionId: hearing.session_id, reason } },
        manager,
      );
      return this.hearings.view(manager, hearingId);
    });
  }
}

/** The participant row, locked; a participant the court no longer calls (discharged, not yet enrolled) gets no new hearing (409). */
async function lockCalledParticipant(manager: EntityManager, participantId: string): Promise<ParticipantRow> {
  const [participant] = (await manager.query(`SELECT id, court_id, program_id, status FROM participants WHERE id = $1 FOR UPDATE`, [
    participantId,
  ])) as ParticipantRow[];
  if (!CALLED_STATUSES.includes(participant.status)) {
    throw new ConflictError('participant-not-in-program', 'Participant not in the program', `A participant who is ${participant.status} is not called before the court.`, {
      participantStatus: participant.status,
    });
  }
  return participant;
}

/** The hearing row, locked; only a scheduled one can be moved or cancelled (409 for held or cancelled). */
async function lockScheduledHearing(manager: EntityManager, hearingId: string): Promise<HearingRow> {
  const [hearing] = (await manager.query(`SELECT id, participant_id, court_id, session_id, scheduled_at, status FROM hearings WHERE id = $1 FOR UPDATE`, [
    hearingId,
  ])) as HearingRow[];
  if (hearing.status !== 'scheduled') {
    throw new ConflictError('hearing-not-scheduled', 'Hearing not scheduled', `The hearing is ${hearing.status}; only a scheduled hearing can be moved or cancelled.`, {
      hearingStatus: hearing.status,
    });
  }
  return hearing;
}
