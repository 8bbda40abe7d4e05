import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CalendarDate, Clock, ConflictError, courtDateAt, FieldProblem, isUuid, isValidCalendarDate, NotFoundError, ValidationFailedError } from '@app/core';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { ConsentSignature, contentMatchesMediaType, SignatureMediaType, SignatureMethod } from './consent-signature.entity';
import { Consent } from './consent.entity';
import { consentStatus, ConsentStatus, validConsentSql } from './consent-status';
import type { ConsentExpiryEvent, ConsentInformation, ConsentRecipientType } from './consent-terms';

/** A consent as written on the form (the §2.31 elements); the DTO of the API has this shape. */
export interface ConsentForm {
  /** The program permitted to disclose; omitted for any of the court's treatment providers. */
  discloserOrganisationId?: string | null;
  recipientType: ConsentRecipientType;
  recipientUserId?: string | null;
  recipientOrganisationId?: string | null;
  /** The recipient in the form's words; defaults to the organisation's or person's name, or the court team. */
  recipientDescription?: string | null;
  information: ConsentInformation[];
  informationDescription?: string | null;
  purpose: string;
  expiresOn?: CalendarDate | null;
  expiryEvent?: ConsentExpiryEvent | null;
  signedOn: CalendarDate;
  signedBy: string;
}

/** The participant's signature as received: drawn on a tablet, or the signed form scanned. */
export interface SignatureFile {
  method: SignatureMethod;
  mediaType: SignatureMediaType;
  content: Buffer;
}

/** What is told about a stored signature (its bytes are read on their own route). */
export interface SignatureSummary {
  method: SignatureMethod;
  mediaType: SignatureMediaType;
  sha256: string;
  bytes: number;
}

/** A consent with its status on the court's current local day. */
export interface ConsentView {
  consent: Consent;
  status: ConsentStatus;
  signature?: SignatureSummary | null;
}

interface ParticipantCourt {
  court_id: string;
  court_name: string;
  time_zone: string;
}

/**
 * Consents to disclose a participant's treatment information: recording,
 * listing, revoking, and ending them when their expiry event happens. Takes
 * plain arguments and no principal: who may do this, and the audit row, are
 * the caller's (the API checks access and records the audit row in the same
 * transaction it passes here).
 */
@Injectable()
export class ConsentsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Validates the form against the participant's court and records it. */
  async record(manager: EntityManager, participantId: string, form: ConsentForm, recordedBy: string, signature?: SignatureFile | null): Promise<ConsentView> {
    const court = await this.courtOf(manager, participantId);
    if (signature && !contentMatchesMediaType(signature.content, signature.mediaType)) {
      throw new ValidationFailedError([{ field: 'signature.data', message: `the file is not a ${signature.mediaType} file` }]);
    }
    const recipientDescription = await this.validate(manager, court, form);
    const repository = manager.getRepository(Consent);
    const consent = await repository.save(
      repository.create({
        courtId: court.court_id,
        participantId,
        discloserOrganisationId: form.discloserOrganisationId ?? null,
        recipientType: form.recipientType,
        recipientUserId: form.recipientUserId ?? null,
        recipientOrganisationId: form.recipientOrganisationId ?? null,
        recipientDescription,
        information: form.information,
        informationDescription: form.informationDescription ?? null,
        purpose: form.purpose,
        expiresOn: form.expiresOn ?? null,
        expiryEvent: form.expiryEvent ?? null,
        endedAt: null,
        signedOn: form.signedOn,
        signedBy: form.signedBy,
        revokedAt: null,
        revokedBy: null,
        revocationReason: null,
        recordedBy,
      }),
    );
    const stored = signature ? await this.storeSignature(manager, consent.id, signature) : null;
    return { consent, status: consentStatus(consent, courtDateAt(this.clock.now(), court.time_zone)), signature: stored };
  }

  /** The signature file of a consent, or null when none was stored with it. */
  async signatureFile(consentId: string): Promise<SignatureFile & { sha256: string } | null> {
    const row = await this.dataSource.getRepository(ConsentSignature).findOneBy({ consentId });
    return row ? { method: row.method, mediaType: row.mediaType, content: row.content, sha256: row.sha256 } : null;
  }

  private async storeSignature(manager: EntityManager, consentId: string, file: SignatureFile): Promise<SignatureSummary> {
    const sha256 = createHash('sha256').update(file.content).digest('hex');
    await manager.getRepository(ConsentSignature).insert({ consentId, method: file.method, mediaType: file.mediaType, content: file.content, sha256 });
    return { method: file.method, mediaType: file.mediaType, sha256, bytes: file.content.length };
  }

  /** What is stored of each consent's signature, without the bytes. */
  private async signatureSummaries(manager: EntityManager, consentIds: string[]): Promise<Map<string, SignatureSummary>> {
    if (consentIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT consent_id, method, media_type, sha256, octet_length(content) AS bytes FROM consent_signatures WHERE consent_id = ANY($1::uuid[])`,
      [consentIds],
    )) as Array<{ consent_id: string; method: SignatureMethod; media_type: SignatureMediaType; sha256: string; bytes: number }>;
    return new Map(rows.map((r) => [r.consent_id, { method: r.method, mediaType: r.media_type, sha256: r.sha256, bytes: Number(r.bytes) }]));
  }

  /** The participant's consents, newest signature first. */
  async listForParticipant(participantId: string): Promise<ConsentView[]> {
    const court = await this.courtOf(this.dataSource.manager, participantId);
    const consents = await this.dataSource.getRepository(Consent).find({
      where: { participantId },
      order: { signedOn: 'DESC', createdAt: 'DESC' },
    });
    const today = courtDateAt(this.clock.now(), court.time_zone);
    const signatures = await this.signatureSummaries(this.dataSource.manager, consents.map((c) => c.id));
    return consents.map((consent) => ({ consent, status: consentStatus(consent, today), signature: signatures.get(consent.id) ?? null }));
  }

  /** One consent, or null when there is none with this id. */
  async find(id: string): Promise<ConsentView | null> {
    if (!isUuid(id)) return null;
    const consent = await this.dataSource.getRepository(Consent).findOneBy({ id });
    return consent ? this.view(this.dataSource.manager, consent) : null;
  }

  /**
   * Revokes at once: access checks read the consent on every request, so the
   * next disclosure it would have allowed is refused. Revoking twice is a conflict.
   */
  async revoke(manager: EntityManager, id: string, revocation: { revokedBy: string; reason?: string | null }): Promise<ConsentView> {
    const result = await manager
      .createQueryBuilder()
      .update(Consent)
      .set({ revokedAt: this.clock.now(), revokedBy: revocation.revokedBy, revocationReason: revocation.reason ?? null })
      .where('id = :id AND revoked_at IS NULL', { id })
      .execute();
    const consent = await manager.getRepository(Consent).findOneBy({ id });
    if (!consent) throw new NotFoundError('consent');
    if (result.affected === 0) {
      throw new ConflictError('consent-already-revoked', 'Consent already revoked', `This consent was revoked at ${consent.revokedAt?.toISOString()}.`);
    }
    return this.view(manager, consent);
  }

  /**
   * Ends the participant's valid consents that last until `event` (called by
   * the participants module in its discharge transaction). Returns the ids of
   * the consents ended, for the caller's audit row.
   */
  async endByEvent(manager: EntityManager, participantId: string, event: ConsentExpiryEvent): Promise<string[]> {
    // A consent that is already revoked, ended or past its expiry date stays as it is:
    // its record shows why it stopped, and that was not this event.
    const rows = (await manager.query(
      `WITH ended AS (
         UPDATE consents c SET ended_at = $3, updated_at = $3
           FROM courts ct
          WHERE ct.id = c.court_id AND c.participant_id = $1 AND c.expiry_event = $2
            AND ${validConsentSql('$3')}
          RETURNING c.id)
       SELECT id FROM ended ORDER BY id`,
      [participantId, event, this.clock.now()],
    )) as Array<{ id: string }>;
    return rows.map((row) => row.id);
  }

  private async view(manager: EntityManager, consent: Consent): Promise<ConsentView> {
    const [court] = (await manager.query(`SELECT time_zone FROM courts WHERE id = $1`, [consent.courtId])) as Array<{ time_zone: string }>;
    const signatures = await this.signatureSummaries(manager, [consent.id]);
    return { consent, status: consentStatus(consent, courtDateAt(this.clock.now(), court.time_zone)), signature: signatures.get(consent.id) ?? null };
  }

  private async courtOf(manager: EntityManager, participantId: string): Promise<ParticipantCourt> {
    const [court] = isUuid(participantId)
      ? ((await manager.query(
          `SELECT p.court_id, c.name AS court_name, c.time_zone FROM participants p JOIN courts c ON c.id = p.court_id WHERE p.id = $1`,
          [participantId],
        )) as ParticipantCourt[])
      : [];
    if (!court) throw new NotFoundError('participant');
    return court;
  }

  /**
   * The rules a form's fields must meet together, checked against the
   * participant's court; every problem is reported at once, by field.
   * Returns the recipient description to store.
   */
  private async validate(manager: EntityManager, court: ParticipantCourt, form: ConsentForm): Promise<string> {
    const problems: FieldProblem[] = [];
    const today = courtDateAt(this.clock.now(), court.time_zone);

    // The API's DTO checks these shapes too; other callers (seeders, imports) reach here directly.
    for (const field of ['signedOn', 'expiresOn'] as const) {
      const date = form[field];
      if (date && !isValidCalendarDate(date)) problems.push({ field, message: `${field} must be a calendar date as YYYY-MM-DD` });
    }
    if (form.information.length === 0 || new Set(form.information).size !== form.information.length) {
      problems.push({ field: 'information', message: 'information must name at least one kind of information, each once' });
    }
    if (!form.expiresOn && !form.expiryEvent) {
      problems.push({ field: 'expiresOn', message: 'a consent needs an expiry date (expiresOn), an expiry event (expiryEvent), or both' });
    }
    if (form.signedOn > today) {
      problems.push({ field: 'signedOn', message: `signedOn must not be after today in the court's time zone (${today})` });
    }
    if (form.expiresOn && form.expiresOn < form.signedOn) {
      problems.push({ field: 'expiresOn', message: 'expiresOn must not be before signedOn' });
    }
    if (form.recipientType === 'organisation' && !form.recipientOrganisationId) {
      problems.push({ field: 'recipientOrganisationId', message: 'an organisation recipient needs recipientOrganisationId' });
    }
    if (form.recipientType !== 'organisation' && form.recipientOrganisationId) {
      problems.push({ field: 'recipientOrganisationId', message: 'recipientOrganisationId is only for recipientType organisation' });
    }
    if (form.recipientType !== 'person' && form.recipientUserId) {
      problems.push({ field: 'recipientUserId', message: 'recipientUserId is only for recipientType person' });
    }
    if (form.recipientType === 'person' && !form.recipientUserId && !form.recipientDescription) {
      problems.push({ field: 'recipientDescription', message: 'name the person: give recipientUserId or recipientDescription' });
    }

    const organisations = await this.organisationsOfCourt(manager, court.court_id, [form.discloserOrganisationId, form.recipientOrganisationId]);
    for (const field of ['discloserOrganisationId', 'recipientOrganisationId'] as const) {
      const id = form[field];
      if (id && !organisations.has(id)) problems.push({ field, message: "must be a provider organisation of the participant's court" });
    }
    let recipientName: string | undefined;
    if (form.recipientUserId && form.recipientType === 'person') {
      recipientName = await this.staffMemberName(manager, court.court_id, form.recipientUserId);
      if (recipientName === undefined) problems.push({ field: 'recipientUserId', message: "must be a staff member of the participant's court" });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);

    if (form.recipientDescription) return form.recipientDescription;
    if (form.recipientType === 'organisation') return organisations.get(form.recipientOrganisationId!)!;
    if (form.recipientType === 'person') return recipientName!;
    return `the treatment court team of ${court.court_name}`;
  }

  /** Names of those of `ids` that are provider organisations of the court. */
  private async organisationsOfCourt(manager: EntityManager, courtId: string, ids: Array<string | null | undefined>): Promise<Map<string, string>> {
    const wanted = ids.filter((id): id is string => typeof id === 'string' && isUuid(id));
    if (wanted.length === 0) return new Map();
    const rows = (await manager.query(`SELECT id, name FROM provider_organisations WHERE court_id = $1 AND id = ANY($2::uuid[])`, [
      courtId,
      wanted,
    ])) as Array<{ id: string; name: string }>;
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  /** The display name of a staff member (any role but participant) of the court, if they are one. */
  private async staffMemberName(manager: EntityManager, courtId: string, userId: string): Promise<string | undefined> {
    if (!isUuid(userId)) return undefined;
    const [row] = (await manager.query(
      `SELECT u.display_name FROM court_memberships m JOIN users u ON u.id = m.user_id
        WHERE m.court_id = $1 AND m.user_id = $2 AND m.role <> 'participant' AND u.active`,
      [courtId, userId],
    )) as Array<{ display_name: string }>;
    return row?.display_name;
  }
}
