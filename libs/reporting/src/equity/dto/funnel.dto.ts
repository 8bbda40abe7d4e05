import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID, Matches } from 'class-validator';
import { IsOptionalNotNull } from '@app/core';
import { DEMOGRAPHIC_DIMENSIONS, type DemographicDimension } from '@app/participants';
import { MeasurePeriodQueryDto } from '../../dto/measure-period.dto';
import { AUDIENCES, type Audience, FUNNEL_STAGES } from '../funnel';

/** A count as shown: exact for the court team, "<5" outside it when 1 to 4 people (or the complement of such a cell). */
const COUNT = { oneOf: [{ type: 'integer' }, { type: 'string', enum: ['<5'] }] };
/** A rate or ratio as shown: "suppressed" when taken from a hidden count; null when there is nothing to divide by. */
const RATE = { nullable: true, oneOf: [{ type: 'number' }, { type: 'string', enum: ['suppressed'] }] };

export class AudienceQuery extends MeasurePeriodQueryDto {
  @ApiPropertyOptional({ enum: AUDIENCES, description: "`public`: the figures as they may be published, small cells suppressed (what the court's community reads); default `team`, exact" })
  @IsOptionalNotNull()
  @IsIn(AUDIENCES)
  audience?: Audience;
}

export class FunnelQueryDto extends AudienceQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only referrals to this program' })
  @IsOptionalNotNull()
  @IsUUID()
  programId?: string;

  @ApiPropertyOptional({ enum: DEMOGRAPHIC_DIMENSIONS, description: 'Each stage also per group of this demographic dimension' })
  @IsOptionalNotNull()
  @IsIn(DEMOGRAPHIC_DIMENSIONS)
  groupBy?: DemographicDimension;
}

export class EquityQueryDto extends AudienceQuery {
  @ApiProperty({ enum: DEMOGRAPHIC_DIMENSIONS, description: 'The demographic dimension whose groups are compared' })
  @IsIn(DEMOGRAPHIC_DIMENSIONS)
  dimension: DemographicDimension;

  @ApiPropertyOptional({ format: 'uuid', description: 'Only referrals to (and outcomes of) this program' })
  @IsOptionalNotNull()
  @IsUUID()
  programId?: string;
}

/** `/public/courts/{code}/funnel?from&to[&groupBy]`: no program filter, the court's whole funnel. */
export class PublicFunnelQueryDto extends MeasurePeriodQueryDto {
  @ApiPropertyOptional({ enum: DEMOGRAPHIC_DIMENSIONS })
  @IsOptionalNotNull()
  @IsIn(DEMOGRAPHIC_DIMENSIONS)
  groupBy?: DemographicDimension;
}

export class PublicEquityQueryDto extends MeasurePeriodQueryDto {
  @ApiProperty({ enum: DEMOGRAPHIC_DIMENSIONS })
  @IsIn(DEMOGRAPHIC_DIMENSIONS)
  dimension: DemographicDimension;
}

/** `/public/courts/{code}/…`: the code as printed on the court's papers. */
export class PublicCourtParams {
  @ApiProperty({ example: 'DEMO', description: "The court's public code" })
  @Matches(/^[A-Z0-9-]{2,16}$/, { message: 'code must be a court code (2-16 capital letters, digits or hyphens)' })
  code: string;
}

export class FunnelStageDto {
  @ApiProperty({ enum: FUNNEL_STAGES }) stage: string;
  @ApiProperty({ ...COUNT, description: 'People referred in the period who reached this stage' }) count: number | string;
  @ApiProperty({ ...RATE, description: "This stage's count ÷ the previous stage's; null for `referred` or when the previous stage is empty" })
  conversionRate: number | string | null;
}

export class FunnelGroupStageDto extends FunnelStageDto {
  @ApiProperty({ ...RATE, description: "The group's share at this stage ÷ its share of those referred" }) ratioToReferred: number | string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'ratioToReferred below 0.8 (the four-fifths rule of thumb); null without a ratio' })
  belowFourFifthsToReferred: boolean | null;
  @ApiProperty({ ...RATE, description: "The group's share at this stage ÷ its share of those found eligible" }) ratioToEligible: number | string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'ratioToEligible below 0.8; null without a ratio' }) belowFourFifthsToEligible: boolean | null;
}

export class FunnelGroupDto {
  @ApiProperty({ example: 'hispanic_latino', description: "The group's code in the dimension ('unknown' when not recorded)" }) group: string;
  @ApiProperty({ type: [FunnelGroupStageDto] }) stages: FunnelGroupStageDto[];
}

export class RejectionReasonDto {
  @ApiProperty({
    enum: ['excluded_charge', 'other_exclusion', 'outside_target', 'rejected_by_team', 'rejected_by_prosecutor', 'rejected_by_defense'],
    description: 'Why a referral went no further: a charge the program excludes, another legal bar, risk or need outside the program’s target, or a party’s rejection',
  })
  reason: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: "The excluded charge's category; for the court team, the words of another bar or of a rejection (never published)",
  })
  detail: string | null;
  @ApiProperty({ ...COUNT, description: 'People referred in the period with this reason (one person may have several)' }) count: number | string;
}

export class FunnelDto {
  @ApiProperty({ type: [String], description: 'The courts counted' }) courtIds: string[];
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) programId: string | null;
  @ApiProperty({ type: String, nullable: true, enum: DEMOGRAPHIC_DIMENSIONS }) groupBy: string | null;
  @ApiProperty({ enum: AUDIENCES, description: '`public`: small cells suppressed' }) audience: string;
  @ApiProperty({ type: [FunnelStageDto], description: 'Every stage, in order, for everyone referred in the period' }) stages: FunnelStageDto[];
  @ApiProperty({ type: [FunnelGroupDto], description: 'Each group of `groupBy` (empty without it), in the dimension’s order' }) groups: FunnelGroupDto[];
  @ApiProperty({ type: [RejectionReasonDto], description: 'Why referrals went no further, most frequent first' }) rejectionReasons: RejectionReasonDto[];
}
