import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { ParticipantContactDto, ParticipantContactsDto, CreateParticipantContactDto } from './dto/contact.dto';
import { LastContactService } from './last-contact.service';
import { ParticipantContact } from './participant-contact.entity';

/** A clock a minute ahead of ours (a phone's, say) is not "the future". */
const CLOCK_SKEW_MS = 60_000;

const toDto = (c: ParticipantContact, staffName: string | null): ParticipantContactDto => ({
  id: c.id,
  participantId: c.participantId,
  kind: c.kind,
  direction: c.direction,
  reached: c.reached,
  occurredAt: c.occurredAt.toISOString(),
  staffId: c.staffId,
  staffName,
  note: c.note,
  createdAt: c.createdAt.toISOString(),
});

/**
 * The contact log: calls, visits and messages between staff and a
 * participant, by whom and when. Case staff write it; the treatment team
 * reads it (no treatment provider: the log is the court's supervision of
 * the person, not treatment, and a provider keeps its own attendance). Any
 * participant, in the program or not yet or no longer, may be contacted:
 * the search for someone who stopped coming is exactly when it matters.
 */
@Injectable()
export class ContactsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly lastContact: LastContactService,
    private readonly clock: Clock,
  ) {}

  async record(principal: Principal, participantId: string, input: CreateParticipantContactDto): Promise<ParticipantContactDto> {
    const grant = await this.access.participant(principal, Permission.ContactWrite, participantId);
    const occurredAt = new Date(input.occurredAt);
    if (occurredAt.getTime() > this.clock.now().getTime() + CLOCK_SKEW_MS) {
      throw new ValidationFailedError([{ field: 'occurredAt', message: 'must not be in the future' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const contact = await manager.save(
        manager.create(ParticipantContact, {
          participantId,
          kind: input.kind,
          direction: input.direction,
          reached: input.reached ?? true,
          occurredAt,
          staffId: principal.userId,
          note: input.note ? input.note : null,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'contact.write', entityType: 'participant_contact', entityIds: [contact.id], details: { kind: contact.kind, reached: contact.reached } },
        manager,
      );
      const [staff] = (await manager.query(`SELECT display_name FROM users WHERE id = $1`, [principal.userId])) as Array<{ display_name: string }>;
      return toDto(contact, staff?.display_name ?? null);
    });
  }

  /** The log, newest first, with the latest contact of any source; the read is audited with the rows shown. */
  async list(principal: Principal, participantId: string): Promise<ParticipantContactsDto> {
    const grant = await this.access.participant(principal, Permission.ContactRead, participantId);
    const rows = await this.dataSource.manager
      .createQueryBuilder(ParticipantContact, 'c')
      .leftJoin('users', 'u', 'u.id = c.staff_id')
      .addSelect('u.display_name', 'staff_name')
      .where('c.participant_id = :participantId', { participantId })
      .orderBy('c.occurred_at', 'DESC')
      .addOrderBy('c.created_at', 'DESC')
      .getRawAndEntities();
    const items = rows.entities.map((c, i) => toDto(c, (rows.raw[i] as { staff_name: string | null }).staff_name));
    const latest = (await this.lastContact.latestFor([participantId])).get(participantId);
    await this.access.record(principal, [grant], {
      action: 'contact.read',
      entityType: 'participant_contact',
      entityIds: items.map((c) => c.id),
    });
    return { items, lastContact: latest ? { at: latest.at.toISOString(), source: latest.source } : null };
  }
}
