import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { isUuid, NotFoundError } from '@app/core';
import { EntityManager, In } from 'typeorm';
import { Collection } from '../entities/collection.entity';
import { DrugTestResult, type TestMethod } from '../entities/drug-test-result.entity';
import { TestingSite } from '../entities/testing-site.entity';
import { CollectionDto, DrugTestResultDto } from './dto/collection.dto';
import { belowCutoff, programCutoffs } from '../panels/cutoffs';
import { prescribedPanels } from '../prescriptions/prescribed-panels';
import type { ResolvedResult } from './result-rules';

/** Who a view is for: staff see everything; a participant their released results and no staff notes. */
export type Audience = 'staff' | 'participant';

/**
 * The participant grant behind a write on a collection or a result. A record
 * out of reach is "not found" under its own name, so a collection id never
 * reveals that a participant exists.
 */
export async function grantForRecord(
  access: AccessService,
  principal: Principal,
  participantId: string,
  what: string,
  permission = Permission.DrugTestRecordResult,
): Promise<ParticipantGrant> {
  try {
    return await access.participant(principal, permission, participantId);
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError(what);
    throw error;
  }
}

/** The collection, or 404; `lock` holds it (FOR UPDATE) so writes to one collection and their evaluation run one at a time. */
export async function requireCollection(manager: EntityManager, id: string, lock = false): Promise<Collection> {
  const collection = isUuid(id)
    ? await manager.findOne(Collection, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) })
    : null;
  if (!collection) throw new NotFoundError('collection');
  return collection;
}

export async function requireResult(manager: EntityManager, id: string): Promise<DrugTestResult> {
  const result = isUuid(id) ? await manager.findOneBy(DrugTestResult, { id }) : null;
  if (!result) throw new NotFoundError('drug test result');
  return result;
}

/** A collection's results: screens first, then confirmations, each in the order recorded. */
export async function resultsOf(manager: EntityManager, collectionIds: readonly string[]): Promise<DrugTestResult[]> {
  if (collectionIds.length === 0) return [];
  const results = await manager.find(DrugTestResult, { where: { collectionId: In([...collectionIds]) } });
  return sortResults(results);
}

const METHOD_ORDER: Record<TestMethod, number> = { screen: 0, confirmation: 1 };

export function sortResults(results: DrugTestResult[]): DrugTestResult[] {
  return results.sort(
    (a, b) =>
      METHOD_ORDER[a.method] - METHOD_ORDER[b.method] ||
      a.createdAt.getTime() - b.createdAt.getTime() ||
      (a.substance ?? '').localeCompare(b.substance ?? '') ||
      a.id.localeCompare(b.id),
  );
}

/** Writes results of one method on a collection, on its court day; a confirmation that contradicts its screen overturns it. */
export async function insertResults(
  manager: EntityManager,
  collection: Collection,
  method: TestMethod,
  results: readonly ResolvedResult[],
  recordedBy: string,
): Promise<DrugTestResult[]> {
  if (results.length === 0) return [];
  // A reading below the program's cut-off is negative; a positive on the panel of a medication prescribed that day is `prescribed`.
  const cutoffs = await programCutoffs(manager, collection.participantId);
  const prescribed = await prescribedPanels(manager, collection.participantId, collection.courtDay);
  const outcomeOf = (r: ResolvedResult): DrugTestResult['outcome'] => {
    if (r.outcome !== 'positive' || r.substance === null) return r.outcome;
    if (belowCutoff(cutoffs.get(r.substance), method, r.levelNgMl)) return 'negative';
    return prescribed.has(r.substance) ? 'prescribed' : 'positive';
  };
  const rows = await manager.save(
    results.map((r) =>
      manager.create(DrugTestResult, {
        courtId: collection.courtId,
        participantId: collection.participantId,
        collectionId: collection.id,
        testedOn: collection.courtDay,
        substance: r.substance,
        outcome: outcomeOf(r),
        method,
        levelNgMl: r.levelNgMl === null ? null : String(r.levelNgMl),
        lab: r.lab,
        technique: r.technique,
        supersedesId: r.supersedesId,
        admitted: r.admitted,
        overturned: false,
        recordedBy,
      }),
    ),
  );
  for (const row of rows) {
    if (method !== 'confirmation' || !row.supersedesId) continue;
    await manager.query(`UPDATE drug_test_results SET overturned = (outcome <> $2) WHERE id = $1`, [row.supersedesId, row.outcome]);
  }
  return rows;
}

export function resultDto(result: DrugTestResult, audience: Audience): DrugTestResultDto {
  return {
    id: result.id,
    collectionId: result.collectionId,
    testedOn: result.testedOn,
    substance: result.substance,
    outcome: result.outcome,
    method: result.method,
    supersedesId: result.supersedesId,
    overturned: result.overturned,
    levelNgMl: result.levelNgMl === null ? null : Number(result.levelNgMl),
    lab: result.lab,
    technique: result.technique,
    admitted: result.admitted,
    contestedAt: result.contestedAt?.toISOString() ?? null,
    contestReason: result.contestReason,
    releasedAt: result.releasedAt?.toISOString() ?? null,
    ...(audience === 'staff' ? { recordedBy: result.recordedBy } : {}),
    createdAt: result.createdAt.toISOString(),
  };
}

/** A collection with the results the audience may see (a participant: released ones only). */
export function collectionDto(collection: Collection, results: readonly DrugTestResult[], siteName: string | null, audience: Audience): CollectionDto {
  const visible = audience === 'staff' ? results : results.filter((r) => r.releasedAt !== null);
  return {
    id: collection.id,
    participantId: collection.participantId,
    courtId: collection.courtId,
    courtDay: collection.courtDay,
    collectedAt: collection.collectedAt.toISOString(),
    testingSiteId: collection.testingSiteId,
    testingSiteName: siteName,
    observed: collection.observed,
    specimenType: collection.specimenType,
    basis: collection.basis,
    lab: collection.lab,
    accessionNumber: collection.accessionNumber,
    ...(audience === 'staff' ? { notes: collection.notes, collectedBy: collection.collectedBy } : {}),
    createdAt: collection.createdAt.toISOString(),
    importedAt: collection.importedAt?.toISOString() ?? null,
    results: visible.map((r) => resultDto(r, audience)),
  };
}

/** The names of these testing sites, by id. */
export async function siteNames(manager: EntityManager, siteIds: readonly (string | null)[]): Promise<Map<string, string>> {
  const ids = [...new Set(siteIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const sites = await manager.find(TestingSite, { where: { id: In(ids) }, select: { id: true, name: true } });
  return new Map(sites.map((s) => [s.id, s.name]));
}

/** One collection as staff see it, read inside the write's transaction. */
export async function staffView(manager: EntityManager, collectionId: string): Promise<CollectionDto> {
  const collection = await requireCollection(manager, collectionId);
  const results = await resultsOf(manager, [collectionId]);
  const names = await siteNames(manager, [collection.testingSiteId]);
  return collectionDto(collection, results, names.get(collection.testingSiteId ?? '') ?? null, 'staff');
}
