import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_INFORMATION } from '@app/audit';
import { IsCalendarDate, IsOptionalNotNull } from '@app/core';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import {
  DISCHARGE_REASONS,
  type DischargeReason,
  LEVELS_OF_CARE,
  type LevelOfCare,
  TREATMENT_MODALITIES,
  type TreatmentModality,
} from '../treatment-terms';

/** Why staff end an episode; `program_discharge` is the discharge's own, never chosen by hand. */
export const MANUAL_DISCHARGE_REASONS = DISCHARGE_REASONS.filter((reason) => reason !== 'program_discharge');

/** Kinds of information a treatment note can carry (a consent must cover its kind). */
export const NOTE_CATEGORIES = CONSENT_INFORMATION.filter((c) => c !== 'drug_test_results');

export class CreateProviderReferralDto {
  @ApiProperty()
  @IsUUID()
  organisationId: string;

  @ApiProperty({ example: '2026-11-23', description: 'Court-local date the referral began' })
  @IsISO8601({ strict: true })
  referredOn: string;

  @ApiPropertyOptional({ enum: LEVELS_OF_CARE, nullable: true, description: 'ASAM level of care of the episode, e.g. `2.1` (intensive outpatient)' })
  @IsOptional()
  @IsIn(LEVELS_OF_CARE)
  levelOfCare?: LevelOfCare | null;

  @ApiPropertyOptional({ enum: TREATMENT_MODALITIES, nullable: true })
  @IsOptional()
  @IsIn(TREATMENT_MODALITIES)
  modality?: TreatmentModality | null;
}

/** Changes to an open episode; a field left out stays as it is, `null` clears it. */
export class UpdateProviderReferralDto {
  @ApiPropertyOptional({ enum: LEVELS_OF_CARE, nullable: true })
  @IsOptional()
  @IsIn(LEVELS_OF_CARE)
  levelOfCare?: LevelOfCare | null;

  @ApiPropertyOptional({ enum: TREATMENT_MODALITIES, nullable: true })
  @IsOptional()
  @IsIn(TREATMENT_MODALITIES)
  modality?: TreatmentModality | null;
}

/** Ending an episode; the body may be left out altogether. */
export class EndProviderReferralDto {
  @ApiPropertyOptional({ enum: MANUAL_DISCHARGE_REASONS, description: '`program_discharge` is set only by the program discharge itself' })
  @IsOptionalNotNull()
  @IsIn(MANUAL_DISCHARGE_REASONS)
  dischargeReason?: DischargeReason;

  @ApiPropertyOptional({ example: '2026-11-23', description: "Court-local last day of the episode; defaults to today in the court's time zone; not in the future, not before referredOn" })
  @IsOptionalNotNull()
  @IsCalendarDate()
  endedOn?: string;
}

export class ProviderReferralDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() referredOn: string;
  @ApiProperty({ enum: LEVELS_OF_CARE, nullable: true, type: String }) levelOfCare: LevelOfCare | null;
  @ApiProperty({ enum: TREATMENT_MODALITIES, nullable: true, type: String }) modality: TreatmentModality | null;
  @ApiProperty({ type: String, nullable: true }) endedAt: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Court-local last day of the episode' }) endedOn: string | null;
  @ApiProperty({ enum: DISCHARGE_REASONS, nullable: true, type: String }) dischargeReason: DischargeReason | null;
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
  @ApiProperty({ description: "The redisclosure notice (42 CFR §2.32) that must accompany this information, in the reader's language (Accept-Language)" })
  redisclosureNotice: string;
  @ApiProperty({ example: '42 CFR Part 2', description: 'The law the court operates under, which the notice is given under' })
  lawName: string;
}
