import { IsOptionalNotNull, IsTranslations, isLanguage, LANGUAGES, Trim, TrimTranslations, type Translations } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateBy,
  ValidateNested,
} from 'class-validator';
import type { MilestoneTranslations, Phase, PhaseTranslatedField } from '../phase.entity';
import type { PlanWithPhases } from '../program-reader';
import {
  DESCRIPTION_MAX_LENGTH,
  MAX_DAYS,
  MAX_FEES,
  MAX_HEARING_WEEKS,
  MAX_MILESTONES,
  MAX_PHASES,
  MAX_SERVICE_HOURS,
  MAX_SESSIONS_PER_WEEK,
  MILESTONE_MAX_LENGTH,
  NAME_MAX_LENGTH,
} from '../program-rules';
import type { PhaseRequirements } from '../program-templates';
import type { PhasePlanSummary } from '../phase-plans.service';

const TrimEach = () => Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value));
const NUMBER = { allowNaN: false, allowInfinity: false } as const;

const TRANSLATED_FIELDS = { name: NAME_MAX_LENGTH } as const;

/** A language's milestones: the keys are languages, each a list of texts (the counts and lengths are checked with the plan's rules). */
const IsMilestoneTranslations = () =>
  ValidateBy({
    name: 'isMilestoneTranslations',
    validator: {
      validate: (value) =>
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.entries(value as Record<string, unknown>).every(([language, texts]) => isLanguage(language) && Array.isArray(texts) && texts.every((t) => typeof t === 'string')),
      defaultMessage: () => `$property must be an object whose keys are ${LANGUAGES.join(', ')}, each a list of the phase's milestones in that language`,
    },
  });

const MILESTONE_TRANSLATIONS_SCHEMA = {
  type: 'object',
  additionalProperties: { type: 'array', items: { type: 'string', minLength: 1, maxLength: MILESTONE_MAX_LENGTH } },
  example: { es: ['empleo o estudios'], pt: ['emprego ou estudos'] },
} as const;

const PHASE_TRANSLATIONS_SCHEMA = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { name: { type: 'string', minLength: 1, maxLength: NAME_MAX_LENGTH } },
    additionalProperties: false,
  },
  example: { es: { name: 'Estabilización' }, pt: { name: 'Estabilização' } },
} as const;

/**
 * One phase of a plan being written. Its position is its place in the list.
 * Community service hours and fees are cumulative since enrolment (the total
 * due by the end of the phase), so they never go down from phase to phase.
 */
export class PhaseInputDto {
  @ApiProperty({ example: 'Stabilisation', maxLength: NAME_MAX_LENGTH, description: 'Unique in the plan' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(NAME_MAX_LENGTH)
  name: string;

  @ApiPropertyOptional({ ...PHASE_TRANSLATIONS_SCHEMA, description: 'The name in other languages (keys en, es, pt; each { name }); defaults to none' })
  @IsOptionalNotNull()
  @TrimTranslations()
  @IsTranslations(TRANSLATED_FIELDS)
  translations?: Translations<PhaseTranslatedField>;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: DESCRIPTION_MAX_LENGTH })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(DESCRIPTION_MAX_LENGTH)
  description?: string | null;

  @ApiProperty({ example: 60, minimum: 0, maximum: MAX_DAYS })
  @IsInt()
  @Min(0)
  @Max(MAX_DAYS)
  minDaysInPhase: number;

  @ApiProperty({ example: 14, minimum: 0, maximum: MAX_DAYS, description: 'Continuous days of sobriety needed before moving on' })
  @IsInt()
  @Min(0)
  @Max(MAX_DAYS)
  sobrietyDays: number;

  @ApiProperty({ example: 3, minimum: 0, maximum: 7, description: 'Random tests per week, at most one decimal' })
  @IsNumber({ ...NUMBER, maxDecimalPlaces: 1 })
  @Min(0)
  @Max(7)
  testsPerWeek: number;

  @ApiProperty({ type: Number, example: 1, nullable: true, minimum: 1, maximum: MAX_HEARING_WEEKS, description: 'Status hearings every N weeks; null: only on violations' })
  @ValidateIf((_object, value) => value !== null)
  @IsInt()
  @Min(1)
  @Max(MAX_HEARING_WEEKS)
  hearingEveryWeeks: number | null;

  @ApiProperty({ example: 3, minimum: 0, maximum: MAX_SESSIONS_PER_WEEK })
  @IsInt()
  @Min(0)
  @Max(MAX_SESSIONS_PER_WEEK)
  treatmentSessionsPerWeek: number;

  @ApiProperty({ example: 30, minimum: 0, maximum: MAX_SERVICE_HOURS, description: 'Cumulative since enrolment, by the end of this phase' })
  @IsNumber({ ...NUMBER, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_SERVICE_HOURS)
  communityServiceHours: number;

  @ApiPropertyOptional({ type: [String], example: ['employed or in school'], maxItems: MAX_MILESTONES })
  @IsOptionalNotNull()
  @TrimEach()
  @IsArray()
  @ArrayMaxSize(MAX_MILESTONES)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(MILESTONE_MAX_LENGTH, { each: true })
  milestones?: string[];

  @ApiPropertyOptional({ ...MILESTONE_TRANSLATIONS_SCHEMA, description: 'The milestones in other languages (keys en, es, pt), each list in the order of milestones; defaults to none' })
  @IsOptionalNotNull()
  @IsMilestoneTranslations()
  milestoneTranslations?: MilestoneTranslations;

  @ApiProperty({ example: 100, minimum: 0, maximum: MAX_FEES, description: 'Fees paid since enrolment by the end of this phase' })
  @IsNumber({ ...NUMBER, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(MAX_FEES)
  feesDue: number;

  static toRequirements(input: PhaseInputDto): PhaseRequirements {
    return {
      name: input.name,
      translations: input.translations ?? {},
      description: input.description || null,
      minDaysInPhase: input.minDaysInPhase,
      sobrietyDays: input.sobrietyDays,
      testsPerWeek: input.testsPerWeek,
      hearingEveryWeeks: input.hearingEveryWeeks,
      treatmentSessionsPerWeek: input.treatmentSessionsPerWeek,
      communityServiceHours: input.communityServiceHours,
      milestones: input.milestones ?? [],
      milestoneTranslations: input.milestoneTranslations ?? {},
      feesDue: input.feesDue,
    };
  }
}

export class CreatePhasePlanDto {
  @ApiProperty({ type: [PhaseInputDto], minItems: 1, maxItems: MAX_PHASES, description: 'The whole plan, in order' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_PHASES)
  @ValidateNested({ each: true })
  @Type(() => PhaseInputDto)
  phases: PhaseInputDto[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 500, example: 'Phase 3 shortened to 90 days' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

/** A phase's requirements (a template's phases have no id). */
export class PhaseRequirementsDto {
  @ApiProperty({ example: 1 }) position: number;
  @ApiProperty({ example: 'Stabilisation' }) name: string;
  @ApiProperty({ ...PHASE_TRANSLATIONS_SCHEMA, description: 'The name in other languages, as stored ({} when none)' })
  translations: Translations<PhaseTranslatedField>;
  @ApiProperty({ nullable: true, type: String }) description: string | null;
  @ApiProperty({ example: 60 }) minDaysInPhase: number;
  @ApiProperty({ example: 14 }) sobrietyDays: number;
  @ApiProperty({ example: 3 }) testsPerWeek: number;
  @ApiProperty({ example: 1, nullable: true, type: Number }) hearingEveryWeeks: number | null;
  @ApiProperty({ example: 3 }) treatmentSessionsPerWeek: number;
  @ApiProperty({ example: 0, description: 'Cumulative since enrolment' }) communityServiceHours: number;
  @ApiProperty({ type: [String] }) milestones: string[];
  @ApiProperty({ ...MILESTONE_TRANSLATIONS_SCHEMA, description: 'The milestones in other languages, as stored ({} when none)' })
  milestoneTranslations: MilestoneTranslations;
  @ApiProperty({ example: 0, description: 'Cumulative since enrolment' }) feesDue: number;

  static of(phase: PhaseRequirements & { position: number }): PhaseRequirementsDto {
    return {
      position: phase.position,
      name: phase.name,
      translations: phase.translations ?? {},
      description: phase.description,
      minDaysInPhase: phase.minDaysInPhase,
      sobrietyDays: phase.sobrietyDays,
      testsPerWeek: phase.testsPerWeek,
      hearingEveryWeeks: phase.hearingEveryWeeks,
      treatmentSessionsPerWeek: phase.treatmentSessionsPerWeek,
      communityServiceHours: phase.communityServiceHours,
      milestones: [...phase.milestones],
      milestoneTranslations: phase.milestoneTranslations ?? {},
      feesDue: phase.feesDue,
    };
  }
}

export class PhaseDto extends PhaseRequirementsDto {
  @ApiProperty() id: string;

  static override of(phase: Phase): PhaseDto {
    return { id: phase.id, ...PhaseRequirementsDto.of(phase) };
  }
}

/** One version of a program's plan. */
export class PhasePlanDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 1 }) version: number;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: [PhaseDto] }) phases: PhaseDto[];

  static of({ plan, phases }: PlanWithPhases): PhasePlanDto {
    return { id: plan.id, version: plan.version, note: plan.note, createdAt: plan.createdAt.toISOString(), phases: phases.map(PhaseDto.of) };
  }
}

/** A version in a program's history, without its phases. */
export class PhasePlanSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 2 }) version: number;
  @ApiProperty({ nullable: true, type: String }) note: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ example: 5 }) phaseCount: number;

  static of({ plan, phaseCount }: PhasePlanSummary): PhasePlanSummaryDto {
    return { id: plan.id, version: plan.version, note: plan.note, createdAt: plan.createdAt.toISOString(), phaseCount };
  }
}
