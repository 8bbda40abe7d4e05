import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal, ScopeFilter } from '@app/auth';
import { DataSource } from 'typeorm';
import { ListParticipantsDto } from './dto/list-participants.dto';
import { ParticipantPageDto, ParticipantSummaryDto } from './dto/participant.dto';
import { ReadinessService } from './readiness.service';

const NAME = 'p.last_name, p.first_name, p.id';
const ORDER = {
  name: NAME,
  number: 'p.participant_number NULLS LAST, p.id',
  status: `p.status, ${NAME}`,
  phase: `ph.position NULLS LAST, ${NAME}`,
  phaseStartedOn: `p.phase_started_on NULLS LAST, ${NAME}`,
  enrolledOn: `p.enrolled_on DESC NULLS LAST, ${NAME}`,
} as const;

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
 * The caseload query: one statement, limited by the access scope, filtered,
 * sorted, and paged when `page` is given. Exported so the benchmark issues
 * exactly this SQL through the plain driver.
 */
export function caseloadQuery(scope: ScopeFilter, filter: ListParticipantsDto, page?: { page: number; pageSize: number }): { sql: string; params: unknown[] } {
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
  let sql = `SELECT ${SUMMARY_COLUMNS}, count(*) OVER () AS total FROM ${SUMMARY_FROM} WHERE ${where.join(' AND ')} ORDER BY ${ORDER[filter.sort ?? 'name']}`;
  if (page) {
    params.push(page.pageSize, (page.page - 1) * page.pageSize);
    sql += ` LIMIT $${params.length - 1} OFFSET $${params.length}`;
  }
  return { sql, params };
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
  ) {}

  async list(principal: Principal, filter: ListParticipantsDto): Promise<ParticipantPageDto> {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 50;
    const scope = this.access.participantScope(principal, Permission.ParticipantRead, 1);
    let items: ParticipantSummaryDto[];
    let total: number;
    if (filter.readyToAdvance === undefined) {
      const query = caseloadQuery(scope, filter, { page, pageSize });
      const rows = (await this.dataSource.query(query.sql, query.params)) as SummaryRow[];
      items = rows.map(toSummary);
      total = rows.length > 0 ? Number(rows[0].total) : 0;
    } else {
      const query = caseloadQuery(scope, filter);
      const matching = ((await this.dataSource.query(query.sql, query.params)) as SummaryRow[]).filter((row) => row.phase_id !== null);
      const standings = await this.readiness.standings(
        principal,
        matching.map((row) => this.access.grantFor(principal, row.id, row.court_id)),
      );
      const kept = matching.filter((row) => (standings.get(row.id)?.readiness.ready ?? false) === filter.readyToAdvance);
      items = kept.slice((page - 1) * pageSize, page * pageSize).map(toSummary);
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

