import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { CourtAccess } from '@app/courts';
import { DataSource } from 'typeorm';
import { caseloadQuery, SummaryRow, toSummary } from './caseload.service';
import { ReadinessBoardDto, ReadinessBoardQueryDto, ReadinessBoardRowDto } from './dto/readiness-board.dto';
import { toReadiness } from './participants.service';
import { ReadinessService } from './readiness.service';

/**
 * The court's readiness board for the staffing meeting: every participant in
 * the program (default: active) with their phase readiness, ready first. The
 * participants are those the caseload shows the caller in this court (the
 * same scoped query), their readiness the same rule the participant's page
 * uses (standings, one query for all), and the read is audited as the caseload's.
 */
@Injectable()
export class ReadinessBoardService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly readiness: ReadinessService,
  ) {}

  async board(principal: Principal, courtId: string, filter: ReadinessBoardQueryDto): Promise<ReadinessBoardDto> {
    // A court the caller does not belong to is not found; a role without participant.read there is refused.
    CourtAccess.holding(principal, courtId, Permission.ParticipantRead);
    const scope = this.access.participantScope(principal, Permission.ParticipantRead, 1);
    const query = caseloadQuery(scope, {
      courtId,
      programId: filter.programId,
      phase: filter.phase,
      caseManagerId: filter.caseManagerId,
      status: filter.status ?? ['active'],
    }, undefined, { glance: false });
    const rows = ((await this.dataSource.query(query.sql, query.params)) as SummaryRow[]).filter((row) => row.phase_id !== null);
    const grants = rows.map((row) => this.access.grantFor(principal, row.id, row.court_id));
    const standings = await this.readiness.standings(principal, grants);
    const items: ReadinessBoardRowDto[] = [];
    for (const row of rows) {
      const standing = standings.get(row.id);
      if (!standing) continue;
      const readiness = toReadiness(standing);
      items.push({ ...toSummary(row), readiness, unmet: readiness.requirements.filter((r) => r.met !== true).length });
    }
    // Ready first, then the fewest requirements left; rows keep the caseload's name order within.
    items.sort((a, b) => Number(b.readiness.ready) - Number(a.readiness.ready) || a.unmet - b.unmet);
    if (items.length > 0) {
      await this.access.record(
        principal,
        grants.filter((g) => standings.has(g.participantId)),
        { action: 'participant.readiness_list', entityType: 'participant', entityIds: [], details: { ...filter, courtId } },
      );
    }
    return { courtId, items };
  }
}
