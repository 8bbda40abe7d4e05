import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, NotFoundError } from '@app/core';
import { DataSource } from 'typeorm';
import { DemographicMigrationIssueDto, DemographicMigrationIssuesDto, MigrationIssueState } from './dto/migration-issue.dto';

interface IssueRow {
  id: string;
  participant_id: string;
  court_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  field: DemographicMigrationIssueDto['field'];
  original_value: string;
  created_at: Date;
  resolved_at: Date | null;
}

const STATE_SQL: Record<MigrationIssueState, string> = {
  open: 'i.resolved_at IS NULL',
  resolved: 'i.resolved_at IS NOT NULL',
  all: 'TRUE',
};

/**
 * The court's report of the free-text demographics the migration to codes
 * could not map. Each row names a participant and shows what they had
 * written, so it is a read of their record: limited to the participants the
 * reader may reach, and audited. An issue closes when the participant's
 * demographics are corrected (ReferralsService), or here by hand.
 */
@Injectable()
export class MigrationIssuesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, courtId: string, state: MigrationIssueState): Promise<DemographicMigrationIssuesDto> {
    this.assertReviewer(principal, courtId);
    const rows = await this.rows(principal, courtId, { state });
    if (rows.length > 0) {
      const grants = [...new Map(rows.map((r) => [r.participant_id, this.access.grantFor(principal, r.participant_id, r.court_id)])).values()];
      await this.access.record(principal, grants, { action: 'participant.read', entityType: 'demographic_migration_issue', entityIds: rows.map((r) => r.id) });
    }
    return { items: rows.map(toDto) };
  }

  /** Closes the issue by hand (the answer was checked with the participant, or cannot be had); repeating it changes nothing. */
  async resolve(principal: Principal, courtId: string, issueId: string): Promise<DemographicMigrationIssueDto> {
    this.assertReviewer(principal, courtId);
    return this.dataSource.transaction(async (manager) => {
      const [row] = await this.rows(principal, courtId, { state: 'all', issueId }, manager);
      if (!row) throw new NotFoundError('demographic migration issue');
      // Only the request that closes it is recorded: a retry, or a second reader at the same moment, finds it closed.
      // TypeORM answers an UPDATE with [returned rows, count].
      const [[closed]] = (await manager.query(
        `UPDATE demographic_migration_issues SET resolved_at = $2, resolved_by = $3 WHERE id = $1 AND resolved_at IS NULL RETURNING resolved_at`,
        [issueId, this.clock.now(), principal.userId],
      )) as [Array<{ resolved_at: Date }>, number];
      if (closed) {
        row.resolved_at = closed.resolved_at;
        await this.access.record(
          principal,
          [this.access.grantFor(principal, row.participant_id, row.court_id)],
          { action: 'demographics.issue_resolve', entityType: 'demographic_migration_issue', entityIds: [issueId] },
          manager,
        );
      }
      return toDto(row);
    });
  }

  /** A court the reader does not review demographics in does not exist for them. */
  private assertReviewer(principal: Principal, courtId: string): void {
    if (!principal.courtsWith(Permission.DemographicsReview).some((m) => m.courtId === courtId)) throw new NotFoundError('court');
  }

  /** The court's issues (one, with `issueId`) of participants the reader may reach. */
  private async rows(
    principal: Principal,
    courtId: string,
    filter: { state: MigrationIssueState; issueId?: string },
    manager = this.dataSource.manager,
  ): Promise<IssueRow[]> {
    const scope = this.access.participantScope(principal, Permission.ParticipantRead, 3);
    return (await manager.query(
      `SELECT i.id, i.participant_id, i.court_id, p.participant_number, p.first_name, p.last_name, i.field, i.original_value, i.created_at, i.resolved_at
         FROM demographic_migration_issues i JOIN participants p ON p.id = i.participant_id
        WHERE i.court_id = $1 AND ($2::uuid IS NULL OR i.id = $2::uuid) AND ${STATE_SQL[filter.state]} AND ${scope.sql}
        ORDER BY p.last_name, p.first_name, p.id, i.field`,
      [courtId, filter.issueId ?? null, ...scope.params],
    )) as IssueRow[];
  }
}

function toDto(row: IssueRow): DemographicMigrationIssueDto {
  return {
    id: row.id,
    participantId: row.participant_id,
    participantNumber: row.participant_number,
    firstName: row.first_name,
    lastName: row.last_name,
    field: row.field,
    originalValue: row.original_value,
    createdAt: new Date(row.created_at).toISOString(),
    resolvedAt: row.resolved_at ? new Date(row.resolved_at).toISOString() : null,
  };
}
