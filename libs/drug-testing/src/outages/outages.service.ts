import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { ForbiddenError, Permission, Principal, roleHas } from '@app/auth';
import { type CalendarDate, Clock, courtDateAt, courtTimeAt, type FieldProblem, NotFoundError, ValidationFailedError } from '@app/core';
import { raiseStaffAlerts } from '@app/notifications';
import { dismissOpenViolations } from '@app/violations';
import { DataSource, EntityManager } from 'typeorm';
import { activeCourtsTesting, courtTesting, type CourtTesting } from '../draw/court-schedule';
import { SystemOutage } from '../entities/system-outage.entity';
import { TestingEvent } from '../testing-events';
import { CreateOutageDto, OutageCourtDayDto, OutageDto, RecordedOutageDto } from './dto/outage.dto';
import { daysWithWindowIn, MAX_OUTAGE_HOURS } from './outage-days';

/** The most outages one list returns (newest first). */
const LIST_LIMIT = 500;

interface OutageScope {
  /** `role:<role>`, for the audit row. */
  basis: string;
}

/** An open violation the outage excuses: a missed call-in, or a missed test of someone who could not call in. */
interface Excused {
  violationId: string;
  participantId: string;
  sourceKey: string;
}

const toDto = (row: SystemOutage): OutageDto => ({
  id: row.id,
  courtId: row.courtId,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt.toISOString(),
  reason: row.reason,
  recordedBy: row.recordedBy,
  createdAt: row.createdAt.toISOString(),
});

/**
 * Who may record (and see) outages of a court: its court administrator, or
 * the system administrator; of every court at once, only the latter. A
 * member whose role cannot gets 403; anyone else 404, as for courts.
 */
export function outageScope(principal: Principal, courtId: string | null): OutageScope {
  if (courtId === null) {
    if (principal.hasSystemWide(Permission.OutageRecord)) return { basis: `role:${principal.systemRole}` };
    throw new ForbiddenError('Only the system administrator may record an outage of every court; name your court instead.');
  }
  const membership = principal.membershipIn(courtId);
  if (membership && roleHas(membership.role, Permission.OutageRecord)) return { basis: `role:${membership.role}` };
  if (principal.hasSystemWide(Permission.OutageRecord)) return { basis: `role:${principal.systemRole}` };
  if (membership) throw new ForbiddenError(`Your role in this court does not allow ${Permission.OutageRecord}.`);
  throw new NotFoundError('court');
}

/** The problems with an outage's period: it is over, it ends after it starts, and it lasts at most 7 days. */
export function outagePeriodProblems(startsAt: Date, endsAt: Date, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (endsAt <= startsAt) problems.push({ field: 'endsAt', message: 'must be after startsAt' });
  else if (endsAt.getTime() - startsAt.getTime() > MAX_OUTAGE_HOURS * 3600_000) problems.push({ field: 'endsAt', message: 'is more than 7 days after startsAt' });
  if (endsAt > now) problems.push({ field: 'endsAt', message: 'is in the future: record an outage once it is over' });
  return problems;
}

/**
 * Periods when the system could not take call-ins. Recording one dismisses,
 * in the same transaction, the violations it makes unfair: every open missed
 * call-in of a court day whose window it overlaps, and the missed tests of
 * participants who had not called in that day (they could not learn they
 * were selected). Violations the court already answered stay as they are.
 */
@Injectable()
export class OutagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async record(principal: Principal, input: CreateOutageDto): Promise<RecordedOutageDto> {
    const scope = outageScope(principal, input.courtId);
    const now = this.clock.now();
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    const problems = outagePeriodProblems(startsAt, endsAt, now);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    return this.dataSource.transaction(async (manager) => {
      const courts = input.courtId ? [await courtTesting(manager, input.courtId)] : await activeCourtsTesting(manager);
      const outage = await manager.save(
        manager.create(SystemOutage, { courtId: input.courtId, startsAt, endsAt, reason: input.reason, recordedBy: principal.userId }),
      );
      const dismissal = `system outage recorded ${outage.id}`;
      const courtDays: OutageCourtDayDto[] = [];
      let dismissed = 0;
      for (const court of courts) {
        const days = daysWithWindowIn(court, startsAt, endsAt);
        if (days.length === 0) continue;
        courtDays.push(...days.map((day) => ({ courtId: court.courtId, courtDay: day.courtDay })));
        const excused = await this.excusedViolations(manager, court, days.map((day) => day.courtDay), days[0].windowOpensAt);
        const ids = new Set(await dismissOpenViolations(manager, { sourceKeys: excused.map((v) => v.sourceKey) }, dismissal, now));
        if (ids.size === 0) continue;
        dismissed += ids.size;
        const participants = [...new Set(excused.filter((v) => ids.has(v.violationId)).map((v) => v.participantId))];
        await this.audit.record(
          principal.auditActor(court.courtId),
          {
            courtId: court.courtId,
            action: 'violation.dismiss',
            entityType: 'violation',
            entityIds: [...ids],
            participantIds: participants,
            basis: scope.basis,
            details: { outageId: outage.id, reason: dismissal },
          },
          manager,
        );
      }
      // The people who run each court hear of it: who charges missed call-ins, and who administers the court.
      await raiseStaffAlerts(
        manager,
        courts.map((court) => ({
          courtId: court.courtId,
          kind: 'outage-recorded' as const,
          eventKey: `outage:${outage.id}`,
          params: {
            startsAt: `${courtDateAt(startsAt, court.timeZone)} ${courtTimeAt(startsAt, court.timeZone)}`,
            endsAt: `${courtDateAt(endsAt, court.timeZone)} ${courtTimeAt(endsAt, court.timeZone)}`,
          },
          link: '/testing-board',
          roles: ['coordinator', 'case_manager', 'court_admin'] as const,
        })),
      );
      await this.audit.record(
        principal.auditActor(input.courtId),
        {
          courtId: input.courtId,
          action: 'outage.record',
          entityType: 'system_outage',
          entityIds: [outage.id],
          basis: scope.basis,
          details: { startsAt: outage.startsAt.toISOString(), endsAt: outage.endsAt.toISOString(), reason: outage.reason, dismissedViolations: dismissed },
        },
        manager,
      );
      return { ...toDto(outage), courtDays, dismissedViolations: dismissed };
    });
  }

  /** Outages of a court (with those of every court), or of every court the caller may record outages for. */
  async list(principal: Principal, courtId: string | undefined): Promise<OutageDto[]> {
    let where: string;
    let params: unknown[];
    if (courtId) {
      outageScope(principal, courtId);
      await courtTesting(this.dataSource.manager, courtId);
      [where, params] = ['court_id = $1 OR court_id IS NULL', [courtId]];
    } else if (principal.hasSystemWide(Permission.OutageRecord)) {
      [where, params] = ['TRUE', []];
    } else {
      const courts = principal.courtsWith(Permission.OutageRecord).map((m) => m.courtId);
      [where, params] = ['court_id = ANY($1::uuid[]) OR court_id IS NULL', [courts]];
    }
    const rows = (await this.dataSource.query(
      `SELECT id, court_id, starts_at, ends_at, reason, recorded_by, created_at FROM system_outages
        WHERE ${where} ORDER BY starts_at DESC, created_at DESC LIMIT ${LIST_LIMIT}`,
      params,
    )) as Array<{ id: string; court_id: string | null; starts_at: Date; ends_at: Date; reason: string; recorded_by: string; created_at: Date }>;
    return rows.map((row) => ({
      id: row.id,
      courtId: row.court_id,
      startsAt: row.starts_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      reason: row.reason,
      recordedBy: row.recorded_by,
      createdAt: row.created_at.toISOString(),
    }));
  }

  /**
   * The open violations of the court the outage excuses on these days. Both
   * kinds are detected after the day's window opened, which bounds the scan.
   */
  private async excusedViolations(manager: EntityManager, court: CourtTesting, days: CalendarDate[], since: Date): Promise<Excused[]> {
    const open = (await manager.query(
      `SELECT id, participant_id, source_key FROM violations
        WHERE court_id = $1 AND status = 'open' AND kind IN ('missed_call_in', 'missed_test') AND detected_at >= $2`,
      [court.courtId, since],
    )) as Array<{ id: string; participant_id: string; source_key: string | null }>;
    const missedCallIns: Excused[] = [];
    const missedTests: Array<Excused & { courtDay: CalendarDate }> = [];
    for (const row of open) {
      for (const day of days) {
        const found = { violationId: row.id, participantId: row.participant_id, sourceKey: row.source_key ?? '' };
        if (row.source_key === TestingEvent.missedCallIn(row.participant_id, day)) missedCallIns.push(found);
        else if (row.source_key === TestingEvent.missedTest(row.participant_id, day)) missedTests.push({ ...found, courtDay: day });
      }
    }
    if (missedTests.length === 0) return missedCallIns;
    // A participant who called in and got a definite answer knew whether to test: their missed test stands.
    const answered = (await manager.query(
      `SELECT participant_id, court_day::text AS court_day FROM call_ins
        WHERE court_id = $1 AND participant_id = ANY($2::uuid[]) AND court_day = ANY($3::date[]) AND told IS NOT NULL`,
      [court.courtId, [...new Set(missedTests.map((v) => v.participantId))], days],
    )) as Array<{ participant_id: string; court_day: string }>;
    const calledIn = new Set(answered.map((row) => `${row.participant_id}|${row.court_day}`));
    return [...missedCallIns, ...missedTests.filter((v) => !calledIn.has(`${v.participantId}|${v.courtDay}`))];
  }
}
