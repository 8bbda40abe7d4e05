import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal, ScopeFilter } from '@app/auth';
import { Clock } from '@app/core';
import { DataSource } from 'typeorm';
import { ATTENTION_RANK_SQL, attentionReasons, missedCallInsSql } from './caseload-attention';
import { lastContactJoin } from './contacts/last-contact';
import type { LastContactSource } from './contacts/dto/contact.dto';
import { ListParticipantsDto, PARTICIPANT_SORTS } from './dto/list-participants.dto';
import { CaseloadEntryDto, ParticipantPageDto, ParticipantSummaryDto } from './dto/participant.dto';
import { soberStreak } from './phase-readiness';
import { ReadinessService } from './readiness.service';

const NAME = 'p.last_name, p.first_name, p.id';
const ORDER = {
  name: NAME,
  number: 'p.participant_number NULLS LAST, p.id',
  status: `p.status, ${NAME}`,
  phase: `ph.position NULLS LAST, ${NAME}`,
  phaseStartedOn: `p.phase_started_on NULLS LAST, ${NAME}`,
  enrolledOn: `p.enrolled_on DESC NULLS LAST, ${NAME}`,
} as const satisfies Record<Exclude<(typeof PARTICIPANT_SORTS)[number], 'attention'>, string>;

/**
 * The same orders over the page's own columns (alias `page`), for the outer
 * query that adds the glance: the page keeps its order without a window
 * function, which would sort every match instead of keeping the top rows.
 */
const PAGE_NAME = 'page.last_name, page.first_name, page.id';
const PAGE_ORDER = {
  name: PAGE_NAME,
  number: 'page.participant_number NULLS LAST, page.id',
  status: `page.status, ${PAGE_NAME}`,
  phase: `page.phase_position NULLS LAST, ${PAGE_NAME}`,
  phaseStartedOn: `page.phase_started_on NULLS LAST, ${PAGE_NAME}`,
  enrolledOn: `page.enrolled_on DESC NULLS LAST, ${PAGE_NAME}`,
  attention: `page.attention_rank, ${PAGE_NAME}`,
} as const satisfies Record<(typeof PARTICIPANT_SORTS)[number], string>;

export interface SummaryRow {
  id: string;
  court_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  status: string;
  case_manager_id: string | null;
  case_manager_name: string | null;
  program_id: string | null;
  program_code: string | null;
  phase_id: string | null;
  phase_position: number | null;
  phase_name: string | null;
  phase_started_on: string | null;
  total: string;
}

/** The columns of a participant summary, over participants `p`, programs `pr`, phases `ph`, the case manager `cm`. */
export const SUMMARY_COLUMNS = `p.id, p.court_id, p.participant_number, p.first_name, p.last_name, p.status, p.case_manager_id,
       cm.display_name AS case_manager_name, p.program_id, pr.code AS program_code, p.phase_id, ph.position AS phase_position, ph.name AS phase_name,
       p.phase_started_on::text AS phase_started_on`;

export const SUMMARY_FROM = `participants p
  LEFT JOIN programs pr ON pr.id = p.program_id
  LEFT JOIN phases ph ON ph.id = p.phase_id
  LEFT JOIN users cm ON cm.id = p.case_manager_id`;

export const toSummary = (row: SummaryRow): ParticipantSummaryDto => ({
  id: row.id,
  courtId: row.court_id,
  participantNumber: row.participant_number,
  firstName: row.first_name,
  lastName: row.last_name,
  status: row.status,
  caseManagerId: row.case_manager_id,
  caseManagerName: row.case_manager_name,
  programId: row.program_id,
  programCode: row.program_code,
  phase: row.phase_id ? { id: row.phase_id, position: row.phase_position!, name: row.phase_name! } : null,
  phaseStartedOn: row.phase_started_on,
});

/** `%` and `_` typed by a user are letters, not patterns. */
const likePrefix = (text: string) => `${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * SQL: whether a participant (alias given) is in the program with no PIN
 * issued yet (imported): the draw leaves them out, as they could not call in,
 * so the caseload and their page say they are not tested, not silently skip them.
 */
export const NO_PIN_SQL = (alias: string) => `(${alias}.status IN ('active', 'in_custody', 'warrant', 'medical_leave')
         AND EXISTS (SELECT 1 FROM participants np JOIN users nu ON nu.id = np.user_id WHERE np.id = ${alias}.id AND nu.secret_hash IS NULL))`;

/** The facts of a caseload row beyond the summary (see `caseloadQuery`'s `glance`). */
export interface GlanceRow extends SummaryRow {
  today: string;
  enrolled_on: string | null;
  last_use_on: string | null;
  last_test_on: string | null;
  last_test_outcome: string | null;
  open_violations: string;
  overdue_violations: string;
  next_deadline_at: Date | null;
  missed_call_ins: string;
  next_hearing_at: Date | null;
  last_contact_at: Date | null;
  last_contact_source: LastContactSource | null;
  no_pin: boolean;
}

/**
 * What a case manager acts on, for the rows of one page (alias `page`, its
 * court `ct`, `d.today` the court's date): the last use (for clean days, by
 * readiness's rule), the last test day and its worst standing result, open
 * violations with the nearest deadline and how many are overdue, missed
 * call-ins of the last 7 days, the next hearing, the last contact. Each is
 * one or two index probes per row, computed only for the rows of the page.
 */
const glanceColumns = (now: string) => `d.today::text AS today,
       (SELECT max(u.on_day)::text FROM (
          SELECT max(t.tested_on) AS on_day FROM drug_test_results t
           WHERE t.participant_id = page.id AND NOT t.overturned AND t.outcome NOT IN ('negative', 'invalid') AND t.tested_on <= d.today
          UNION ALL
          SELECT max(a.used_on) FROM substance_use_admissions a WHERE a.participant_id = page.id AND a.used_on <= d.today) u) AS last_use_on,
       lt.tested_on::text AS last_test_on, lt.outcome AS last_test_outcome,
       v.open_violations, v.overdue_violations, v.next_deadline_at,
       ${missedCallInsSql('page.id', now)} AS missed_call_ins,
       (SELECT min(h.scheduled_at) FROM hearings h WHERE h.participant_id = page.id AND h.status = 'scheduled' AND h.scheduled_at >= ${now}::timestamptz) AS next_hearing_at,
       lc.at AS last_contact_at, lc.source AS last_contact_source,
       ${NO_PIN_SQL('page')} AS no_pin`;

const glanceJoins = (now: string) => `JOIN courts ct ON ct.id = page.court_id
  CROSS JOIN LATERAL (SELECT (${now}::timestamptz AT TIME ZONE ct.time_zone)::date AS today) d
  LEFT JOIN LATERAL (
    -- The latest test day, and its worst result still standing (an overturned screen is not).
    SELECT t.tested_on, (array_agg(t.outcome ORDER BY CASE t.outcome WHEN 'negative' THEN 0 WHEN 'invalid' THEN 1 ELSE 2 END DESC))[1] AS outcome
      FROM drug_test_results t
     WHERE t.participant_id = page.id AND NOT t.overturned AND t.tested_on <= d.today
     GROUP BY t.tested_on ORDER BY t.tested_on DESC LIMIT 1) lt ON true
  LEFT JOIN LATERAL (
    SELECT count(*) AS open_violations, count(*) FILTER (WHERE o.deadline_at < ${now}::timestamptz) AS overdue_violations, min(o.deadline_at) AS next_deadline_at
      FROM violations o WHERE o.participant_id = page.id AND o.status = 'open') v ON true
  ${lastContactJoin('page')}`;

/**
 * The caseload query: one statement, limited by the access scope, filtered,
 * sorted, and paged when `page` is given; with `glance` (the default) each
 * row of the page also carries what a case manager acts on (GlanceRow).
 * Exported so the benchmark issues exactly this SQL through the plain driver.
 */
export function caseloadQuery(
  scope: ScopeFilter,
  filter: ListParticipantsDto,
  page?: { page: number; pageSize: number },
  options: { now?: Date; glance?: boolean } = {},
): { sql: string; params: unknown[] } {
  const params: unknown[] = [...scope.params];
  const where = [scope.sql];
  const add = (sql: (n: number) => string, value: unknown) => {
    params.push(value);
    where.push(sql(params.length));
  };
  if (filter.courtId) add((n) => `p.court_id = $${n}`, filter.courtId);
  if (filter.programId) add((n) => `p.program_id = $${n}`, filter.programId);
  if (filter.status) add((n) => `p.status = ANY($${n}::text[])`, filter.status);
  if (filter.phaseId) add((n) => `p.phase_id = $${n}`, filter.phaseId);
  if (filter.phase) add((n) => `ph.position = $${n}`, filter.phase);
  if (filter.caseManagerId) add((n) => `p.case_manager_id = $${n}`, filter.caseManagerId);
  if (filter.q) {
    add((n) => `(p.last_name ILIKE $${n} OR p.first_name ILIKE $${n} OR p.participant_number ILIKE $${n})`, likePrefix(filter.q.trim()));
  }
  if (filter.hasOpenViolation !== undefined) {
    where.push(`${filter.hasOpenViolation ? '' : 'NOT '}EXISTS (SELECT 1 FROM violations v WHERE v.participant_id = p.id AND v.status = 'open')`);
  }
  const glance = options.glance ?? true;
  let now = '';
  if (glance || filter.sort === 'attention') {
    params.push(options.now ?? new Date());
    now = `$${params.length}`;
  }
  const attention = filter.sort === 'attention';
  const order = filter.sort === 'attention' ? `attention_rank, ${NAME}` : ORDER[filter.sort ?? 'name'];
  let sql = `SELECT ${SUMMARY_COLUMNS}, p.enrolled_on::text AS enrolled_on, count(*) OVER () AS total${attention ? `, ${ATTENTION_RANK_SQL(now)} AS attention_rank` : ''}
    FROM ${SUMMARY_FROM} WHERE ${where.join(' AND ')} ORDER BY ${order}`;
  if (page) {
    params.push(page.pageSize, (page.page - 1) * page.pageSize);
    sql += ` LIMIT $${params.length - 1} OFFSET $${params.length}`;
  }
  if (glance) sql = `WITH page AS (${sql}) SELECT page.*, ${glanceColumns(now)} FROM page ${glanceJoins(now)} ORDER BY ${PAGE_ORDER[filter.sort ?? 'name']}`;
  return { sql, params };
}

const count = (value: string | number | null) => Number(value ?? 0);

/** A caseload row: the summary, and what the case manager acts on. */
export function toCaseloadEntry(row: GlanceRow): CaseloadEntryDto {
  const openViolations = count(row.open_violations);
  const overdueViolations = count(row.overdue_violations);
  const missedCallIns = count(row.missed_call_ins);
  const lastContact = row.last_contact_at && row.last_contact_source ? { at: new Date(row.last_contact_at).toISOString(), source: row.last_contact_source } : null;
  return {
    ...toSummary(row),
    glance: {
      enrolledOn: row.enrolled_on,
      cleanDays: row.enrolled_on && row.enrolled_on <= row.today ? soberStreak(row.enrolled_on, row.last_use_on, row.today).continuousSoberDays : null,
      lastTest: row.last_test_on && row.last_test_outcome ? { on: row.last_test_on, outcome: row.last_test_outcome } : null,
      openViolations,
      overdueViolations,
      nextDeadlineAt: row.next_deadline_at ? new Date(row.next_deadline_at).toISOString() : null,
      missedCallIns7Days: missedCallIns,
      nextHearingAt: row.next_hearing_at ? new Date(row.next_hearing_at).toISOString() : null,
      lastContact,
      noPinYet: row.no_pin,
      attention: attentionReasons({ status: row.status, openViolations, overdueViolations, missedCallIns }),
    },
  };
}

/**
 * The caseload: participants the caller may see, filtered, sorted and
 * paginated in one query limited by the access layer's SQL scope, and audited.
 * "Ready to advance" is the readiness rule itself applied to every match, so
 * the list and the participant's page can never disagree.
 */
@Injectable()
export class CaseloadService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly readiness: ReadinessService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, filter: ListParticipantsDto): Promise<ParticipantPageDto> {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 50;
    const scope = this.access.participantScope(principal, Permission.ParticipantRead, 1);
    const now = this.clock.now();
    let items: CaseloadEntryDto[];
    let total: number;
    if (filter.readyToAdvance === undefined) {
      const query = caseloadQuery(scope, filter, { page, pageSize }, { now });
      const rows = (await this.dataSource.query(query.sql, query.params)) as GlanceRow[];
      items = rows.map(toCaseloadEntry);
      total = rows.length > 0 ? Number(rows[0].total) : 0;
    } else {
      const query = caseloadQuery(scope, filter, undefined, { now });
      const matching = ((await this.dataSource.query(query.sql, query.params)) as GlanceRow[]).filter((row) => row.phase_id !== null);
      const standings = await this.readiness.standings(
        principal,
        matching.map((row) => this.access.grantFor(principal, row.id, row.court_id)),
      );
      const kept = matching.filter((row) => (standings.get(row.id)?.readiness.ready ?? false) === filter.readyToAdvance);
      items = kept.slice((page - 1) * pageSize, page * pageSize).map(toCaseloadEntry);
      total = kept.length;
    }
    if (items.length > 0) {
      await this.access.record(
        principal,
        items.map((p) => this.access.grantFor(principal, p.id, p.courtId)),
        { action: 'participant.list', entityType: 'participant', entityIds: [], details: { ...filter } },
      );
    }
    return { items, page, pageSize, total };
  }
}
