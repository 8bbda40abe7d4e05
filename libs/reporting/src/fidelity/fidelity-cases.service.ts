import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock } from '@app/core';
import { CourtAccess, requireCourt } from '@app/courts';
import { DataSource } from 'typeorm';
import { FidelityCaseDto, FidelityCasesDto } from '../dto/fidelity.dto';
import { checkMeasurePeriod } from '../measure-period';
import { weekendOrHolidayTarget } from './fidelity-calendar';
import { requireProgramOf } from './fidelity.service';
import {
  HEARD_IN_TIME_ITEMS,
  HEARING_INTERVAL_ITEMS,
  INCENTIVE_RATIO_ITEMS,
  JAIL_SANCTION_ITEMS,
  NOTICE_TO_COLLECTION_ITEMS,
  participantTestingItems,
  TREATMENT_ENTRY_ITEMS,
  TURNAROUND_ITEMS,
} from './fidelity-items.sql';
import type { FidelityComparison, FidelityLineKey, FidelityUnit } from './fidelity-lines';

/** The most cases one answer lists; `total` says how many there are. */
export const MAX_FIDELITY_CASES = 500;

interface CaseSource {
  unit: FidelityUnit;
  comparison: FidelityComparison;
  items: string;
  /** `$5` of the items' SQL, when it has one. */
  extra?: 'now' | 'weekend_share';
  /** Treatment information (42 CFR Part 2): listed only for participants whose consent covers it for the reader. */
  treatment?: string;
}

/** Where each line's cases come from: the same items its figure is computed from. */
const SOURCES: Record<FidelityLineKey, CaseSource> = {
  weekend_holiday_share: { unit: 'share', comparison: 'at_least', items: participantTestingItems('weekend'), extra: 'weekend_share' },
  tests_per_week_plan: { unit: 'tests_per_week', comparison: 'at_least', items: participantTestingItems('plan') },
  tests_per_week_floor: { unit: 'tests_per_week', comparison: 'at_least', items: participantTestingItems('floor') },
  notice_to_collection: { unit: 'hours', comparison: 'at_most', items: NOTICE_TO_COLLECTION_ITEMS },
  lab_turnaround: { unit: 'hours', comparison: 'at_most', items: TURNAROUND_ITEMS },
  heard_in_time: { unit: 'share', comparison: 'at_least', items: HEARD_IN_TIME_ITEMS, extra: 'now' },
  jail_days_per_sanction: { unit: 'days', comparison: 'at_most', items: JAIL_SANCTION_ITEMS },
  hearing_intervals: { unit: 'days', comparison: 'at_most', items: HEARING_INTERVAL_ITEMS },
  incentive_sanction_ratio: { unit: 'ratio', comparison: 'at_least', items: INCENTIVE_RATIO_ITEMS },
  treatment_entry: { unit: 'days', comparison: 'at_most', items: TREATMENT_ENTRY_ITEMS, extra: 'now', treatment: 'treatment_attendance' },
};

interface CaseRow {
  participant_id: string;
  court_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  program_code: string | null;
  phase_position: number | null;
  on_day: string;
  value: number | null;
  target: number | null;
  total: string;
}

/**
 * The cases behind a dashboard line: the participants whose test, violation,
 * sanction or hearing interval misses the line's target, oldest first.
 * Participant data, so read like the caseload: the court's measures and its
 * participants both readable by the caller, the rows limited by the access
 * layer's scope, and the read audited naming each participant listed.
 */
@Injectable()
export class FidelityCasesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, courtId: string, key: FidelityLineKey, from: string, to: string, programId?: string): Promise<FidelityCasesDto> {
    CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    CourtAccess.holding(principal, courtId, Permission.ParticipantRead);
    checkMeasurePeriod(from, to);
    await requireCourt(this.dataSource.manager, courtId);
    if (programId) await requireProgramOf(this.dataSource, courtId, programId);
    const source = SOURCES[key];
    const params: unknown[] = [[courtId], from, to, programId ?? null];
    if (source.extra === 'now') params.push(this.clock.now());
    if (source.extra === 'weekend_share') params.push(await weekendOrHolidayTarget(this.dataSource, [courtId], from, to));
    const scope = this.access.participantScope(principal, Permission.ParticipantRead, params.length + 1, 'p');
    const miss = source.comparison === 'at_least' ? 'i.value < i.target' : 'i.value > i.target';
    let rows = (await this.dataSource.query(
      `WITH ${source.items}
       SELECT i.participant_id, p.court_id, p.participant_number, p.first_name, p.last_name, pr.code AS program_code, i.phase_position,
              to_char(i.on_day, 'YYYY-MM-DD') AS on_day, round(i.value::numeric, 2)::float8 AS value, i.target, count(*) OVER () AS total
         FROM items i JOIN participants p ON p.id = i.participant_id LEFT JOIN programs pr ON pr.id = i.program_id
        WHERE ${miss} AND ${scope.sql}
        ORDER BY i.on_day, p.last_name, p.first_name, p.id
        LIMIT ${MAX_FIDELITY_CASES}`,
      [...params, ...scope.params],
    )) as CaseRow[];
    let total = rows.length > 0 ? Number(rows[0].total) : 0;
    if (source.treatment) {
      // When a participant attended treatment is theirs to disclose: only those whose consent covers it for this reader.
      const covered = await this.access.participantsWithConsent(
        principal,
        rows.map((r) => this.access.grantFor(principal, r.participant_id, r.court_id)),
        source.treatment,
      );
      rows = rows.filter((r) => covered.has(r.participant_id));
      total = rows.length;
    }
    if (rows.length > 0) {
      const seen = new Map(rows.map((r) => [r.participant_id, r.court_id]));
      await this.access.record(
        principal,
        [...seen].map(([id, court]) => this.access.grantFor(principal, id, court)),
        { action: 'measures.fidelity_cases_read', entityType: 'participant', entityIds: [], details: { key, from, to, programId: programId ?? null } },
      );
    }
    return {
      key,
      unit: source.unit,
      from,
      to,
      items: rows.map(
        (r): FidelityCaseDto => ({
          participantId: r.participant_id,
          participantNumber: r.participant_number,
          firstName: r.first_name,
          lastName: r.last_name,
          programCode: r.program_code,
          phasePosition: r.phase_position,
          on: r.on_day,
          value: r.value === null ? null : Number(r.value),
          target: r.target === null ? null : Number(r.target),
        }),
      ),
      total,
    };
  }
}
