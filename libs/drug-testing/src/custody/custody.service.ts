import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Principal } from '@app/auth';
import { Clock, ValidationFailedError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { grantForRecord, requireCollection } from '../collections/collection-records';
import type { Collection } from '../entities/collection.entity';
import { CUSTODY_STEPS, CustodyEvent } from './custody-event.entity';
import { custodyOf, custodyStepProblem } from './custody-records';
import { CustodyChainDto, RecordCustodyStepDto } from './dto/custody.dto';

/**
 * A specimen's chain of custody, as the testing site and the lab's intake
 * record it: read and written by whoever records the participant's results
 * (testing sites, case staff), each access audited.
 */
@Injectable()
export class CustodyService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async chain(principal: Principal, collectionId: string): Promise<CustodyChainDto> {
    const collection = await requireCollection(this.dataSource.manager, collectionId);
    const grant = await grantForRecord(this.access, principal, collection.participantId, 'collection');
    const chain = await chainDto(this.dataSource.manager, collection);
    await this.access.record(principal, [grant], { action: 'drug_test.custody_read', entityType: 'drug_test_collection', entityIds: [collection.id] });
    return chain;
  }

  /** The next step of the chain; 422 for a step out of order, repeated, in the future or before the step before it. */
  async record(principal: Principal, collectionId: string, input: RecordCustodyStepDto): Promise<CustodyChainDto> {
    const found = await requireCollection(this.dataSource.manager, collectionId);
    const grant = await grantForRecord(this.access, principal, found.participantId, 'collection');
    const at = new Date(input.at);
    return this.dataSource.transaction(async (manager) => {
      const collection = await requireCollection(manager, collectionId, true);
      const problem = at > this.clock.now() ? { field: 'at', message: 'is in the future' } : custodyStepProblem(await custodyOf(manager, collection.id), input.step, at);
      if (problem) throw new ValidationFailedError([problem]);
      const event = await manager.save(manager.create(CustodyEvent, { collectionId: collection.id, step: input.step, handledBy: input.handledBy, at, recordedBy: principal.userId }));
      await this.access.record(
        principal,
        [grant],
        { action: 'drug_test.custody_write', entityType: 'drug_test_collection', entityIds: [collection.id, event.id], details: { step: event.step, at: event.at.toISOString() } },
        manager,
      );
      return chainDto(manager, collection);
    });
  }
}

async function chainDto(manager: EntityManager, collection: Collection): Promise<CustodyChainDto> {
  const events = await custodyOf(manager, collection.id);
  const next = CUSTODY_STEPS.find((step) => !events.some((e) => e.step === step)) ?? null;
  return {
    collectionId: collection.id,
    lab: collection.lab,
    accessionNumber: collection.accessionNumber,
    events: events.map((e) => ({ step: e.step, handledBy: e.handledBy, at: e.at.toISOString(), recordedBy: e.recordedBy })),
    nextStep: next,
  };
}
