import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, courtDateAt, courtDayBounds, type CalendarDate } from '@app/core';
import { CourtAccess } from '@app/courts';
import { DataSource } from 'typeorm';
import { courtTesting } from '../draw/court-schedule';
import { drawIdOf } from '../draw/draw-writer';
import { selectedWithOverride } from '../draw/selection';
import { isWindowOpen, testingDay } from '../draw/testing-day';
import type { CallInRefusalReason } from '../call-ins/call-in-refusals';
import type { NotChargedReason } from '../test-notices/test-notice-charge';
import { BoardAccountAlertDto, BoardParticipantDto, RandomnessCheckDto, RandomnessCheckRunDto, TestingBoardDto } from '../dto/testing-reports.dto';
import { monthRandomness } from '../randomness/month-randomness';
import { boardState } from './testing-board';

interface BoardRow {
  participant_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  in_draw: boolean;
  selected: boolean | null;
  action: 'force' | 'excuse' | null;
  override_reason: string | null;
  called_at: Date | null;
  told: boolean | null;
  collected_at: Date | null;
  site_id: string | null;
  site_name: string | null;
  refusals: CallInRefusalReason[];
  not_charged: NotChargedReason[] | null;
}

interface AlertRow {
  participant_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  failures: number;
  blocked_sources: number;
  first_at: Date;
  last_at: Date;
}

/** Participants whose test count is outside expectation, at most this many listed by name. */
const OUTLIERS_LISTED = 50;

/** Today's testing board and the monthly randomness check, for staff. */
@Injectable()
export class TestingReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /**
   * The day's testing, participant by participant: everyone in the draw, to
   * test or not, who called in, who was collected and where, who is missing.
   * When the day's draw is missing after its time the board says so first:
   * participants calling in are being told to call again.
   */
  async board(principal: Principal, courtId: string, date?: CalendarDate): Promise<TestingBoardDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.DrawRead);
    const schedule = await courtTesting(this.dataSource.manager, courtId);
    const now = this.clock.now();
    const day = testingDay(schedule, date ?? courtDateAt(now, schedule.timeZone));
    const drawId = await drawIdOf(this.dataSource.manager, courtId, day.courtDay);
    const rows = (await this.dataSource.query(
      `WITH day_people AS (
         SELECT participant_id FROM draw_entries WHERE draw_id = $3
         UNION SELECT participant_id FROM draw_overrides WHERE court_id = $1 AND court_day = $2 AND withdrawn_at IS NULL
         UNION SELECT participant_id FROM call_ins WHERE court_id = $1 AND court_day = $2
         UNION SELECT participant_id FROM drug_test_collections WHERE court_id = $1 AND court_day = $2)
       SELECT p.id AS participant_id, p.participant_number, p.first_name, p.last_name,
              e.participant_id IS NOT NULL AS in_draw, e.selected, o.action, o.reason AS override_reason,
              c.called_at, c.told, k.collected_at, k.testing_site_id AS site_id, s.name AS site_name,
              ARRAY(SELECT DISTINCT r.reason FROM call_in_refusals r
                     WHERE r.participant_id = p.id AND r.refused_at >= $4 AND r.refused_at < $5 ORDER BY r.reason) AS refusals,
              n.reasons AS not_charged
         FROM day_people d
         JOIN participants p ON p.id = d.participant_id
         LEFT JOIN draw_entries e ON e.draw_id = $3 AND e.participant_id = p.id
         LEFT JOIN draw_overrides o ON o.participant_id = p.id AND o.court_day = $2 AND o.withdrawn_at IS NULL
         LEFT JOIN call_ins c ON c.participant_id = p.id AND c.court_day = $2
         LEFT JOIN LATERAL (SELECT collected_at, testing_site_id FROM drug_test_collections
                             WHERE participant_id = p.id AND court_day = $2 ORDER BY collected_at LIMIT 1) k ON true
         LEFT JOIN testing_sites s ON s.id = k.testing_site_id
         LEFT JOIN not_charged_call_ins n ON n.participant_id = p.id AND n.court_day = $2
        ORDER BY p.last_name, p.first_name, p.id`,
      [courtId, day.courtDay, drawId, day.windowOpensAt, day.windowClosesAt],
    )) as BoardRow[];
    // Alerts of PIN guessing active during the court day, newest first.
    const alerts = (await this.dataSource.query(
      `SELECT p.id AS participant_id, p.participant_number, p.first_name, p.last_name, a.failures, a.blocked_sources, a.first_at, a.last_at
         FROM account_alerts a JOIN participants p ON p.id = a.participant_id
        WHERE a.court_id = $1 AND a.last_at >= $2 AND a.first_at < $3
        ORDER BY a.last_at DESC, p.id`,
      [courtId, courtDayBounds(day.courtDay, schedule.timeZone).start, day.dayEndsAt],
    )) as AlertRow[];
    const deadlinePassed = now >= day.reportBy;
    const participants: BoardParticipantDto[] = rows.map((row) => {
      const toTest = selectedWithOverride(row.action, row.selected);
      return {
        participantId: row.participant_id,
        participantNumber: row.participant_number,
        firstName: row.first_name,
        lastName: row.last_name,
        inDraw: row.in_draw,
        toTest,
        override: row.action ? { action: row.action, reason: row.override_reason! } : null,
        calledInAt: row.called_at?.toISOString() ?? null,
        toldToTest: row.told,
        collectedAt: row.collected_at?.toISOString() ?? null,
        testingSite: row.site_name,
        state: boardState({
          toTest,
          excused: row.action === 'excuse',
          calledIn: row.called_at !== null,
          collected: row.collected_at !== null,
          deadlinePassed,
        }),
        refusedCallIns: row.refusals,
        notCharged: row.not_charged,
      };
    });
    const accountAlerts: BoardAccountAlertDto[] = alerts.map((row) => ({
      participantId: row.participant_id,
      participantNumber: row.participant_number,
      firstName: row.first_name,
      lastName: row.last_name,
      failures: row.failures,
      blockedSources: row.blocked_sources,
      firstAt: row.first_at.toISOString(),
      lastAt: row.last_at.toISOString(),
    }));
    const count = (predicate: (p: BoardParticipantDto) => boolean) => participants.filter(predicate).length;
    const bySite = new Map<string, number>();
    for (const row of rows.filter((r) => r.collected_at)) bySite.set(row.site_name ?? 'unrecorded site', (bySite.get(row.site_name ?? 'unrecorded site') ?? 0) + 1);
    await this.access.record(
      principal,
      [...new Set([...rows, ...alerts].map((row) => row.participant_id))].map((participantId) => this.access.grantFor(principal, participantId, courtId)),
      { action: 'testing_board.read', entityType: 'draw', entityIds: drawId ? [drawId] : [], basis: grant.basis, details: { courtDay: day.courtDay } },
    );
    return {
      courtId,
      courtDay: day.courtDay,
      drawStatus: drawId ? 'made' : now >= day.drawAt ? 'missing' : 'not_yet_due',
      drawAt: day.drawAt.toISOString(),
      window: { opensAt: day.windowOpensAt.toISOString(), closesAt: day.windowClosesAt.toISOString(), open: isWindowOpen(day, now) },
      reportBy: day.reportBy.toISOString(),
      counts: {
        inDraw: count((p) => p.inDraw),
        toTest: count((p) => p.toTest),
        excused: count((p) => p.state === 'excused'),
        calledIn: count((p) => p.calledInAt !== null),
        notCalledIn: count((p) => p.inDraw && p.calledInAt === null && p.state !== 'excused'),
        toldToCallAgain: count((p) => p.calledInAt !== null && p.toldToTest === null),
        collected: count((p) => p.collectedAt !== null),
        awaitingCollection: count((p) => p.state === 'awaiting_collection'),
        missing: count((p) => p.state === 'missing'),
        notCharged: count((p) => p.notCharged !== null),
      },
      bySite: [...bySite].map(([testingSite, collected]) => ({ testingSite, collected })).sort((a, b) => a.testingSite.localeCompare(b.testingSite)),
      participants,
      accountAlerts,
    };
  }

  /**
   * The monthly randomness check of a court's draws: how often each
   * participant was selected against their frequency, the weekend and
   * holiday share, the gaps between tests and a chi-square test by weekday.
   * It reads the random selections, before staff overrides, which are
   * counted separately. Lists by id only participants outside expectation.
   */
  async randomness(principal: Principal, courtId: string, month: string): Promise<RandomnessCheckDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.DrawRead);
    const check = await monthRandomness(this.dataSource.manager, courtId, month);
    const outside = check.participants.filter((p) => !p.withinExpected).slice(0, OUTLIERS_LISTED);
    await this.access.record(
      principal,
      outside.map((p) => this.access.grantFor(principal, p.participantId, courtId)),
      { action: 'randomness_check.read', entityType: 'court', entityIds: [courtId], basis: grant.basis, details: { month } },
    );
    const { participants: _all, ...aggregates } = check;
    return { courtId, month, ...aggregates, participantsOutsideExpected: outside };
  }

  /** The kept monthly self-checks (aggregates only: no participant is named, so the read names none in the audit). */
  async randomnessRuns(principal: Principal, courtId: string): Promise<RandomnessCheckRunDto[]> {
    CourtAccess.holding(principal, courtId, Permission.DrawRead);
    const rows = (await this.dataSource.query(
      `SELECT month, passed, records, weekday_p_value, weekend_z, checked_at FROM randomness_check_runs
        WHERE court_id = $1 ORDER BY month DESC LIMIT 24`,
      [courtId],
    )) as Array<{ month: string; passed: boolean; records: number; weekday_p_value: number | null; weekend_z: number | null; checked_at: Date }>;
    return rows.map((row) => ({
      month: row.month,
      passed: row.passed,
      records: row.records,
      weekdayPValue: row.weekday_p_value,
      weekendZ: row.weekend_z,
      checkedAt: row.checked_at.toISOString(),
    }));
  }
}
