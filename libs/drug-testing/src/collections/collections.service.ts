import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, type CalendarDate, ConflictError, courtDateAt, type FieldProblem, isUniqueViolation, returnedRows, ValidationFailedError } from '@app/core';
import { assertEnrolled, enrolmentFacts, recordDateProblems } from '@app/participants';
import { DataSource, EntityManager } from 'typeorm';
import { Collection, type CollectionBasis, type SpecimenType } from '../entities/collection.entity';
import type { TestMethod } from '../entities/drug-test-result.entity';
import { grantForRecord, insertResults, requireCollection, resultsOf, staffView } from './collection-records';
import { settleCollectionViolation } from './collection-violation';
import { recordCollected } from '../custody/custody-records';
import { RecordedCollectionDto } from './dto/collection.dto';
import { checkResults, type ResultInput } from './result-rules';

export interface NewCollection {
  collectedAt?: string;
  testingSiteId?: string;
  observed: boolean;
  specimenType: SpecimenType;
  notes?: string;
  lab?: string;
  accessionNumber?: string;
  results?: ResultInput[];
}

/**
 * Specimens and their results as testing sites and case staff record them.
 * Every write runs in one transaction with its audit row and the
 * re-evaluation of the collection's violation, so a result and the violation
 * it implies are committed together.
 */
@Injectable()
export class CollectionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** A collection, with the screen results read at it; its basis comes from the day's draw and overrides. */
  async record(principal: Principal, participantId: string, input: NewCollection): Promise<RecordedCollectionDto> {
    const grant = await this.access.participant(principal, Permission.DrugTestRecordResult, participantId);
    const now = this.clock.now();
    const collectedAt = input.collectedAt === undefined ? now : new Date(input.collectedAt);
    return this.dataSource.transaction(async (manager) => {
      const facts = await enrolmentFacts(manager, participantId, now, { lock: true });
      assertEnrolled(facts);
      const courtDay = courtDateAt(collectedAt, facts.timeZone);
      const problems: FieldProblem[] =
        collectedAt > now
          ? [{ field: 'collectedAt', message: 'is in the future' }]
          : recordDateProblems(facts, [{ field: 'collectedAt', date: courtDay, notBeforeEnrolment: true }]);
      if (input.testingSiteId !== undefined && !(await isActiveSite(manager, input.testingSiteId, grant.courtId))) {
        problems.push({ field: 'testingSiteId', message: "must be an active testing site of the participant's court" });
      }
      if (input.accessionNumber !== undefined && input.lab === undefined) problems.push({ field: 'lab', message: 'is required with an accession number: it is unique per laboratory' });
      const checked = checkResults('screen', input.results ?? [], []);
      problems.push(...checked.problems);
      if (problems.length > 0) throw new ValidationFailedError(problems);

      const collection = await saveCollection(
        manager,
        manager.create(Collection, {
          courtId: grant.courtId,
          participantId,
          courtDay,
          collectedAt,
          testingSiteId: input.testingSiteId ?? null,
          observed: input.observed,
          specimenType: input.specimenType,
          basis: await collectionBasis(manager, grant.courtId, participantId, courtDay),
          notes: input.notes || null,
          lab: input.lab ?? null,
          accessionNumber: input.accessionNumber ?? null,
          collectedBy: principal.userId,
        }),
      );
      // The chain of custody starts at the collection, with the collector.
      await recordCollected(manager, collection, principal.userId);
      const results = await insertResults(manager, collection, 'screen', checked.resolved, principal.userId);
      const violationId = await settleCollectionViolation(manager, collection, now);
      await this.access.record(
        principal,
        [grant],
        {
          action: 'drug_test.collection_write',
          entityType: 'drug_test_collection',
          entityIds: [collection.id, ...results.map((r) => r.id)],
          details: { basis: collection.basis, resultCount: results.length, violationId },
        },
        manager,
      );
      return { ...(await staffView(manager, collection.id)), violationId };
    });
  }

  /** Screen or confirmation results on a collection; a confirmation settles its screen (and overturns it when it disagrees). */
  async addResults(principal: Principal, collectionId: string, method: TestMethod, items: readonly ResultInput[]): Promise<RecordedCollectionDto> {
    const found = await requireCollection(this.dataSource.manager, collectionId);
    const grant = await grantForRecord(this.access, principal, found.participantId, 'collection');
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const collection = await requireCollection(manager, collectionId, true);
      assertEnrolled(await enrolmentFacts(manager, collection.participantId, now));
      const checked = checkResults(method, items, await resultsOf(manager, [collection.id]));
      if (checked.problems.length > 0) throw new ValidationFailedError(checked.problems);
      const results = await insertResults(manager, collection, method, checked.resolved, principal.userId);
      const violationId = await settleCollectionViolation(manager, collection, now);
      await this.access.record(
        principal,
        [grant],
        {
          action: 'drug_test.result_write',
          entityType: 'drug_test_result',
          entityIds: results.map((r) => r.id),
          details: { collectionId: collection.id, method, supersedes: results.flatMap((r) => (r.supersedesId ? [r.supersedesId] : [])), violationId },
        },
        manager,
      );
      return { ...(await staffView(manager, collection.id)), violationId };
    });
  }

  /** Releases the collection's unreleased results to the participant; releasing again changes nothing. */
  async release(principal: Principal, collectionId: string): Promise<RecordedCollectionDto> {
    const found = await requireCollection(this.dataSource.manager, collectionId);
    const grant = await grantForRecord(this.access, principal, found.participantId, 'collection');
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const collection = await requireCollection(manager, collectionId, true);
      assertEnrolled(await enrolmentFacts(manager, collection.participantId, now));
      const released = returnedRows<{ id: string }>(
        await manager.query(`UPDATE drug_test_results SET released_at = $2 WHERE collection_id = $1 AND released_at IS NULL RETURNING id`, [collection.id, now]),
      );
      const releasedIds = released.map((row) => row.id);
      const violationId = await settleCollectionViolation(manager, collection, now);
      await this.access.record(
        principal,
        [grant],
        { action: 'drug_test.result_release', entityType: 'drug_test_result', entityIds: releasedIds, details: { collectionId: collection.id } },
        manager,
      );
      return { ...(await staffView(manager, collection.id)), violationId };
    });
  }
}

/** Saves a new collection; 409 `accession-number-taken` when the lab already has the accession number. */
async function saveCollection(manager: EntityManager, collection: Collection): Promise<Collection> {
  try {
    return await manager.save(collection);
  } catch (error) {
    if (isUniqueViolation(error, 'drug_test_collections_accession_key')) {
      throw new ConflictError('accession-number-taken', 'Accession number in use', `${collection.lab} already has a specimen with accession number ${collection.accessionNumber}.`, {
        field: 'accessionNumber',
      });
    }
    throw error;
  }
}

async function isActiveSite(manager: EntityManager, siteId: string, courtId: string): Promise<boolean> {
  const rows = (await manager.query(`SELECT 1 FROM testing_sites WHERE id = $1 AND court_id = $2 AND active`, [siteId, courtId])) as unknown[];
  return rows.length > 0;
}

/**
 * Why the specimen was taken: `forced` when staff forced a test that day (an
 * override not withdrawn), `random` when the day's draw selected the
 * participant and staff did not excuse them, else `for_cause`.
 */
export async function collectionBasis(manager: EntityManager, courtId: string, participantId: string, courtDay: CalendarDate): Promise<CollectionBasis> {
  const [row] = (await manager.query(
    `SELECT o.action,
            EXISTS (SELECT 1 FROM draws d JOIN draw_entries e ON e.draw_id = d.id
                     WHERE d.court_id = $1 AND d.court_day = $3 AND e.participant_id = $2 AND e.selected) AS selected
       FROM (SELECT 1) one
       LEFT JOIN draw_overrides o ON o.court_id = $1 AND o.participant_id = $2 AND o.court_day = $3 AND o.withdrawn_at IS NULL`,
    [courtId, participantId, courtDay],
  )) as Array<{ action: 'force' | 'excuse' | null; selected: boolean }>;
  if (row.action === 'force') return 'forced';
  return row.selected && row.action !== 'excuse' ? 'random' : 'for_cause';
}
