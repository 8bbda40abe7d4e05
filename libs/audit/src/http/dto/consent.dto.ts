import { ApiProperty } from '@nestjs/swagger';
import { CONSENT_EXPIRY_EVENTS, CONSENT_INFORMATION, CONSENT_RECIPIENT_TYPES } from '../../consents/consent-terms';
import { CONSENT_STATUSES, type ConsentStatus } from '../../consents/consent-status';
import type { ConsentView } from '../../consents/consents.service';
import { SIGNATURE_MEDIA_TYPES, SIGNATURE_METHODS } from '../../consents/consent-signature.entity';

export class ConsentSignatureDto {
  @ApiProperty({ enum: SIGNATURE_METHODS }) method: string;
  @ApiProperty({ enum: SIGNATURE_MEDIA_TYPES }) mediaType: string;
  @ApiProperty({ description: 'SHA-256 of the file, hex' }) sha256: string;
  @ApiProperty() bytes: number;
}

export class ConsentSignatureFileDto {
  @ApiProperty({ enum: SIGNATURE_METHODS }) method: string;
  @ApiProperty({ enum: SIGNATURE_MEDIA_TYPES }) mediaType: string;
  @ApiProperty({ description: 'SHA-256 of the file, hex' }) sha256: string;
  @ApiProperty({ description: 'The file, base64-encoded' }) data: string;
}

export class ConsentDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ enum: CONSENT_STATUSES, description: "On the court's current local day" }) status: ConsentStatus;
  @ApiProperty({ nullable: true, type: String }) discloserOrganisationId: string | null;
  @ApiProperty({ enum: CONSENT_RECIPIENT_TYPES }) recipientType: string;
  @ApiProperty({ nullable: true, type: String }) recipientUserId: string | null;
  @ApiProperty({ nullable: true, type: String }) recipientOrganisationId: string | null;
  @ApiProperty() recipientDescription: string;
  @ApiProperty({ enum: CONSENT_INFORMATION, isArray: true }) information: string[];
  @ApiProperty({ nullable: true, type: String }) informationDescription: string | null;
  @ApiProperty() purpose: string;
  @ApiProperty({ nullable: true, type: String, example: '2027-06-30' }) expiresOn: string | null;
  @ApiProperty({ nullable: true, enum: CONSENT_EXPIRY_EVENTS }) expiryEvent: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When the expiry event ended the consent' }) endedAt: string | null;
  @ApiProperty({ example: '2026-11-20' }) signedOn: string;
  @ApiProperty() signedBy: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) revocationReason: string | null;
  @ApiProperty() recordedAt: string;
  @ApiProperty({ type: ConsentSignatureDto, nullable: true, description: "The participant's signature stored with the form (its file at GET /consents/{id}/signature)" })
  signature: ConsentSignatureDto | null;
}

export function toConsentDto({ consent, status, signature }: ConsentView): ConsentDto {
  return {
    id: consent.id,
    participantId: consent.participantId,
    courtId: consent.courtId,
    status,
    discloserOrganisationId: consent.discloserOrganisationId,
    recipientType: consent.recipientType,
    recipientUserId: consent.recipientUserId,
    recipientOrganisationId: consent.recipientOrganisationId,
    recipientDescription: consent.recipientDescription,
    information: consent.information,
    informationDescription: consent.informationDescription,
    purpose: consent.purpose,
    expiresOn: consent.expiresOn,
    expiryEvent: consent.expiryEvent,
    endedAt: consent.endedAt?.toISOString() ?? null,
    signedOn: consent.signedOn,
    signedBy: consent.signedBy,
    revokedAt: consent.revokedAt?.toISOString() ?? null,
    revocationReason: consent.revocationReason,
    recordedAt: consent.createdAt.toISOString(),
    signature: signature ?? null,
  };
}
