import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ForbiddenError, ParticipantGrant, Permission, Principal } from '@app/auth';
import { RedisclosureNoticeService } from '@app/audit';
import { Clock, type Language, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { CaseNote } from '../entities/record.entities';
import { CaseNoteDto, CaseNotesDto, CreateCaseNoteDto, DEFAULT_CONFIDENTIAL_INFORMATION } from './dto/case-note.dto';
import { assertRecordable, enrolmentFacts } from './record-rules';

const toDto = (n: CaseNote): CaseNoteDto => ({
  id: n.id,
  participantId: n.participantId,
  authorId: n.authorId,
  occurredOn: n.occurredOn,
  body: n.body,
  confidential: n.confidential,
  information: n.information,
  createdAt: n.createdAt.toISOString(),
});

/** Whether a note is confidential and what it carries, from the writer's fields (a note naming its information is confidential). */
export function confidentialityOf(input: Pick<CreateCaseNoteDto, 'confidential' | 'information'>): { confidential: boolean; information: string | null } {
  if (input.confidential === false && input.information !== undefined) {
    throw new ValidationFailedError([{ field: 'information', message: 'is given only for a confidential note' }]);
  }
  if (input.confidential || input.information !== undefined) {
    return { confidential: true, information: input.information ?? DEFAULT_CONFIDENTIAL_INFORMATION };
  }
  return { confidential: false, information: null };
}

/**
 * Staff case notes. A confidential note is derived from treatment
 * information: writing one needs a consent covering its kind of information
 * for the writer, and a reader sees it only under such a consent. Notes
 * withheld are counted in the answer, so their absence is never silent.
 */
@Injectable()
export class CaseNotesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly notices: RedisclosureNoticeService,
    private readonly clock: Clock,
  ) {}

  async write(principal: Principal, participantId: string, input: CreateCaseNoteDto): Promise<CaseNoteDto> {
    const { confidential, information } = confidentialityOf(input);
    let grant: ParticipantGrant = await this.access.participant(principal, Permission.CaseNoteWrite, participantId);
    if (information) {
      if (!holdsIn(principal, Permission.TreatmentRead, grant.courtId)) {
        throw new ForbiddenError('Writing a confidential note needs access to treatment information, which your role does not have.');
      }
      // 403 `consent-required` (audited) unless a valid consent covers this information for the writer.
      grant = await this.access.treatment(principal, Permission.TreatmentRead, participantId, information);
    }
    return this.dataSource.transaction(async (manager) => {
      const facts = await enrolmentFacts(manager, participantId, this.clock.now());
      assertRecordable(facts, [{ field: 'occurredOn', date: input.occurredOn }]);
      const note = await manager.save(
        manager.create(CaseNote, {
          participantId,
          authorId: principal.userId,
          occurredOn: input.occurredOn,
          body: input.body,
          confidential,
          information,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'case_note.write', entityType: 'case_note', entityIds: [note.id], details: { confidential, information } },
        manager,
      );
      return toDto(note);
    });
  }

  /** Every open note, and the confidential ones a consent covers for the reader; the rest are counted as withheld. */
  async list(principal: Principal, participantId: string, language: Language): Promise<CaseNotesDto> {
    const grant = await this.access.participant(principal, Permission.CaseNoteRead, participantId);
    const notes = await this.dataSource.manager.find(CaseNote, {
      where: { participantId },
      order: { occurredOn: 'DESC', createdAt: 'DESC' },
    });
    const kinds = [...new Set(notes.filter((n) => n.confidential).map((n) => n.information as string))];
    const consents = await this.access.coveringConsentsFor(principal, grant, kinds, Permission.TreatmentRead);
    const consentFor = new Map<string, string>();
    for (const c of consents) if (!consentFor.has(c.information)) consentFor.set(c.information, c.consentId);
    const shown = notes.filter((n) => !n.confidential || consentFor.has(n.information as string));
    const shownConfidential = shown.filter((n) => n.confidential);
    const consentIds = [...new Set(shownConfidential.map((n) => consentFor.get(n.information as string) as string))];
    const withheld = notes.length - shown.length;
    await this.access.record(principal, [grant], {
      action: 'case_note.read',
      entityType: 'case_note',
      entityIds: shown.map((n) => n.id),
      consentId: consentIds[0] ?? null,
      details: { withheld, confidentialShown: shownConfidential.length, consentIds },
    });
    const notice = shownConfidential.length > 0 ? await this.notices.forCourt(grant.courtId, language) : null;
    return { items: shown.map(toDto), withheld, redisclosureNotice: notice?.notice ?? null, lawName: notice?.lawName ?? null };
  }
}

function holdsIn(principal: Principal, permission: Permission, courtId: string): boolean {
  return principal.courtsWith(permission).some((m) => m.courtId === courtId);
}
