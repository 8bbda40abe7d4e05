import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, consentBasis, consentCovering, Permission, Principal } from '@app/auth';
import { RedisclosureNoticeService } from '@app/audit';
import { Clock, type Language, courtDateAt, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { CreateTreatmentNoteDto, NOTE_CATEGORIES, TreatmentNoteDto, TreatmentNotesDto } from './dto/treatment.dto';
import { TreatmentNote } from './treatment-note.entity';

const toDto = (note: TreatmentNote): TreatmentNoteDto => ({
  id: note.id,
  participantId: note.participantId,
  organisationId: note.organisationId,
  authorId: note.authorId,
  category: note.category,
  occurredOn: note.occurredOn,
  body: note.body,
  createdAt: note.createdAt.toISOString(),
});

/**
 * Providers' reports on a participant's treatment: Part 2 records. Writing
 * one is a disclosure to the court, reading one a disclosure to the reader;
 * each needs a valid consent covering that kind of information, checked on
 * every request.
 */
@Injectable()
export class TreatmentNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly notices: RedisclosureNoticeService,
    private readonly clock: Clock,
  ) {}

  async write(principal: Principal, participantId: string, input: CreateTreatmentNoteDto): Promise<TreatmentNoteDto> {
    const grant = await this.access.treatment(principal, Permission.TreatmentWrite, participantId, input.category);
    // Only provider staff hold treatment.write, and they always act for an organisation.
    if (!grant.organisationId) throw new Error('treatment.write granted without a provider organisation');
    const [{ time_zone: timeZone }] = await this.dataSource.query(`SELECT time_zone FROM courts WHERE id = $1`, [grant.courtId]);
    if (input.occurredOn > courtDateAt(this.clock.now(), timeZone)) {
      throw new ValidationFailedError([{ field: 'occurredOn', message: 'is in the future (court time)' }]);
    }
    return this.dataSource.transaction(async (manager) => {
      const note = await manager.save(
        manager.create(TreatmentNote, {
          participantId,
          organisationId: grant.organisationId as string,
          authorId: principal.userId,
          category: input.category,
          occurredOn: input.occurredOn,
          body: input.body,
        }),
      );
      await this.access.record(principal, [grant], { action: 'treatment.write', entityType: 'treatment_note', entityIds: [note.id] }, manager);
      return toDto(note);
    });
  }

  /**
   * The notes the caller's consents cover, with the redisclosure notice. A
   * note is covered by a consent for its kind of information that lets its
   * author's organisation disclose (or any of the court's providers). A
   * provider sees only its own organisation's notes.
   */
  async list(principal: Principal, participantId: string, category: string | undefined, language: Language): Promise<TreatmentNotesDto> {
    const { grant, consents } = await this.access.treatmentAny(principal, participantId, category ? [category] : NOTE_CATEGORIES);
    const covered = [...new Set(consents.map((c) => c.information))];
    const query = this.dataSource.manager
      .createQueryBuilder(TreatmentNote, 'n')
      .where('n.participant_id = :participantId AND n.category IN (:...covered)', { participantId, covered })
      .orderBy('n.occurred_on', 'DESC')
      .addOrderBy('n.created_at', 'DESC');
    if (grant.organisationId) query.andWhere('n.organisation_id = :organisationId', { organisationId: grant.organisationId });
    const coveringConsent = (note: TreatmentNote) => consentCovering(consents, note.category, note.organisationId);
    const notes = (await query.getMany()).filter((note) => coveringConsent(note));
    const consentIds = [...new Set(notes.map((note) => coveringConsent(note)!.consentId))];
    await this.access.record(principal, [grant], {
      action: 'treatment.read',
      entityType: 'treatment_note',
      entityIds: notes.map((n) => n.id),
      // Every consent relied on is in `details`; the basis names the first and how many more.
      ...consentBasis(consentIds),
      details: { consentIds, categories: covered },
    });
    const { notice, lawName } = await this.notices.forCourt(grant.courtId, language);
    return { items: notes.map(toDto), coveredCategories: covered, redisclosureNotice: notice, lawName };
  }
}
