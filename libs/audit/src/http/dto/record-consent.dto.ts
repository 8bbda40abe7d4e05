import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsBase64,
  IsUUID,
  Matches,
  MaxLength,
  Validate,
  ValidateNested,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';
import { Type } from 'class-transformer';
import { IsOptionalNotNull, isValidCalendarDate } from '@app/core';
import { SIGNATURE_MEDIA_TYPES, SIGNATURE_METHODS, type SignatureMediaType, type SignatureMethod } from '../../consents/consent-signature.entity';
import {
  CONSENT_EXPIRY_EVENTS,
  CONSENT_INFORMATION,
  CONSENT_RECIPIENT_TYPES,
  type ConsentExpiryEvent,
  type ConsentInformation,
  type ConsentRecipientType,
} from '../../consents/consent-terms';
import type { ConsentForm } from '../../consents/consents.service';

@ValidatorConstraint({ name: 'calendarDate' })
class CalendarDateConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidCalendarDate(value);
  }

  defaultMessage(): string {
    return '$property must be a calendar date as YYYY-MM-DD';
  }
}

/**
 * Base64 of at most 700 KiB of file: a drawing is a few tens of KiB, a scanned
 * page a few hundred; the request stays inside the API's 1 MiB body limit.
 */
export const MAX_SIGNATURE_BASE64 = Math.ceil((700 * 1024) / 3) * 4;

export class ConsentSignatureInputDto {
  @ApiProperty({ enum: SIGNATURE_METHODS, description: '`drawn` on a tablet at the desk, or the signed paper form `scanned`' })
  @IsIn(SIGNATURE_METHODS)
  method: SignatureMethod;

  @ApiProperty({ enum: SIGNATURE_MEDIA_TYPES, description: 'A drawing is a PNG; a scanned form a PNG, a JPEG or a PDF' })
  @IsIn(SIGNATURE_MEDIA_TYPES)
  mediaType: SignatureMediaType;

  @ApiProperty({ description: 'The file, base64-encoded (at most 700 KiB of file); it must be of its media type', maxLength: MAX_SIGNATURE_BASE64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_SIGNATURE_BASE64, { message: 'the signature file must be at most 700 KiB' })
  @IsBase64()
  data: string;
}

/**
 * A signed consent form (42 CFR §2.31) as recorded by case staff. Shapes are
 * checked here; the rules between fields and against the court (organisations
 * and recipient in the participant's court, dates) in `ConsentsService`.
 */
export class RecordConsentDto implements ConsentForm {
  @ApiPropertyOptional({ description: "The program permitted to disclose (a provider organisation of the participant's court); omit for any of its treatment providers" })
  @IsOptional()
  @IsUUID()
  discloserOrganisationId?: string;

  @ApiProperty({ enum: CONSENT_RECIPIENT_TYPES })
  @IsIn(CONSENT_RECIPIENT_TYPES)
  recipientType: ConsentRecipientType;

  @ApiPropertyOptional({ description: 'A staff member of the court, for recipientType `person`' })
  @IsOptional()
  @IsUUID()
  recipientUserId?: string;

  @ApiPropertyOptional({ description: "A provider organisation of the court; required for recipientType `organisation`" })
  @IsOptional()
  @IsUUID()
  recipientOrganisationId?: string;

  @ApiPropertyOptional({
    maxLength: 300,
    description: "The recipient as written on the form; defaults to the organisation's or person's name, or the court team",
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  recipientDescription?: string;

  @ApiProperty({ enum: CONSENT_INFORMATION, isArray: true, description: 'Kinds of information the consent covers (no duplicates)' })
  @IsArray()
  @ArrayNotEmpty()
  @ArrayMaxSize(CONSENT_INFORMATION.length)
  @ArrayUnique()
  @IsIn(CONSENT_INFORMATION, { each: true })
  information: ConsentInformation[];

  @ApiPropertyOptional({ maxLength: 2000, description: 'How much and what kind of information, in the form’s words' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  informationDescription?: string;

  @ApiProperty({ maxLength: 2000, example: 'monitoring of treatment court participation' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  purpose: string;

  @ApiPropertyOptional({ description: 'Last court-local day the consent is valid (YYYY-MM-DD); give this, expiryEvent, or both', example: '2027-06-30' })
  @IsOptional()
  @Validate(CalendarDateConstraint)
  expiresOn?: string;

  @ApiPropertyOptional({ enum: CONSENT_EXPIRY_EVENTS, description: 'The event that ends the consent' })
  @IsOptional()
  @IsIn(CONSENT_EXPIRY_EVENTS)
  expiryEvent?: ConsentExpiryEvent;

  @ApiProperty({ description: "Court-local date of signature (YYYY-MM-DD); not in the future", example: '2026-11-20' })
  @Validate(CalendarDateConstraint)
  signedOn: string;

  @ApiProperty({ maxLength: 200, description: 'Who signed: the participant, or a guardian or representative, by name' })
  @IsString()
  @IsNotEmpty()
  @Matches(/\S/, { message: 'signedBy must name who signed' })
  @MaxLength(200)
  signedBy: string;

  @ApiPropertyOptional({ type: ConsentSignatureInputDto, description: "The participant's signature, stored with the consent as evidence of it" })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => ConsentSignatureInputDto)
  signature?: ConsentSignatureInputDto;
}
