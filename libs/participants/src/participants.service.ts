import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { DataSource } from 'typeorm';
import { ListParticipantsDto } from './dto/list-participants.dto';
import { ParticipantPageDto, ParticipantSummaryDto } from './dto/participant.dto';

const ORDER = {
  name: 'p.last_name, p.first_name, p.id',
  number: 'p.participant_number, p.id',
  status: 'p.status, p.last_name, p.first_name, p.id',
} as const;

interface ParticipantRow {
  id: string;
  court_id: string;
  participant_number: string;
  first_name: string;
  last_name: string;
  status: string;
  case_manager_id: string | null;
  total: string;
}

const toSummary = (row: ParticipantRow): ParticipantSummaryDto => ({
  id: row.id,
  courtId: row.court_id,
  participantNumber: row.participant_number,
  firstName: row.first_name,
  lastName: row.last_name,
  status: row.status,
  caseManagerId: row.case_manager_id,
});

/**
 * Reading participants, always through the access layer: lists are limited
 * by its SQL scope, single records by its check, and both are audited.
 */
@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(principal: Principal, filter: ListParticipantsDto): Promise<ParticipantPageDto> {
    const page = filter.page ?? 1;
    const pageSize = filter.pageSize ?? 50;
    const scope = this.access.participantScope(principal, Permission.ParticipantRead, 1);
    const params: unknown[] = [...scope.params];
    const where = [scope.sql];
    const add = (sql: (n: number) => string, value: unknown) => {
      params.push(value);
      where.push(sql(params.length));
    };
    if (filter.courtId) add((n) => `p.court_id = $${n}`, filter.courtId);
    if (filter.status) add((n) => `p.status = $${n}`, filter.status);
    if (filter.caseManagerId) add((n) => `p.case_manager_id = $${n}`, filter.caseManagerId);
    params.push(pageSize, (page - 1) * pageSize);
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.court_id, p.participant_number, p.first_name, p.last_name, p.status, p.case_manager_id,
              count(*) OVER () AS total
         FROM participants p
        WHERE ${where.join(' AND ')}
        ORDER BY ${ORDER[filter.sort ?? 'name']}
        LIMIT $${params.length - 1} OFFSET $${params.length}`,
      params,
    )) as ParticipantRow[];
    const items = rows.map(toSummary);
    if (items.length > 0) {
      await this.access.record(
        principal,
        items.map((p) => this.access.grantFor(principal, p.id, p.courtId)),
        { action: 'participant.list', entityType: 'participant', entityIds: [], details: { ...filter } },
      );
    }
    return { items, page, pageSize, total: rows.length > 0 ? Number(rows[0].total) : 0 };
  }

  async get(principal: Principal, id: string): Promise<ParticipantSummaryDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, id);
    const [row] = (await this.dataSource.query(
      `SELECT p.id, p.court_id, p.participant_number, p.first_name, p.last_name, p.status, p.case_manager_id, 1 AS total
         FROM participants p WHERE p.id = $1`,
      [grant.participantId],
    )) as ParticipantRow[];
    await this.access.record(principal, [grant], { action: 'participant.read', entityType: 'participant', entityIds: [id] });
    return toSummary(row);
  }
}
