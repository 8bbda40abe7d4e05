import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, NotFoundError, type CalendarDate } from '@app/core';
import { CourtAccess } from '@app/courts';
import { DataSource } from 'typeorm';
import { DrawDayDto, DrawListEntryDto, DrawVerificationDto } from '../dto/draw.dto';
import { courtTesting } from './court-schedule';
import { CHAINED_DRAW_ALGORITHM, checkChainedDraw } from './chained-draw';
import { storedChainedDraw } from './chained-record';
import { checkDraw, selectedWithOverride } from './selection';
import { testingDay } from './testing-day';

interface DrawRow {
  id: string;
  court_day: string;
  algorithm: string;
  seed_commitment: string;
  /** v2: the commitment over every input; null for v1. */
  commitment: string | null;
  seed: Buffer;
  committed_at: Date;
  window_opens_at: Date;
  window_closes_at: Date;
  report_by: Date;
  participant_count: number;
  selected_count: number;
}

interface ListRow {
  participant_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  program_code: string | null;
  tests_per_week: number | null;
  rule: string | null;
  selected: boolean | null;
  override_id: string | null;
  action: 'force' | 'excuse' | null;
  reason: string | null;
}

/**
 * The daily draw as the court sees it: listed for staff and testing sites,
 * and verifiable by anyone in the court once the seed is out. The worker
 * makes it (`DrawMaker`).
 */
@Injectable()
export class DrawsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  private async drawRow(courtId: string, courtDay: CalendarDate): Promise<DrawRow> {
    const [row] = (await this.dataSource.query(
      `SELECT id, court_day::text, algorithm, seed_commitment, commitment, seed, committed_at, window_opens_at, window_closes_at, report_by,
              participant_count, selected_count
         FROM draws WHERE court_id = $1 AND court_day = $2`,
      [courtId, courtDay],
    )) as DrawRow[];
    if (!row) throw new NotFoundError('draw', `No draw has been made for ${courtDay}.`);
    return row;
  }

  /**
   * The participants to test on a court day (selected and not excused, or
   * forced) and those excused, each override shown as such. Staff and
   * testing sites; the read of every listed participant is audited.
   */
  async day(principal: Principal, courtId: string, courtDay: CalendarDate): Promise<DrawDayDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.DrawRead);
    const draw = await this.drawRow(courtId, courtDay);
    const rows = (await this.dataSource.query(
      `SELECT p.id AS participant_id, p.participant_number, p.first_name, p.last_name, pr.code AS program_code,
              e.tests_per_week, e.rule, e.selected, o.id AS override_id, o.action, o.reason
         FROM (SELECT participant_id, tests_per_week, rule, selected FROM draw_entries WHERE draw_id = $1) e
         FULL JOIN (SELECT id, participant_id, action, reason FROM draw_overrides
                     WHERE court_id = $2 AND court_day = $3 AND withdrawn_at IS NULL) o ON o.participant_id = e.participant_id
         JOIN participants p ON p.id = COALESCE(e.participant_id, o.participant_id)
         LEFT JOIN programs pr ON pr.id = p.program_id
        WHERE e.selected OR o.id IS NOT NULL
        ORDER BY p.last_name, p.first_name, p.id`,
      [draw.id, courtId, courtDay],
    )) as ListRow[];
    const toEntry = (row: ListRow): DrawListEntryDto => ({
      participantId: row.participant_id,
      participantNumber: row.participant_number,
      firstName: row.first_name,
      lastName: row.last_name,
      programCode: row.program_code,
      testsPerWeek: row.tests_per_week,
      selectedByDraw: row.selected === true,
      rule: row.rule,
      override: row.override_id ? { id: row.override_id, action: row.action!, reason: row.reason! } : null,
    });
    const toTest = rows.filter((row) => selectedWithOverride(row.action, row.selected)).map(toEntry);
    const excused = rows.filter((row) => row.action === 'excuse').map(toEntry);
    await this.access.record(
      principal,
      rows.map((row) => this.access.grantFor(principal, row.participant_id, courtId)),
      { action: 'draw.read', entityType: 'draw', entityIds: [draw.id], basis: grant.basis, details: { courtDay } },
    );
    return {
      drawId: draw.id,
      courtId,
      courtDay: draw.court_day,
      committedAt: draw.committed_at.toISOString(),
      windowOpensAt: draw.window_opens_at.toISOString(),
      windowClosesAt: draw.window_closes_at.toISOString(),
      reportBy: draw.report_by.toISOString(),
      participantCount: draw.participant_count,
      selectedCount: draw.selected_count,
      toTest,
      excused,
    };
  }

  /**
   * Proof that the draw was not altered: the commitment, and once the court
   * day is over the seed, with the outcome of recomputing every stored
   * selection from it. Anyone in the court may ask (participants included);
   * it names no participant.
   */
  async verification(principal: Principal, courtId: string, courtDay: CalendarDate): Promise<DrawVerificationDto> {
    CourtAccess.read(principal, courtId);
    const draw = await this.drawRow(courtId, courtDay);
    const schedule = await courtTesting(this.dataSource.manager, courtId);
    const { dayEndsAt } = testingDay(schedule, courtDay);
    const revealed = this.clock.now() >= dayEndsAt;
    const base = {
      courtId,
      courtDay: draw.court_day,
      algorithm: draw.algorithm,
      commitment: draw.commitment ?? draw.seed_commitment,
      committedAt: draw.committed_at.toISOString(),
      windowOpensAt: draw.window_opens_at.toISOString(),
      committedBeforeWindowOpened: draw.committed_at <= draw.window_opens_at,
      revealsAt: dayEndsAt.toISOString(),
      participantCount: draw.participant_count,
    };
    if (!revealed) return { ...base, seed: null, verified: null, commitmentMatches: null, mismatchedEntries: null, entriesMatchCounts: null };
    if (draw.algorithm === CHAINED_DRAW_ALGORITHM) {
      // v2: the commitment covers every input, the seed must sit on the court's chain, probabilities are recomputed exactly.
      const stored = await storedChainedDraw(this.dataSource.manager, draw.id);
      const check = checkChainedDraw(draw.seed, stored);
      const counted = stored.entries.length === draw.participant_count && stored.entries.filter((e) => e.selected).length === draw.selected_count;
      const commitmentMatches = check.commitmentMatches && check.seedMatchesCommitment && check.seedOnChain;
      return {
        ...base,
        seed: draw.seed.toString('hex'),
        verified: commitmentMatches && check.mismatches.length === 0 && counted,
        commitmentMatches,
        mismatchedEntries: check.mismatches.length,
        entriesMatchCounts: counted,
      };
    }
    const entries = (await this.dataSource.query(
      `SELECT participant_id AS "participantId", tests_per_week AS "testsPerWeek", probability, rule, selected
         FROM draw_entries WHERE draw_id = $1`,
      [draw.id],
    )) as Parameters<typeof checkDraw>[3];
    const check = checkDraw(draw.seed, draw.seed_commitment, draw.court_day, entries);
    const counted = entries.length === draw.participant_count && entries.filter((e) => e.selected).length === draw.selected_count;
    return {
      ...base,
      seed: draw.seed.toString('hex'),
      verified: check.commitmentMatches && check.mismatches.length === 0 && counted,
      commitmentMatches: check.commitmentMatches,
      mismatchedEntries: check.mismatches.length,
      entriesMatchCounts: counted,
    };
  }
}
