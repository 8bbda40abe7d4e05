import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { NotFoundError } from '@app/core';
import { DataSource } from 'typeorm';
import { ConsentsService, ConsentView } from '../consents/consents.service';
import { ConsentDto, ConsentSignatureFileDto, toConsentDto } from './dto/consent.dto';
import { RecordConsentDto } from './dto/record-consent.dto';

/**
 * Consents over the API: the access check on the consent's participant, one
 * `ConsentsService` call, and the audit row (in the same transaction for a
 * write). A consent out of the caller's reach is "not found", like its participant.
 */
@Injectable()
export class ConsentsApiService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly consents: ConsentsService,
  ) {}

  async record(principal: Principal, participantId: string, form: RecordConsentDto): Promise<ConsentDto> {
    const grant = await this.access.participant(principal, Permission.ConsentWrite, participantId);
    return this.dataSource.transaction(async (manager) => {
      const { signature, ...terms } = form;
      const file = signature ? { method: signature.method, mediaType: signature.mediaType, content: Buffer.from(signature.data, 'base64') } : null;
      const view = await this.consents.record(manager, grant.participantId, terms, principal.userId, file);
      await this.access.record(
        principal,
        [grant],
        { action: 'consent.write', entityType: 'consent', entityIds: [view.consent.id], details: { signature: view.signature?.method ?? null } },
        manager,
      );
      return toConsentDto(view);
    });
  }

  async list(principal: Principal, participantId: string): Promise<ConsentDto[]> {
    const grant = await this.access.participant(principal, Permission.ConsentRead, participantId);
    const views = await this.consents.listForParticipant(grant.participantId);
    await this.access.record(principal, [grant], {
      action: 'consent.list',
      entityType: 'consent',
      entityIds: views.map((v) => v.consent.id),
    });
    return views.map(toConsentDto);
  }

  async get(principal: Principal, consentId: string): Promise<ConsentDto> {
    const { view, grant } = await this.reachable(principal, Permission.ConsentRead, consentId);
    await this.access.record(principal, [grant], { action: 'consent.read', entityType: 'consent', entityIds: [consentId] });
    return toConsentDto(view);
  }

  /** The signature file stored with a consent; 404 when there is none or the consent is out of reach. */
  async signature(principal: Principal, consentId: string): Promise<ConsentSignatureFileDto> {
    const { grant } = await this.reachable(principal, Permission.ConsentRead, consentId);
    const file = await this.consents.signatureFile(consentId);
    if (!file) throw new NotFoundError('consent signature');
    await this.access.record(principal, [grant], { action: 'consent.signature_read', entityType: 'consent', entityIds: [consentId] });
    return { method: file.method, mediaType: file.mediaType, sha256: file.sha256, data: file.content.toString('base64') };
  }

  async revoke(principal: Principal, consentId: string, reason: string | undefined): Promise<ConsentDto> {
    const { grant } = await this.reachable(principal, Permission.ConsentRevoke, consentId);
    return this.dataSource.transaction(async (manager) => {
      const view = await this.consents.revoke(manager, consentId, { revokedBy: principal.userId, reason });
      await this.access.record(principal, [grant], { action: 'consent.revoke', entityType: 'consent', entityIds: [consentId] }, manager);
      return toConsentDto(view);
    });
  }

  /** The consent and the caller's grant to its participant, or 404 for either missing. */
  private async reachable(principal: Principal, permission: Permission, consentId: string): Promise<{ view: ConsentView; grant: ParticipantGrant }> {
    const view = await this.consents.find(consentId);
    const participantId = view?.consent.participantId;
    const grant = participantId ? (await this.access.participants(principal, permission, [participantId])).get(participantId) : undefined;
    if (!view || !grant) throw new NotFoundError('consent');
    return { view, grant };
  }
}
