import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { DataSource, EntityManager } from 'typeorm';
import { Hearing, HearingKind } from './hearing.entity';

export interface HearingView {
  id: string;
  kind: HearingKind;
  scheduledAt: string;
  status: string;
  cancellationReason: string | null;
}

const toView = (h: Hearing): HearingView => ({
  id: h.id,
  kind: h.kind,
  scheduledAt: h.scheduledAt.toISOString(),
  status: h.status,
  cancellationReason: h.cancellationReason,
});

/**
 * A participant's hearings. Scheduling is done by the module whose action
 * implies a hearing (enrolment schedules the first one), inside its own
 * transaction, so the hearing and the action are committed together.
 */
@Injectable()
export class HearingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async schedule(
    manager: EntityManager,
    hearing: { courtId: string; participantId: string; kind: HearingKind; scheduledAt: Date; createdBy: string | null },
  ): Promise<HearingView> {
    return toView(await manager.save(manager.create(Hearing, { ...hearing, status: 'scheduled', cancellationReason: null })));
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
    const hearings = await this.dataSource.manager.find(Hearing, { where: { participantId }, order: { scheduledAt: 'ASC' } });
    await this.access.record(principal, [grant], { action: 'hearing.list', entityType: 'hearing', entityIds: hearings.map((h) => h.id) });
    return hearings.map(toView);
  }
}
