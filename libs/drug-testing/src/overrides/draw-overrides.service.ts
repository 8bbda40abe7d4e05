import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { PARTICIPANT_SEES_AFTER } from '@app/audit';
import { AccessService, Permission, Principal } from '@app/auth';
import { addCalendarDays, type CalendarDate, Clock, ConflictError, isUuid, NotFoundError, returnedRows, ValidationFailedError } from '@app/core';
import { assertEnrolled, enrolmentFacts } from '@app/participants';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { courtTesting } from '../draw/court-schedule';
import { testingDay } from '../draw/testing-day';
import { DrawOverride } from '../entities/draw.entity';
import { CreateDrawOverrideDto, DrawOverrideDto } from './dto/draw-override.dto';

/** How far ahead an override may be entered: a year, so a mistyped year is refused. */
const MAX_DAYS_AHEAD = 365;

const toDto = (row: DrawOverride): DrawOverrideDto => ({
  id: row.id,
  participantId: row.participantId,
  courtDay: row.courtDay,
  action: row.action,
  reason: row.reason,
  recordedBy: row.recordedBy,
  createdAt: row.createdAt.toISOString(),
  withdrawnAt: row.withdrawnAt ? row.withdrawnAt.toISOString() : null,
  withdrawnBy: row.withdrawnBy,
});

/** The raw `RETURNING *` row of draw_overrides, as the entity. */
const fromRow = (row: Record<string, unknown>): DrawOverride =>
  Object.assign(new DrawOverride(), {
    id: row.id,
    courtId: row.court_id,
    participantId: row.participant_id,
    courtDay: row.court_day,
    action: row.action,
    reason: row.reason,
    recordedBy: row.recorded_by,
    createdAt: row.created_at,
    withdrawnAt: row.withdrawn_at,
    withdrawnBy: row.withdrawn_by,
  });

/**
 * Staff decisions that a participant tests (force) or does not (excuse) on
 * a court day, whatever the draw said. The draw itself never changes; an
 * override is a separate, audited row, withdrawn (never deleted) when wrong.
 */
@Injectable()
export class DrawOverridesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, participantId: string, input: CreateDrawOverrideDto): Promise<DrawOverrideDto> {
    const grant = await this.access.participant(principal, Permission.DrugTestOrder, participantId);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const facts = await enrolmentFacts(manager, participantId, now);
      assertEnrolled(facts);
      const today = facts.today;
      if (input.courtDay < today) {
        throw new ValidationFailedError([{ field: 'courtDay', message: `is in the past (today is ${today}, court time)` }]);
      }
      if (input.courtDay > addCalendarDays(today, MAX_DAYS_AHEAD)) {
        throw new ValidationFailedError([{ field: 'courtDay', message: `is more than ${MAX_DAYS_AHEAD} days ahead` }]);
      }
      await this.assertBeforeDeadline(manager, grant.courtId, input.courtDay, now, 'entered');
      const [inserted] = (await manager.query(
        `INSERT INTO draw_overrides (court_id, participant_id, court_day, action, reason, recorded_by, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (participant_id, court_day) WHERE withdrawn_at IS NULL DO NOTHING
         RETURNING id, court_id, participant_id, court_day::text, action, reason, recorded_by, created_at, withdrawn_at, withdrawn_by`,
        [grant.courtId, participantId, input.courtDay, input.action, input.reason, principal.userId, now],
      )) as Array<Record<string, unknown>>;
      if (!inserted) {
        const existing = await manager.findOneBy(DrawOverride, { participantId, courtDay: input.courtDay, withdrawnAt: IsNull() });
        throw new ConflictError(
          'override-exists',
          'An override exists for that day',
          `This participant already has an active override for ${input.courtDay}; withdraw it first to enter another.`,
          { overrideId: existing?.id ?? null },
        );
      }
      const row = fromRow(inserted);
      await this.access.record(
        principal,
        [grant],
        {
          action: 'draw_override.create',
          entityType: 'draw_override',
          entityIds: [row.id],
          // Kept from the participant's own access log until the day is over: it would tell them of a test ahead.
          details: { courtDay: row.courtDay, overrideAction: row.action, reason: row.reason, [PARTICIPANT_SEES_AFTER]: row.courtDay },
        },
        manager,
      );
      return toDto(row);
    });
  }

  /** Withdraws an active override; 404 when unknown, out of reach or already withdrawn. */
  async withdraw(principal: Principal, overrideId: string, reason: string): Promise<DrawOverrideDto> {
    const now = this.clock.now();
    const found = isUuid(overrideId) ? await this.dataSource.manager.findOneBy(DrawOverride, { id: overrideId }) : null;
    const grant = found && !found.withdrawnAt ? (await this.access.participants(principal, Permission.DrugTestOrder, [found.participantId])).get(found.participantId) : undefined;
    if (!found || !grant) throw new NotFoundError('draw override');
    return this.dataSource.transaction(async (manager) => {
      await this.assertBeforeDeadline(manager, grant.courtId, found.courtDay, now, 'withdrawn');
      const [updated] = returnedRows<Record<string, unknown>>(
        await manager.query(
          `UPDATE draw_overrides SET withdrawn_at = $2, withdrawn_by = $3
            WHERE id = $1 AND withdrawn_at IS NULL
        RETURNING id, court_id, participant_id, court_day::text, action, reason, recorded_by, created_at, withdrawn_at, withdrawn_by`,
          [overrideId, now, principal.userId],
        ),
      );
      // Withdrawn by someone else since the read above.
      if (!updated) throw new NotFoundError('draw override');
      const row = fromRow(updated);
      await this.access.record(
        principal,
        [grant],
        {
          action: 'draw_override.withdraw',
          entityType: 'draw_override',
          entityIds: [row.id],
          details: { courtDay: row.courtDay, overrideAction: row.action, reason, [PARTICIPANT_SEES_AFTER]: row.courtDay },
        },
        manager,
      );
      return toDto(row);
    });
  }

  /** A participant's overrides, withdrawn ones included, latest day first. */
  async list(principal: Principal, participantId: string): Promise<DrawOverrideDto[]> {
    const grant = await this.access.participant(principal, Permission.DrugTestOrder, participantId);
    const rows = await this.dataSource.manager.find(DrawOverride, { where: { participantId }, order: { courtDay: 'DESC', createdAt: 'DESC' } });
    // A read of the list is kept from the participant's access log until the last day it shows is over.
    const lastDay = rows.reduce<string | null>((last, r) => (last === null || r.courtDay > last ? r.courtDay : last), null);
    await this.access.record(principal, [grant], {
      action: 'draw_override.read',
      entityType: 'draw_override',
      entityIds: rows.map((r) => r.id),
      ...(lastDay ? { details: { [PARTICIPANT_SEES_AFTER]: lastDay } } : {}),
    });
    return rows.map(toDto);
  }

  /**
   * 409 once the day's reporting deadline has passed: by then the day's
   * testing is decided, and changing it would charge or clear a missed test
   * after the fact.
   */
  private async assertBeforeDeadline(manager: EntityManager, courtId: string, courtDay: CalendarDate, now: Date, what: string): Promise<void> {
    const { reportBy } = testingDay(await courtTesting(manager, courtId), courtDay);
    if (now >= reportBy) {
      throw new ConflictError(
        'reporting-deadline-passed',
        "The day's reporting deadline has passed",
        `An override for ${courtDay} can no longer be ${what}: its reporting deadline (${reportBy.toISOString()}) has passed.`,
        { reportBy: reportBy.toISOString() },
      );
    }
  }
}
