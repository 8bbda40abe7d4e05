import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, Trim } from '@app/core';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNumber,
  Max,
  Min,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { COLLECTION_BASES, type CollectionBasis, SPECIMEN_TYPES, type SpecimenType } from '../../entities/collection.entity';
import {
  CONFIRMATION_TECHNIQUES,
  type ConfirmationTechnique,
  DRUG_TEST_OUTCOMES,
  type DrugTestOutcome,
  SUBSTANCE_PANELS,
  type SubstancePanel,
  TEST_METHODS,
  type TestMethod,
} from '../../entities/drug-test-result.entity';

export const MAX_RESULTS_PER_REQUEST = 20;

/** A date-time with its offset: without one, the instant would depend on the server's zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = 'collectedAt must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-23T14:05:00Z';

export class ResultInputDto {
  @ApiPropertyOptional({ enum: SUBSTANCE_PANELS, nullable: true, description: 'Required on a positive screen; absent on dilute, adulterated, substituted, invalid and refused' })
  @IsOptional()
  @IsIn(SUBSTANCE_PANELS)
  substance?: SubstancePanel | null;

  @ApiProperty({ enum: DRUG_TEST_OUTCOMES, description: '`missed` is never recorded by hand; a confirmation is positive or negative' })
  @IsIn(DRUG_TEST_OUTCOMES)
  outcome: DrugTestOutcome;

  @ApiPropertyOptional({ type: Boolean, nullable: true, description: 'The participant admits the use this positive shows' })
  @IsOptional()
  @IsBoolean()
  admitted?: boolean | null;

  @ApiPropertyOptional({ type: String,
    format: 'uuid',
    nullable: true,
    description: "Confirmations only (required there): the screen result of the same collection and substance it settles; the substance defaults to the screen's",
  })
  @IsOptional()
  @IsUUID()
  supersedesId?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 0, example: 52.5, description: "The level read, ng/mL; below the program's cut-off for the panel the result is recorded negative. Required on a positive confirmation" })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0)
  @Max(1_000_000_000)
  levelNgMl?: number | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200, description: 'Confirmations only (required there): the laboratory that confirmed' })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  lab?: string | null;

  @ApiPropertyOptional({ enum: CONFIRMATION_TECHNIQUES, nullable: true, description: 'Confirmations only (required there): GC-MS or LC-MS' })
  @IsOptional()
  @IsIn(CONFIRMATION_TECHNIQUES)
  technique?: ConfirmationTechnique | null;
}

/** 1 to 20 results, each checked on its own. */
const ResultList = () =>
  applyDecorators(IsArray(), ArrayMinSize(1), ArrayMaxSize(MAX_RESULTS_PER_REQUEST), ValidateNested({ each: true }), Type(() => ResultInputDto));

export class CreateCollectionDto {
  @ApiPropertyOptional({ example: '2026-11-23T14:05:00Z', description: 'When the specimen was collected; now when omitted; never in the future nor before enrolment (court days)' })
  @IsOptionalNotNull()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  collectedAt?: string;

  @ApiPropertyOptional({ format: 'uuid', description: "An active testing site of the participant's court" })
  @IsOptionalNotNull()
  @IsUUID()
  testingSiteId?: string;

  @ApiProperty({ description: 'Whether staff observed the collection' })
  @IsBoolean()
  observed: boolean;

  @ApiProperty({ enum: SPECIMEN_TYPES })
  @IsIn(SPECIMEN_TYPES)
  specimenType: SpecimenType;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Staff notes; never shown to the participant' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(1000)
  notes?: string;

  @ApiPropertyOptional({ maxLength: 200, description: 'The laboratory the specimen goes to; required with accessionNumber' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  lab?: string;

  @ApiPropertyOptional({ maxLength: 64, example: 'A-2026-004512', description: "The lab's accession number for the specimen; unique per lab (409 when in use)" })
  @IsOptionalNotNull()
  @Trim()
  @Matches(/^[A-Za-z0-9][A-Za-z0-9._/-]{0,63}$/, { message: 'accessionNumber must be 1 to 64 letters, digits, dots, dashes, slashes or underscores' })
  accessionNumber?: string;

  @ApiPropertyOptional({ type: [ResultInputDto], maxItems: MAX_RESULTS_PER_REQUEST, description: 'Screen results read at collection (e.g. an instant cup)' })
  @IsOptionalNotNull()
  @ResultList()
  results?: ResultInputDto[];
}

export class RecordResultsDto {
  @ApiProperty({ enum: TEST_METHODS, description: 'A confirmation (laboratory) result settles a screen' })
  @IsIn(TEST_METHODS)
  method: TestMethod;

  @ApiProperty({ type: [ResultInputDto], minItems: 1, maxItems: MAX_RESULTS_PER_REQUEST })
  @ResultList()
  results: ResultInputDto[];
}

export class ContestResultDto {
  @ApiProperty({ maxLength: 1000, description: 'Why the participant disputes the result' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class AdmitResultDto {
  @ApiPropertyOptional({ maxLength: 500, description: "Staff note on the admission; added to the collection's staff notes" })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  note?: string;
}

export class DrugTestResultDto {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String, description: 'Null for a missed test' }) collectionId: string | null;
  @ApiProperty({ example: '2026-11-23', description: 'Court day of the test' }) testedOn: string;
  @ApiProperty({ enum: SUBSTANCE_PANELS, nullable: true }) substance: SubstancePanel | null;
  @ApiProperty({ enum: DRUG_TEST_OUTCOMES }) outcome: DrugTestOutcome;
  @ApiProperty({ enum: TEST_METHODS }) method: TestMethod;
  @ApiProperty({ nullable: true, type: String, description: 'The screen this confirmation settles' }) supersedesId: string | null;
  @ApiProperty({ description: 'A confirmation contradicted this screen; it no longer counts' }) overturned: boolean;
  @ApiProperty({ nullable: true, type: Number, description: 'The level read, ng/mL' }) levelNgMl: number | null;
  @ApiProperty({ nullable: true, type: String, description: 'The confirming laboratory' }) lab: string | null;
  @ApiProperty({ enum: CONFIRMATION_TECHNIQUES, nullable: true }) technique: ConfirmationTechnique | null;
  @ApiProperty() admitted: boolean;
  @ApiProperty({ nullable: true, type: String }) contestedAt: string | null;
  @ApiProperty({ nullable: true, type: String }) contestReason: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'When it was released to the participant' }) releasedAt: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Staff only' }) recordedBy?: string | null;
  @ApiProperty() createdAt: string;
}

export class CollectionDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ example: '2026-11-23', description: 'Court day of collectedAt, in the court zone' }) courtDay: string;
  @ApiProperty() collectedAt: string;
  @ApiProperty({ nullable: true, type: String }) testingSiteId: string | null;
  @ApiProperty({ nullable: true, type: String }) testingSiteName: string | null;
  @ApiProperty() observed: boolean;
  @ApiProperty({ enum: SPECIMEN_TYPES }) specimenType: SpecimenType;
  @ApiProperty({ enum: COLLECTION_BASES, description: "random: the day's draw selected the participant; forced: staff ordered the test; for_cause: neither" })
  basis: CollectionBasis;
  @ApiProperty({ nullable: true, type: String, description: 'The laboratory the specimen went to' }) lab: string | null;
  @ApiProperty({ nullable: true, type: String, description: "The lab's accession number" }) accessionNumber: string | null;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'Staff only' }) notes?: string | null;
  @ApiPropertyOptional({ description: 'Staff only' }) collectedBy?: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true, description: "When it came in from the court's earlier records (a history import): history; its basis and site are not the earlier system's" })
  importedAt: string | null;
  @ApiProperty({ type: [DrugTestResultDto], description: 'Screens first; a participant sees released results only' }) results: DrugTestResultDto[];
}

/** What every write answers: the collection as it now stands, and the violation it stands for. */
export class RecordedCollectionDto extends CollectionDto {
  @ApiProperty({ nullable: true, type: String, description: 'The open or answered violation this collection stands for; null when none' })
  violationId: string | null;
}

export class DrugTestHistoryDto {
  @ApiProperty() participantId: string;
  @ApiProperty({ type: [CollectionDto], description: 'Newest first' }) collections: CollectionDto[];
  @ApiProperty({ type: [DrugTestResultDto], description: 'Missed tests (no collection), newest first' }) missedTests: DrugTestResultDto[];
}
