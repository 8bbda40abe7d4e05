import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { LedgerEntry } from '../entities/record.entities';
import {
  CommunityServiceEntryDto,
  CommunityServiceLedgerDto,
  CreateCommunityServiceDto,
  CreateFeePaymentDto,
  FeePaymentDto,
  FeePaymentLedgerDto,
} from './dto/ledger.dto';
import { lowestRunningTotal, totalOf } from './ledger-balance';
import { assertRecordable, enrolmentFacts } from './record-rules';

type LedgerKind = LedgerEntry['kind'];

/** How each ledger names its fields, in requests and in the audit log. */
const LEDGERS: Record<LedgerKind, { dateField: string; amountField: string; entityType: string }> = {
  community_service: { dateField: 'performedOn', amountField: 'hours', entityType: 'community_service_entry' },
  fee_payment: { dateField: 'paidOn', amountField: 'amount', entityType: 'fee_payment' },
};

interface NewEntry {
  occurredOn: string;
  amount: number;
  description: string;
}

const toServiceDto = (e: LedgerEntry): CommunityServiceEntryDto => ({
  id: e.id,
  participantId: e.participantId,
  performedOn: e.occurredOn,
  hours: e.amount,
  description: e.description,
  correction: e.amount < 0,
  recordedBy: e.recordedBy,
  createdAt: e.createdAt.toISOString(),
});

const toPaymentDto = (e: LedgerEntry): FeePaymentDto => ({
  id: e.id,
  participantId: e.participantId,
  paidOn: e.occurredOn,
  amount: e.amount,
  description: e.description,
  correction: e.amount < 0,
  recordedBy: e.recordedBy,
  createdAt: e.createdAt.toISOString(),
});

/**
 * The participant's community service hours and fee payments. Entries are
 * never changed: a mistake is corrected by a negative entry, which must say
 * why and may not take the running total below zero.
 */
@Injectable()
export class LedgerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async addCommunityService(principal: Principal, participantId: string, input: CreateCommunityServiceDto): Promise<CommunityServiceEntryDto> {
    const entry = { occurredOn: input.performedOn, amount: input.hours, description: input.description };
    return toServiceDto(await this.add(principal, participantId, 'community_service', entry));
  }

  async communityService(principal: Principal, participantId: string): Promise<CommunityServiceLedgerDto> {
    const entries = await this.list(principal, participantId, 'community_service');
    return { totalHours: totalOf(entries), entries: entries.map(toServiceDto) };
  }

  async addFeePayment(principal: Principal, participantId: string, input: CreateFeePaymentDto): Promise<FeePaymentDto> {
    const entry = { occurredOn: input.paidOn, amount: input.amount, description: input.description };
    return toPaymentDto(await this.add(principal, participantId, 'fee_payment', entry));
  }

  async feePayments(principal: Principal, participantId: string): Promise<FeePaymentLedgerDto> {
    const entries = await this.list(principal, participantId, 'fee_payment');
    return { totalPaid: totalOf(entries), entries: entries.map(toPaymentDto) };
  }

  private async add(principal: Principal, participantId: string, kind: LedgerKind, input: NewEntry): Promise<LedgerEntry> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, participantId);
    const ledger = LEDGERS[kind];
    return this.dataSource.transaction(async (manager) => {
      // The participant row is locked, so two corrections cannot both pass the balance check.
      const facts = await enrolmentFacts(manager, participantId, this.clock.now(), { lock: true });
      assertRecordable(facts, [{ field: ledger.dateField, date: input.occurredOn, notBeforeEnrolment: true }]);
      if (input.amount < 0) {
        const existing = await manager.find(LedgerEntry, { where: { participantId, kind }, select: { occurredOn: true, amount: true } });
        const lowest = lowestRunningTotal([...existing, input]);
        if (lowest < 0) {
          throw new ValidationFailedError([
            { field: ledger.amountField, message: `would take the running total below zero (to ${lowest}; ${totalOf(existing)} recorded)` },
          ]);
        }
      }
      const entry = await manager.save(
        manager.create(LedgerEntry, { participantId, kind, ...input, recordedBy: principal.userId }),
      );
      await this.access.record(
        principal,
        [grant],
        { action: `${kind}.write`, entityType: ledger.entityType, entityIds: [entry.id], details: { correction: input.amount < 0 } },
        manager,
      );
      return entry;
    });
  }

  private async list(principal: Principal, participantId: string, kind: LedgerKind): Promise<LedgerEntry[]> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const entries = await this.dataSource.manager.find(LedgerEntry, {
      where: { participantId, kind },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
    await this.access.record(principal, [grant], {
      action: `${kind}.read`,
      entityType: LEDGERS[kind].entityType,
      entityIds: entries.map((e) => e.id),
    });
    return entries;
  }
}
