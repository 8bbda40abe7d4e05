import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { addCalendarDays, Clock, courtDateAt, NotFoundError } from '@app/core';
import { DataSource } from 'typeorm';
import { courtTesting } from '../draw/court-schedule';
import { testingDay } from '../draw/testing-day';
import { MyDrawsDto } from '../dto/public-draw.dto';

/** Court days a participant's "check my draw" lists. */
const MY_DRAW_DAYS = 60;

interface MyDayRow {
  court_day: string;
  token: string | null;
  in_draw: boolean;
  selected: boolean | null;
  exact_probability: string | null;
  action: 'force' | 'excuse' | null;
  reason: string | null;
}

/**
 * "Check my draw": the participant's own line in each past day's public
 * record (their token, whether the draw selected them, at what exact
 * probability), and their own staff overrides, shown only once the day is
 * over, like the seed. With the token, they or their lawyer find the line in
 * the public record and check it with the standalone verifier.
 */
@Injectable()
export class MyDrawsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async mine(principal: Principal): Promise<MyDrawsDto> {
    if (!principal.participantId) throw new NotFoundError('participant');
    const grant = await this.access.participant(principal, Permission.CallIn, principal.participantId);
    const schedule = await courtTesting(this.dataSource.manager, grant.courtId);
    const [court] = (await this.dataSource.query(`SELECT code FROM courts WHERE id = $1`, [grant.courtId])) as Array<{ code: string }>;
    const now = this.clock.now();
    const today = courtDateAt(now, schedule.timeZone);
    const rows = (await this.dataSource.query(
      `SELECT d.court_day::text, e.token, e.participant_id IS NOT NULL AS in_draw, e.selected, e.exact_probability, o.action, o.reason
         FROM draws d
         LEFT JOIN draw_entries e ON e.draw_id = d.id AND e.participant_id = $2
         LEFT JOIN draw_overrides o ON o.court_id = d.court_id AND o.court_day = d.court_day AND o.participant_id = $2 AND o.withdrawn_at IS NULL
        WHERE d.court_id = $1 AND d.court_day BETWEEN $3 AND $4
        ORDER BY d.court_day DESC`,
      [grant.courtId, grant.participantId, addCalendarDays(today, -MY_DRAW_DAYS), today],
    )) as MyDayRow[];
    const over = rows.filter((row) => now >= testingDay(schedule, row.court_day).dayEndsAt).slice(0, MY_DRAW_DAYS);
    await this.access.record(principal, [grant], {
      action: 'draw.own.read',
      entityType: 'participant',
      entityIds: [grant.participantId],
      details: { from: over.at(-1)?.court_day ?? null, to: over[0]?.court_day ?? null },
    });
    return {
      court: court.code,
      days: over.map((row) => ({
        courtDay: row.court_day,
        token: row.token,
        inDraw: row.in_draw,
        selected: row.in_draw ? row.selected : null,
        probability: row.exact_probability,
        override: row.action,
        overrideReason: row.reason,
      })),
    };
  }
}
