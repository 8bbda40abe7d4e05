import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addCalendarDays, Clock, courtDateAt, NotFoundError, ValidationFailedError, type CalendarDate } from '@app/core';
import { DataSource } from 'typeorm';
import { CHAINED_DRAW_ALGORITHM } from '../draw/chained-draw';
import { storedChainedDraw } from '../draw/chained-record';
import { courtTesting, type CourtTesting } from '../draw/court-schedule';
import { testingDay } from '../draw/testing-day';
import { PublicDrawDayDto, PublicDrawEntryDto, PublicDrawListDto, PublicDrawSummaryDto, PublicSeedChainDto } from '../dto/public-draw.dto';

/** The longest range one list answers. */
export const MAX_PUBLIC_DRAW_DAYS = 92;

interface DrawRow {
  id: string;
  court_day: string;
  algorithm: string;
  commitment: string | null;
  seed_commitment: string;
  seed: Buffer;
  committed_at: Date;
  window_opens_at: Date;
  participant_count: number;
  selected_count: number;
  chain_year: number | null;
  chain_index: number | null;
  anchor: string | null;
  chain_published_at: Date | null;
  forced: number;
  excused: number;
}

const DRAW_COLUMNS = `d.id, d.court_day::text, d.algorithm, d.commitment, d.seed_commitment, d.seed, d.committed_at, d.window_opens_at,
  d.participant_count, d.selected_count, c.year AS chain_year, d.chain_index, c.anchor, c.published_at AS chain_published_at,
  (SELECT count(*)::int FROM draw_overrides o WHERE o.court_id = d.court_id AND o.court_day = d.court_day AND o.withdrawn_at IS NULL AND o.action = 'force') AS forced,
  (SELECT count(*)::int FROM draw_overrides o WHERE o.court_id = d.court_id AND o.court_day = d.court_day AND o.withdrawn_at IS NULL AND o.action = 'excuse') AS excused`;

/**
 * The public record of a court's draws: unauthenticated, naming nobody.
 * Each day's commitment is public from the moment the draw is made; once
 * the court day is over, its seed, the counts and (v2) every entry under
 * its day's token. The staff and participant views are elsewhere; nothing
 * here reads a participant's name, number or id, so nothing here is audited.
 */
@Injectable()
export class PublicDrawsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  private async court(code: string): Promise<CourtTesting & { code: string; name: string }> {
    const [row] = (await this.dataSource.query(`SELECT id, code, name FROM courts WHERE code = $1 AND active`, [code])) as Array<{
      id: string;
      code: string;
      name: string;
    }>;
    if (!row) throw new NotFoundError('court');
    return { ...(await courtTesting(this.dataSource.manager, row.id)), code: row.code, name: row.name };
  }

  /** The court's published seed chains and its draws from `from` to `to`, newest first. */
  async list(code: string, from?: CalendarDate, to?: CalendarDate): Promise<PublicDrawListDto> {
    const court = await this.court(code);
    const today = courtDateAt(this.clock.now(), court.timeZone);
    const last = to ?? addCalendarDays(today, 1);
    const first = from ?? addCalendarDays(last, -31);
    if (last < first) throw new ValidationFailedError([{ field: 'to', message: 'must not be before from' }]);
    if (last > addCalendarDays(first, MAX_PUBLIC_DRAW_DAYS - 1)) {
      throw new ValidationFailedError([{ field: 'to', message: `must be within ${MAX_PUBLIC_DRAW_DAYS} days of from` }]);
    }
    const rows = (await this.dataSource.query(
      `SELECT ${DRAW_COLUMNS} FROM draws d LEFT JOIN draw_seed_chains c ON c.id = d.seed_chain_id
        WHERE d.court_id = $1 AND d.court_day BETWEEN $2 AND $3 ORDER BY d.court_day DESC`,
      [court.courtId, first, last],
    )) as DrawRow[];
    const chains = (await this.dataSource.query(
      `SELECT year, length, anchor, published_at FROM draw_seed_chains WHERE court_id = $1 ORDER BY year DESC`,
      [court.courtId],
    )) as Array<{ year: number; length: number; anchor: string; published_at: Date }>;
    return {
      court: court.code,
      courtName: court.name,
      timeZone: court.timeZone,
      chains: chains.map((c): PublicSeedChainDto => ({ year: c.year, length: c.length, anchor: c.anchor, publishedAt: c.published_at.toISOString() })),
      days: rows.map((row) => this.summary(court, row)),
    };
  }

  /** One court day: its commitment and chain position, and once it is over its seed, counts and every entry. */
  async day(code: string, courtDay: CalendarDate): Promise<PublicDrawDayDto> {
    const court = await this.court(code);
    const [row] = (await this.dataSource.query(
      `SELECT ${DRAW_COLUMNS} FROM draws d LEFT JOIN draw_seed_chains c ON c.id = d.seed_chain_id WHERE d.court_id = $1 AND d.court_day = $2`,
      [court.courtId, courtDay],
    )) as DrawRow[];
    if (!row) throw new NotFoundError('draw', `No draw has been made for ${courtDay}.`);
    const summary = this.summary(court, row);
    const chained = row.algorithm === CHAINED_DRAW_ALGORITHM;
    let entries: PublicDrawEntryDto[] | null = null;
    if (chained && summary.revealed) {
      const stored = await storedChainedDraw(this.dataSource.manager, row.id);
      entries = stored.entries.map((e) => ({
        token: e.token,
        testsPerWeek: e.testsPerWeek,
        maxUntestedDays: e.rails.maxUntestedDays,
        maxTestsPer7Days: e.rails.maxTestsPer7Days,
        untestedDays: e.recent?.untestedDays ?? null,
        testsInPrevious6Days: e.recent?.testsInPrevious6Days ?? null,
        rule: e.rule,
        probability: e.probability,
        selected: e.selected,
      }));
    }
    return {
      court: court.code,
      ...summary,
      chain: chained
        ? { year: row.chain_year!, index: row.chain_index!, anchor: row.anchor!, publishedAt: row.chain_published_at!.toISOString() }
        : null,
      entries,
    };
  }

  private summary(court: CourtTesting, row: DrawRow): PublicDrawSummaryDto {
    const revealsAt = testingDay(court, row.court_day).dayEndsAt;
    const revealed = this.clock.now() >= revealsAt;
    return {
      courtDay: row.court_day,
      algorithm: row.algorithm,
      commitment: row.commitment ?? row.seed_commitment,
      seedCommitment: row.seed_commitment,
      committedAt: row.committed_at.toISOString(),
      windowOpensAt: row.window_opens_at.toISOString(),
      revealsAt: revealsAt.toISOString(),
      revealed,
      seed: revealed ? row.seed.toString('hex') : null,
      participantCount: row.participant_count,
      selectedCount: revealed ? row.selected_count : null,
      forced: revealed ? row.forced : null,
      excused: revealed ? row.excused : null,
    };
  }
}
