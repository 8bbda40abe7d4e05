import { ConsentsService } from '@app/audit';
import { SessionsService } from '@app/auth';
import { CalendarDate, Clock } from '@app/core';
import { HearingsService } from '@app/hearings';
import { ProgramModel } from '@app/programs';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { ParticipantPhase } from '../entities/history.entities';
import { Participant } from '../entities/participant.entity';
import { ParticipantStatus } from '../participant-status';

/** What a discharge did besides the status change, for the audit row. */
export interface DischargeEffects {
  disposition: string;
  markedForExpungement: boolean;
  consentsEnded: string[];
  providerReferralsEnded: number;
  hearingsCancelled: string[];
}

/** The case's disposition on leaving the program. */
export function dispositionOf(status: ParticipantStatus, model: ProgramModel | null): { disposition: string; markedForExpungement: boolean } {
  if (status !== 'graduated') return { disposition: status, markedForExpungement: false };
  // Deferred judgment: on completion the plea is withdrawn, the case dismissed and the record expunged.
  if (model === 'deferred_judgment') return { disposition: 'plea_withdrawn_case_dismissed', markedForExpungement: true };
  return { disposition: 'program_completed', markedForExpungement: false };
}

/**
 * Leaving the program (graduation, termination, withdrawal, transfer), in
 * the transaction of the status change: the phase ends, consents that end at
 * discharge end, provider referrals end (providers lose access), upcoming
 * hearings are cancelled, and the participant's sign-in closes.
 */
@Injectable()
export class Discharge {
  constructor(
    private readonly consents: ConsentsService,
    private readonly hearings: HearingsService,
    private readonly sessions: SessionsService,
    private readonly clock: Clock,
  ) {}

  async apply(
    manager: EntityManager,
    participant: Participant,
    status: ParticipantStatus,
    on: CalendarDate,
    model: ProgramModel | null,
  ): Promise<DischargeEffects> {
    const now = this.clock.now();
    const outcome = dispositionOf(status, model);
    await manager.update(ParticipantPhase, { participantId: participant.id, endedOn: IsNull() }, { endedOn: on, endReason: 'discharge' });
    await manager.update(Participant, { id: participant.id }, { dischargedOn: on, ...outcome });
    const consentsEnded = await this.consents.endByEvent(manager, participant.id, 'program_discharge');
    const [, providerReferralsEnded] = (await manager.query(
      `UPDATE provider_referrals SET ended_at = $2, updated_at = $2, ended_on = GREATEST($3::date, referred_on), discharge_reason = 'program_discharge'
        WHERE participant_id = $1 AND ended_at IS NULL`,
      [participant.id, now, on],
    )) as [unknown, number];
    const hearingsCancelled = await this.hearings.cancelUpcoming(manager, participant.id, now, `participant ${status}`);
    if (participant.userId) {
      await manager.query(`UPDATE users SET active = false, deactivated_at = $2, updated_at = $2 WHERE id = $1`, [participant.userId, now]);
      await this.sessions.revokeAllOf(manager, participant.userId, `participant ${status}`);
    }
    return { ...outcome, consentsEnded, providerReferralsEnded, hearingsCancelled };
  }
}
