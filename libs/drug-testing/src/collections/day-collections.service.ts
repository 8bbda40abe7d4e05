import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, courtDateAt, type CalendarDate } from '@app/core';
import { CourtAccess } from '@app/courts';
import { DataSource } from 'typeorm';
import { courtTesting } from '../draw/court-schedule';
import { Collection } from '../entities/collection.entity';
import { TestingEvent } from '../testing-events';
import { collectionDto, resultsOf, siteNames } from './collection-records';
import { DayCollectionDto, DayCollectionsDto } from './dto/day-collections.dto';

interface Person {
  id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
}

/**
 * A court day's collections with their results: the testing site's list of
 * who came and what is still to be read, so results can be entered,
 * confirmed, contested or admitted from it. Only those who record
 * collections read it (drug_test.record_result in the court); the read is
 * audited naming every participant listed.
 */
@Injectable()
export class DayCollectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async day(principal: Principal, courtId: string, date?: CalendarDate): Promise<DayCollectionsDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.DrugTestRecordResult);
    const manager = this.dataSource.manager;
    const { timeZone } = await courtTesting(manager, courtId);
    const courtDay = date ?? courtDateAt(this.clock.now(), timeZone);
    const collections = await manager.find(Collection, { where: { courtId, courtDay }, order: { collectedAt: 'ASC', createdAt: 'ASC', id: 'ASC' } });
    const ids = collections.map((c) => c.id);
    const results = await resultsOf(manager, ids);
    const names = await siteNames(manager, collections.map((c) => c.testingSiteId));
    const people = collections.length
      ? ((await manager.query(`SELECT id, participant_number, first_name, last_name FROM participants WHERE id = ANY($1::uuid[])`, [
          [...new Set(collections.map((c) => c.participantId))],
        ])) as Person[])
      : [];
    const person = new Map(people.map((p) => [p.id, p]));
    // The violation each collection stands for, as every write on it answers (a dismissed one is none).
    const keys = new Map(ids.map((id) => [TestingEvent.collection(id), id]));
    const violations = ids.length
      ? ((await manager.query(`SELECT id, source_key FROM violations WHERE source_key = ANY($1::text[]) AND status <> 'dismissed'`, [[...keys.keys()]])) as Array<{
          id: string;
          source_key: string;
        }>)
      : [];
    const violationOf = new Map(violations.map((v) => [keys.get(v.source_key)!, v.id]));
    const listed: DayCollectionDto[] = collections.map((c) => {
      const who = person.get(c.participantId)!;
      return {
        ...collectionDto(
          c,
          results.filter((r) => r.collectionId === c.id),
          names.get(c.testingSiteId ?? '') ?? null,
          'staff',
        ),
        violationId: violationOf.get(c.id) ?? null,
        participantNumber: who.participant_number,
        firstName: who.first_name,
        lastName: who.last_name,
      };
    });
    await this.access.record(
      principal,
      [...new Set(collections.map((c) => c.participantId))].map((participantId) => this.access.grantFor(principal, participantId, courtId)),
      {
        action: 'drug_test.day_read',
        entityType: 'drug_test_collection',
        entityIds: ids,
        basis: grant.basis,
        details: { courtDay, collections: ids.length, results: results.length },
      },
    );
    return { courtId, courtDay, collections: listed };
  }
}
