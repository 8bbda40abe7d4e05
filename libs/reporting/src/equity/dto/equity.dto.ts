import { ApiProperty } from '@nestjs/swagger';
import { AUDIENCES } from '../funnel';
import { DEMOGRAPHIC_DIMENSIONS } from '@app/participants';
import { FunnelGroupDto, FunnelStageDto, RejectionReasonDto } from './funnel.dto';

const COUNT = { oneOf: [{ type: 'number' }, { type: 'string', enum: ['<5'] }] };
const RATE = { nullable: true, oneOf: [{ type: 'number' }, { type: 'string', enum: ['suppressed'] }] };

export class EquityOutcomeGroupDto {
  @ApiProperty() group: string;
  @ApiProperty({ ...COUNT, description: 'The outcome counted for this group' }) count: number | string;
  @ApiProperty({ ...RATE, description: "The group's share of the outcome ÷ its share of those referred" }) ratioToReferred: number | string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'A disparity against those referred: below 0.8 for a favourable outcome, above 1.25 for an adverse one; null without a ratio' })
  flagToReferred: boolean | null;
  @ApiProperty({ ...RATE, description: "The group's share of the outcome ÷ its share of those found eligible" }) ratioToEligible: number | string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'A disparity against those eligible, as flagToReferred' }) flagToEligible: boolean | null;
}

export class EquityOutcomeDto {
  @ApiProperty({ example: 'graduations', description: 'The outcome measure, as the outcome measures name it' }) measure: string;
  @ApiProperty({ description: 'More of it is good for the people counted (a graduation), or not (a termination, a sanction)' }) favourable: boolean;
  @ApiProperty({ ...COUNT, description: 'The outcome counted for everyone' }) count: number | string;
  @ApiProperty({ type: [EquityOutcomeGroupDto] }) groups: EquityOutcomeGroupDto[];
}

export class EquityDto {
  @ApiProperty({ type: [String], description: 'The courts counted' }) courtIds: string[];
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) programId: string | null;
  @ApiProperty({ enum: DEMOGRAPHIC_DIMENSIONS }) dimension: string;
  @ApiProperty({ enum: AUDIENCES, description: '`public`: small cells suppressed' }) audience: string;
  @ApiProperty({ type: [String], description: "The dimension's groups with anyone referred in the period or counted in an outcome, in the dimension's order" }) groups: string[];
  @ApiProperty({ type: [FunnelStageDto], description: 'The funnel for everyone referred in the period' }) stages: FunnelStageDto[];
  @ApiProperty({ type: [FunnelGroupDto], description: "Each group's funnel, with both disparity ratios and their four-fifths flags" }) funnel: FunnelGroupDto[];
  @ApiProperty({ type: [RejectionReasonDto] }) rejectionReasons: RejectionReasonDto[];
  @ApiProperty({
    type: [EquityOutcomeDto],
    description: 'The outcome measures over the period (GET …/measures/outcomes, the whole court or the program), each per group against the two reference populations',
  })
  outcomes: EquityOutcomeDto[];
}
