import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, type ParticipantGrant, Permission, type Principal } from '@app/auth';
import { Clock, ConflictError, NotFoundError, ValidationFailedError } from '@app/core';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { ParticipantPhoneNumber, SmsOptOut } from '../entities/phone-number.entities';
import { CreatePhoneNumberDto, PhoneNumberDto, UpdatePhoneNumberDto } from './dto/phone-number.dto';
import { toE164 } from './phone-number-format';

/** Who is changing the numbers: staff on a participant's record, or the participant on their own. */
type Writer = 'staff' | 'self';

/**
 * The phone numbers a participant registered: a call to the hotline from one
 * skips the participant-number prompt, and texts go to one only with its
 * opt-in and while it has not replied STOP. Staff with participant.write
 * keep them with the participant; the participant keeps their own. Every
 * read and change is audited on the participant's record.
 */
@Injectable()
export class PhoneNumbersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, participantId: string, permission: Permission): Promise<PhoneNumberDto[]> {
    const grant = await this.access.participant(principal, permission, participantId);
    const numbers = await this.current(this.dataSource.manager, grant);
    await this.access.record(principal, [grant], { action: 'phone_number.read', entityType: 'phone_number', entityIds: numbers.map((n) => n.id) });
    return numbers;
  }

  async add(principal: Principal, participantId: string, input: CreatePhoneNumberDto, writer: Writer): Promise<PhoneNumberDto> {
    const grant = await this.grantToWrite(principal, participantId, writer);
    const phoneE164 = toE164(input.phoneE164);
    if (!phoneE164) {
      throw new ValidationFailedError([
        { field: 'phoneE164', message: 'must be an international number: + and the country code, then the number (e.g. +1 312 555 0101)' },
      ]);
    }
    return this.dataSource.transaction(async (manager) => {
      // One number belongs to one participant of a court at a time: the hotline tells callers apart by it.
      const [taken] = (await manager.query(
        `SELECT participant_id FROM participant_phone_numbers WHERE court_id = $1 AND phone_e164 = $2 AND removed_at IS NULL FOR UPDATE`,
        [grant.courtId, phoneE164],
      )) as Array<{ participant_id: string }>;
      if (taken) {
        throw new ConflictError(
          'phone-number-taken',
          'Phone number already registered',
          taken.participant_id === participantId
            ? 'This number is already registered for this participant.'
            : 'This number is registered for another participant of the court; it must be removed there first.',
          { field: 'phoneE164' },
        );
      }
      const row = await manager.save(
        manager.create(ParticipantPhoneNumber, {
          courtId: grant.courtId,
          participantId,
          phoneE164,
          label: input.label || null,
          smsOptIn: input.smsOptIn ?? false,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'phone_number.write', entityType: 'phone_number', entityIds: [row.id], details: { change: 'added', by: writer, smsOptIn: row.smsOptIn } },
        manager,
      );
      return this.toDto(manager, row);
    });
  }

  async update(principal: Principal, participantId: string, numberId: string, input: UpdatePhoneNumberDto, writer: Writer): Promise<PhoneNumberDto> {
    const grant = await this.grantToWrite(principal, participantId, writer);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.currentRow(manager, grant, numberId);
      if (input.label !== undefined) row.label = input.label || null;
      if (input.smsOptIn !== undefined) row.smsOptIn = input.smsOptIn;
      await manager.save(row);
      await this.access.record(
        principal,
        [grant],
        {
          action: 'phone_number.write',
          entityType: 'phone_number',
          entityIds: [row.id],
          details: { change: 'updated', by: writer, fields: Object.keys(input), smsOptIn: row.smsOptIn },
        },
        manager,
      );
      return this.toDto(manager, row);
    });
  }

  async remove(principal: Principal, participantId: string, numberId: string, writer: Writer): Promise<PhoneNumberDto> {
    const grant = await this.grantToWrite(principal, participantId, writer);
    return this.dataSource.transaction(async (manager) => {
      const row = await this.currentRow(manager, grant, numberId);
      // Kept, not deleted: the call log still says whose number a past call came from.
      row.removedAt = this.clock.now();
      row.smsOptIn = false;
      await manager.save(row);
      await this.access.record(
        principal,
        [grant],
        { action: 'phone_number.write', entityType: 'phone_number', entityIds: [row.id], details: { change: 'removed', by: writer } },
        manager,
      );
      return this.toDto(manager, row);
    });
  }

  /** Staff need participant.write on the record; a participant may change only their own numbers. */
  private async grantToWrite(principal: Principal, participantId: string, writer: Writer): Promise<ParticipantGrant> {
    if (writer === 'self' && principal.participantId !== participantId) throw new NotFoundError('participant');
    return this.access.participant(principal, writer === 'self' ? Permission.CallIn : Permission.ParticipantWrite, participantId);
  }

  private async currentRow(manager: EntityManager, grant: ParticipantGrant, numberId: string): Promise<ParticipantPhoneNumber> {
    const row = await manager.findOne(ParticipantPhoneNumber, {
      where: { id: numberId, participantId: grant.participantId, removedAt: IsNull() },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) throw new NotFoundError('phone number');
    return row;
  }

  private async current(manager: EntityManager, grant: ParticipantGrant): Promise<PhoneNumberDto[]> {
    const rows = await manager.find(ParticipantPhoneNumber, {
      where: { participantId: grant.participantId, removedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    const optedOut = await this.optedOut(manager, grant.courtId, rows.map((r) => r.phoneE164));
    return rows.map((row) => toDto(row, optedOut.has(row.phoneE164)));
  }

  private async toDto(manager: EntityManager, row: ParticipantPhoneNumber): Promise<PhoneNumberDto> {
    const optedOut = await this.optedOut(manager, row.courtId, [row.phoneE164]);
    return toDto(row, optedOut.has(row.phoneE164));
  }

  private async optedOut(manager: EntityManager, courtId: string, numbers: string[]): Promise<Set<string>> {
    if (numbers.length === 0) return new Set();
    const rows = await manager
      .createQueryBuilder(SmsOptOut, 'o')
      .where('o.court_id = :courtId AND o.phone_e164 = ANY(:numbers)', { courtId, numbers })
      .getMany();
    return new Set(rows.map((r) => r.phoneE164));
  }
}

function toDto(row: ParticipantPhoneNumber, optedOut: boolean): PhoneNumberDto {
  return {
    id: row.id,
    phoneE164: row.phoneE164,
    label: row.label,
    smsOptIn: row.smsOptIn,
    optedOut,
    createdAt: row.createdAt.toISOString(),
  };
}
