import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Principal } from '@app/auth';
import { Clock, ConflictError, ValidationFailedError } from '@app/core';
import { assertEnrolled, enrolmentFacts } from '@app/participants';
import { DataSource, EntityManager } from 'typeorm';
import { Collection } from '../entities/collection.entity';
import { DrugTestResult } from '../entities/drug-test-result.entity';
import { grantForRecord, requireCollection, requireResult, staffView } from './collection-records';
import { settleCollectionViolation } from './collection-violation';
import { RecordedCollectionDto } from './dto/collection.dto';

const NOTES_MAX_LENGTH = 1000;

/**
 * What happens to a positive after it is read: the participant disputes it
 * (it then waits for a confirmation test) or admits the use. Both change
 * whether the collection is a violation, so both re-evaluate it.
 */
@Injectable()
export class ResultReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** The participant contests a positive screen: 409 unless it is uncontested, unadmitted, not overturned and not yet confirmed. */
  async contest(principal: Principal, resultId: string, reason: string): Promise<RecordedCollectionDto> {
    return this.review(principal, resultId, 'drug_test.result_contest', async (manager, result) => {
      const refusal = await contestRefusal(manager, result);
      if (refusal) throw new ConflictError('result-not-contestable', 'Result cannot be contested', refusal, { resultId: result.id });
      await manager.update(DrugTestResult, { id: result.id }, { contestedAt: this.clock.now(), contestReason: reason });
      return {};
    });
  }

  /**
   * The participant admits the use a positive shows: 409 unless it is a
   * positive that no confirmation overturned. Admitting a contested screen
   * withdraws the contest. The note joins the collection's staff notes.
   */
  async admit(principal: Principal, resultId: string, note?: string): Promise<RecordedCollectionDto> {
    return this.review(principal, resultId, 'drug_test.result_admission', async (manager, result, collection) => {
      if (result.outcome !== 'positive') {
        throw new ConflictError('result-not-admissible', 'Result cannot be admitted', `Only a positive result can be admitted; this one is ${result.outcome}.`, {
          resultId: result.id,
        });
      }
      if (result.overturned) {
        throw new ConflictError('result-not-admissible', 'Result cannot be admitted', 'A confirmation test overturned this result.', { resultId: result.id });
      }
      const notes = note ? appendNote(collection.notes, `Admission (${result.substance}, ${collection.courtDay}): ${note}`) : collection.notes;
      if (notes !== null && notes.length > NOTES_MAX_LENGTH) {
        throw new ValidationFailedError([{ field: 'note', message: `would make the collection's notes longer than ${NOTES_MAX_LENGTH} characters` }]);
      }
      const contestWithdrawn = result.contestedAt !== null;
      await manager.update(DrugTestResult, { id: result.id }, { admitted: true, contestedAt: null, contestReason: null });
      if (notes !== collection.notes) await manager.update(Collection, { id: collection.id }, { notes });
      return { alreadyAdmitted: result.admitted, contestWithdrawn };
    });
  }

  /** Access, the collection's lock, the enrolment check, the change, the violation and the audit row, in that order and one transaction. */
  private async review(
    principal: Principal,
    resultId: string,
    action: string,
    change: (manager: EntityManager, result: DrugTestResult, collection: Collection) => Promise<Record<string, unknown>>,
  ): Promise<RecordedCollectionDto> {
    const found = await requireResult(this.dataSource.manager, resultId);
    const grant = await grantForRecord(this.access, principal, found.participantId, 'drug test result');
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      if (!found.collectionId) {
        throw new ConflictError('result-not-reviewable', 'Result has no specimen', `A ${found.outcome} test has no specimen to contest or admit.`, { resultId });
      }
      const collection = await requireCollection(manager, found.collectionId, true);
      const result = await requireResult(manager, resultId);
      assertEnrolled(await enrolmentFacts(manager, collection.participantId, now));
      const details = await change(manager, result, collection);
      const violationId = await settleCollectionViolation(manager, collection, now);
      await this.access.record(
        principal,
        [grant],
        { action, entityType: 'drug_test_result', entityIds: [result.id], details: { collectionId: collection.id, ...details, violationId } },
        manager,
      );
      return { ...(await staffView(manager, collection.id)), violationId };
    });
  }
}

/** Why a result cannot be contested, or null when it can. */
async function contestRefusal(manager: EntityManager, result: DrugTestResult): Promise<string | null> {
  if (result.outcome !== 'positive' || result.method !== 'screen') return 'Only a positive screen can be contested.';
  if (result.admitted) return 'The participant admitted this result.';
  if (result.overturned) return 'A confirmation test overturned this result.';
  if (result.contestedAt) return 'The result is already contested.';
  const confirmed = (await manager.query(`SELECT 1 FROM drug_test_results WHERE supersedes_id = $1`, [result.id])) as unknown[];
  if (confirmed.length > 0) return 'A confirmation test already settled this result.';
  return null;
}

function appendNote(notes: string | null, line: string): string {
  return notes ? `${notes}\n${line}` : line;
}
