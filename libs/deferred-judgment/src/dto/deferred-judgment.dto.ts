import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull, Trim } from '@app/core';
import { ChargeDto } from '@app/participants';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsInt, IsNotEmpty, IsString, IsUUID, Max, MaxLength, Min, ValidateNested } from 'class-validator';
import { EXPUNGEMENT_RULES, type ExpungementRule } from '../expungement-eligibility';
import { PLEA_SOURCES, PLEAS, type Plea, type PleaSource } from '../deferred-judgment.entity';

export class RecordPleaDto {
  @ApiProperty({ type: [ChargeDto], description: 'The charges pleaded to' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChargeDto)
  charges: ChargeDto[];

  @ApiProperty({ enum: PLEAS }) @IsIn(PLEAS) plea: Plea;

  @ApiProperty({ example: '2026-03-02', description: 'Court-local date the plea was entered; not in the future' })
  @IsCalendarDate()
  pleaEnteredOn: string;

  @ApiProperty({ description: 'The sentence deferred: what the court imposes if the program is not completed', maxLength: 2000 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  deferredSentence: string;

  @ApiProperty({ minimum: 1, maximum: 18, description: 'The program’s length from the plea, in months (at most 18)' })
  @IsInt()
  @Min(1)
  @Max(18)
  programMonths: number;

  @ApiPropertyOptional({ default: 220, description: 'Community service hours the terms require in all' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  @Max(2000)
  communityServiceHours?: number;

  @ApiPropertyOptional({ type: [String], example: ['employment', 'child support'], description: 'Milestones the terms require, as recorded on the participant’s page' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @Trim()
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(120, { each: true })
  requiredMilestones?: string[];

  @ApiProperty({ enum: PLEA_SOURCES, description: '`hearing`: the judge at a hearing (give hearingId); `court_paper`: from the court’s paper' })
  @IsIn(PLEA_SOURCES)
  source: PleaSource;

  @ApiPropertyOptional({ description: 'The hearing the plea was entered at (with source `hearing`)' })
  @IsOptionalNotNull()
  @IsUUID()
  hearingId?: string;
}

export class ChangeProgramLengthDto {
  @ApiProperty({ minimum: 1, description: 'The new length from the plea, in months; more than 18 is refused (409 program-length-maximum)' })
  @IsInt()
  @Min(1)
  programMonths: number;

  @ApiProperty({ description: 'Why the court changes it', maxLength: 1000 }) @Trim() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class DeferredJudgmentDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ type: [ChargeDto] }) charges: ChargeDto[];
  @ApiProperty({ enum: PLEAS }) plea: Plea;
  @ApiProperty() pleaEnteredOn: string;
  @ApiProperty() deferredSentence: string;
  @ApiProperty() programMonths: number;
  @ApiProperty() communityServiceHours: number;
  @ApiProperty({ type: [String] }) requiredMilestones: string[];
  @ApiProperty({ enum: PLEA_SOURCES }) source: PleaSource;
  @ApiProperty({ type: String, nullable: true }) hearingId: string | null;
  @ApiProperty({ description: 'When the program ends on its current length' }) endsOn: string;
  @ApiProperty({ description: 'When staff are warned (16 months from the plea)' }) warningOn: string;
  @ApiProperty({ description: 'The latest the program may end (18 months from the plea)' }) maximumOn: string;
  @ApiProperty({ type: String, nullable: true, description: 'When staff were warned that the maximum nears' }) lengthWarningSentAt: string | null;
  @ApiProperty({ type: String, nullable: true }) expungementGrantedAt: string | null;
}

export class EligibilityRuleDto {
  @ApiProperty({ enum: EXPUNGEMENT_RULES }) rule: ExpungementRule;
  @ApiProperty() passed: boolean;
  @ApiProperty({ description: 'What was found' }) detail: string;
}

export class ExpungementEligibilityDto {
  @ApiProperty() participantId: string;
  @ApiProperty({ description: 'Every rule passed' }) eligible: boolean;
  @ApiProperty({ type: [EligibilityRuleDto] }) rules: EligibilityRuleDto[];
}

export class GrantExpungementDto {
  @ApiPropertyOptional({ description: 'The order’s reference as the court files it', maxLength: 100 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  orderReference?: string;
}

export class ExpungementGrantedDto {
  @ApiProperty() participantId: string;
  @ApiProperty() sealedAt: string;
  @ApiProperty({ type: String, nullable: true }) orderReference: string | null;
}

export class ReadSealedRecordDto {
  @ApiProperty({ description: 'Why the sealed record is read (audited), e.g. the court order or request that requires it', maxLength: 1000 })
  @Trim()
  @IsString()
  @MaxLength(1000)
  @IsNotEmpty()
  reason: string;
}

export class SealedRecordDto {
  @ApiProperty() participantId: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: [String] }) caseNumbers: string[];
  @ApiProperty() status: string;
  @ApiProperty({ type: String, nullable: true }) disposition: string | null;
  @ApiProperty({ type: String, nullable: true }) dischargedOn: string | null;
  @ApiProperty() sealedAt: string;
  @ApiProperty({ type: DeferredJudgmentDto, nullable: true }) deferredJudgment: DeferredJudgmentDto | null;
}
