import { IsOptionalNotNull, IsTranslations, Trim, TrimTranslations, type Translations } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayNotEmpty,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { CHARGE_CATEGORIES, MAX_TESTS_PER_7_DAYS_LIMIT, MAX_UNTESTED_DAYS_LIMIT, PROGRAM_MODELS, SCREENING_PARTIES, VIOLATION_OUTCOMES } from '../program-model';
import type { ChargeCategory, ProgramModel, ScreeningParty, ViolationOutcome } from '../program-model';
import { MAX_PHASES } from '../program-rules';
import type { ProgramTranslatedField } from '../program.entity';
import type { ProgramWithPlan } from '../programs.service';
import { PhaseInputDto, PhasePlanDto } from './phase-plan.dto';

const TRANSLATED_FIELDS = { name: 200 } as const;

const TRANSLATIONS_SCHEMA = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { name: { type: 'string', minLength: 1, maxLength: 200 } },
    additionalProperties: false,
  },
  example: { es: { name: 'Tribunal de Tratamiento para Adultos' }, pt: { name: 'Tribunal de Tratamento para Adultos' } },
} as const;

export class CreateProgramDto {
  @ApiProperty({ example: 'ATC', description: 'Short code, unique in the court; stored upper-case; 2-32 of A-Z, 0-9 and -. Cannot be changed later.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-Z0-9-]{2,32}$/, { message: 'code must be 2 to 32 letters, digits or hyphens' })
  code: string;

  @ApiProperty({ example: 'Adult Treatment Court' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ ...TRANSLATIONS_SCHEMA, description: 'The name in other languages (keys en, es, pt; each { name }); defaults to none' })
  @IsOptionalNotNull()
  @TrimTranslations()
  @IsTranslations(TRANSLATED_FIELDS)
  translations?: Translations<ProgramTranslatedField>;

  @ApiProperty({ enum: PROGRAM_MODELS })
  @IsIn(PROGRAM_MODELS)
  model: ProgramModel;

  @ApiPropertyOptional({
    description: "Copy the model's template phases as plan version 1. Defaults to true when phases are absent; false without phases creates a program with no plan yet.",
  })
  @IsOptionalNotNull()
  @IsBoolean()
  template?: boolean;

  @ApiPropertyOptional({ type: [PhaseInputDto], maxItems: MAX_PHASES, description: 'Explicit phases for plan version 1, in order (instead of the template)' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PHASES)
  @ValidateNested({ each: true })
  @Type(() => PhaseInputDto)
  phases?: PhaseInputDto[];

  @ApiPropertyOptional({ enum: SCREENING_PARTIES, isArray: true, description: "Whose approval admission needs; defaults to the model template's" })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(SCREENING_PARTIES, { each: true })
  requiredApprovals?: ScreeningParty[];

  @ApiPropertyOptional({ enum: CHARGE_CATEGORIES, isArray: true, description: "Charge categories that make a referral ineligible; defaults to the model template's" })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(CHARGE_CATEGORIES, { each: true })
  excludedChargeCategories?: ChargeCategory[];

  @ApiPropertyOptional({ description: 'Whether a treatment session the provider reports as a no-show is a violation; defaults to true' })
  @IsOptionalNotNull()
  @IsBoolean()
  noShowViolation?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, description: 'Note on plan version 1' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

/** Every field optional; the code and model never change (phases change through new plan versions). */
export class UpdateProgramDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ ...TRANSLATIONS_SCHEMA, description: 'Replaces the name in other languages; {} removes them all' })
  @IsOptionalNotNull()
  @TrimTranslations()
  @IsTranslations(TRANSLATED_FIELDS)
  translations?: Translations<ProgramTranslatedField>;

  @ApiPropertyOptional({ description: 'A closed program takes no new referrals; its participants carry on' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ enum: CHARGE_CATEGORIES, isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(CHARGE_CATEGORIES, { each: true })
  excludedChargeCategories?: ChargeCategory[];

  @ApiPropertyOptional({ enum: SCREENING_PARTIES, isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayNotEmpty()
  @ArrayUnique()
  @IsIn(SCREENING_PARTIES, { each: true })
  requiredApprovals?: ScreeningParty[];

  @ApiPropertyOptional({ type: Number,
    nullable: true,
    minimum: 1,
    maximum: MAX_UNTESTED_DAYS_LIMIT,
    description: 'Guard rail: at most this many days in a row without a test; null for pure chance',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_UNTESTED_DAYS_LIMIT)
  maxUntestedDays?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: MAX_TESTS_PER_7_DAYS_LIMIT, description: 'Guard rail: at most this many tests in any 7 days; null for no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_TESTS_PER_7_DAYS_LIMIT)
  maxTestsPer7Days?: number | null;

  @ApiPropertyOptional({ enum: VIOLATION_OUTCOMES, isArray: true, description: 'Test outcomes that are violations (a positive once confirmed or admitted); may be empty' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(VIOLATION_OUTCOMES, { each: true })
  violationOutcomes?: ViolationOutcome[];

  @ApiPropertyOptional({ description: 'Whether a treatment session the provider reports as a no-show is a violation' })
  @IsOptionalNotNull()
  @IsBoolean()
  noShowViolation?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: 90, description: 'A participant with no contact, no call-in and no test for this many days is flagged as possibly absconded' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(90)
  abscondingDays?: number;

  @ApiPropertyOptional({ description: 'Testing (the draw, the daily call-in) begins only the day after a warning hearing held with the participant present' })
  @IsOptionalNotNull()
  @IsBoolean()
  warningHearingRequired?: boolean;

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 20, description: 'This many positive tests within treatmentOfferDays propose a treatment assessment at the next hearing; null: never on positives' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(20)
  treatmentOfferPositives?: number | null;

  @ApiPropertyOptional({ minimum: 1, maximum: 365, description: 'The days over which positives are counted for a treatment offer' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(1)
  @Max(365)
  treatmentOfferDays?: number;
}

export class ProgramDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ example: 'ATC' }) code: string;
  @ApiProperty({ description: 'As the court entered it' }) name: string;
  @ApiProperty({ ...TRANSLATIONS_SCHEMA, description: 'The name in other languages, as stored ({} when none)' })
  translations: Translations<ProgramTranslatedField>;
  @ApiProperty({ enum: PROGRAM_MODELS }) model: ProgramModel;
  @ApiProperty() active: boolean;
  @ApiProperty({ enum: SCREENING_PARTIES, isArray: true }) requiredApprovals: ScreeningParty[];
  @ApiProperty({ enum: CHARGE_CATEGORIES, isArray: true }) excludedChargeCategories: ChargeCategory[];
  @ApiProperty({ nullable: true, type: Number, description: 'At most this many days in a row without a test; null: no limit' }) maxUntestedDays: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'At most this many tests in any 7 days; null: no limit' }) maxTestsPer7Days: number | null;
  @ApiProperty({ enum: VIOLATION_OUTCOMES, isArray: true, description: 'Test outcomes that are violations' }) violationOutcomes: ViolationOutcome[];
  @ApiProperty({ description: 'Whether a treatment session the provider reports as a no-show is a violation' }) noShowViolation: boolean;
  @ApiProperty({ description: 'Days with no contact, call-in or test after which a participant is flagged as possibly absconded' }) abscondingDays: number;
  @ApiProperty({ description: 'Testing begins only after a warning hearing held with the participant present (HOPE)' }) warningHearingRequired: boolean;
  @ApiProperty({ type: Number, nullable: true, description: 'Positives within treatmentOfferDays that propose a treatment assessment; null: never on positives' })
  treatmentOfferPositives: number | null;
  @ApiProperty() treatmentOfferDays: number;
  @ApiProperty({ type: PhasePlanDto, nullable: true, description: 'The highest plan version; null before one is written' })
  currentPlan: PhasePlanDto | null;

  static of({ program, currentPlan }: ProgramWithPlan): ProgramDto {
    return {
      id: program.id,
      courtId: program.courtId,
      code: program.code,
      name: program.name,
      translations: program.translations,
      model: program.model,
      active: program.active,
      requiredApprovals: program.requiredApprovals,
      excludedChargeCategories: program.excludedChargeCategories,
      maxUntestedDays: program.maxUntestedDays,
      maxTestsPer7Days: program.maxTestsPer7Days,
      violationOutcomes: program.violationOutcomes as ViolationOutcome[],
      noShowViolation: program.noShowViolation,
      abscondingDays: program.abscondingDays,
      warningHearingRequired: program.warningHearingRequired,
      treatmentOfferPositives: program.treatmentOfferPositives,
      treatmentOfferDays: program.treatmentOfferDays,
      currentPlan: currentPlan ? PhasePlanDto.of(currentPlan) : null,
    };
  }
}
