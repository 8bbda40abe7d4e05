import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { type LastContact, lastContactJoin } from './last-contact';

/**
 * "Last contact" for a set of participants, for any screen or rule that
 * needs it (the caseload, the summary strip, a flag for someone possibly
 * absconded). It reads no access scope and writes no audit row: the caller
 * has already checked access to these participants and audits its own read.
 */
@Injectable()
export class LastContactService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Each participant's latest contact; a participant never contacted is absent from the map. */
  async latestFor(participantIds: readonly string[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, LastContact>> {
    const result = new Map<string, LastContact>();
    if (participantIds.length === 0) return result;
    const rows = (await manager.query(
      `SELECT p.id, lc.at, lc.source FROM participants p ${lastContactJoin('p')} WHERE p.id = ANY($1::uuid[]) AND lc.at IS NOT NULL`,
      [[...new Set(participantIds)]],
    )) as Array<{ id: string; at: Date; source: LastContact['source'] }>;
    for (const row of rows) result.set(row.id, { at: new Date(row.at), source: row.source });
    return result;
  }
}
