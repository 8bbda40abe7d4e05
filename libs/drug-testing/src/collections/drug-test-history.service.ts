import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { DataSource, IsNull, Not } from 'typeorm';
import { Collection } from '../entities/collection.entity';
import { DrugTestResult } from '../entities/drug-test-result.entity';
import { type Audience, collectionDto, resultDto, resultsOf, siteNames } from './collection-records';
import { DrugTestHistoryDto } from './dto/collection.dto';

/**
 * A participant's drug tests: collections with their results, and missed
 * tests. Staff see everything; a participant sees only released results
 * (and the collections that have one), never staff notes. Every read is audited.
 */
@Injectable()
export class DrugTestHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async history(principal: Principal, participantId: string): Promise<DrugTestHistoryDto> {
    const grant = await this.access.participant(principal, Permission.DrugTestRead, participantId);
    const audience: Audience = principal.kind === 'participant' ? 'participant' : 'staff';
    const manager = this.dataSource.manager;
    const collections = await manager.find(Collection, { where: { participantId }, order: { collectedAt: 'DESC', createdAt: 'DESC', id: 'ASC' } });
    const results = await resultsOf(manager, collections.map((c) => c.id));
    const missed = await manager.find(DrugTestResult, {
      where: { participantId, collectionId: IsNull(), ...(audience === 'participant' ? { releasedAt: Not(IsNull()) } : {}) },
      order: { testedOn: 'DESC', createdAt: 'DESC' },
    });
    const names = await siteNames(manager, collections.map((c) => c.testingSiteId));
    const byCollection = new Map<string, DrugTestResult[]>();
    for (const result of results) byCollection.set(result.collectionId!, [...(byCollection.get(result.collectionId!) ?? []), result]);
    const shown = collections
      .map((c) => collectionDto(c, byCollection.get(c.id) ?? [], names.get(c.testingSiteId ?? '') ?? null, audience))
      .filter((c) => audience === 'staff' || c.results.length > 0);
    const missedTests = missed.map((r) => resultDto(r, audience));
    await this.access.record(principal, [grant], {
      action: 'drug_test.read',
      entityType: 'drug_test_result',
      entityIds: [...shown.flatMap((c) => c.results.map((r) => r.id)), ...missedTests.map((r) => r.id)],
      details: { collections: shown.length, missedTests: missedTests.length },
    });
    return { participantId, collections: shown, missedTests };
  }
}
