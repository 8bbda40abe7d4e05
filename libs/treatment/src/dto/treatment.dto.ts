import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_INFORMATION } from '@app/audit';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';

/** Kinds of information a treatment note can carry (a consent must cover its kind). */
export const NOTE_CATEGORIES = CONSENT_INFORMATION.filter((c) => c !== 'drug_test_results');

export class CreateProviderReferralDto {
  @ApiProperty()
  @IsUUID()
  organisationId: string;

  @ApiProperty({ example: '2026-11-23', description: 'Court-local date the referral began' })
  @IsISO8601({ strict: true })
  referredOn: string;
}

export class ProviderReferralDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() referredOn: string;
  @ApiPropertyOptional({ nullable: true }) endedAt: string | null;
}

export class CreateTreatmentNoteDto {
  @ApiProperty({ enum: NOTE_CATEGORIES })
  @IsIn(NOTE_CATEGORIES)
  category: string;

  @ApiProperty({ example: '2026-11-20', description: 'Court-local date of the session or event' })
  @IsISO8601({ strict: true })
  occurredOn: string;

  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  body: string;
}

export class ListTreatmentNotesDto {
  @ApiPropertyOptional({ enum: NOTE_CATEGORIES })
  @IsOptional()
  @IsIn(NOTE_CATEGORIES)
  category?: string;
}

export class TreatmentNoteDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() authorId: string;
  @ApiProperty({ enum: NOTE_CATEGORIES }) category: string;
  @ApiProperty() occurredOn: string;
  @ApiProperty() body: string;
  @ApiProperty() createdAt: string;
}

/** Treatment information always travels with the 42 CFR §2.32 notice. */
export class TreatmentNotesDto {
  @ApiProperty({ type: [TreatmentNoteDto] }) items: TreatmentNoteDto[];
  @ApiProperty({ description: 'Kinds of information your consents cover; notes of other kinds are withheld' })
  coveredCategories: string[];
  @ApiProperty({ description: 'The redisclosure notice (42 CFR §2.32) that must accompany this information' })
  redisclosureNotice: string;
}
