import { ApiProperty } from '@nestjs/swagger';
import { AUDIENCES } from '../funnel';
import { DEMOGRAPHIC_DIMENSIONS } from '@app/participants';
import { FunnelGroupDto, FunnelStageDto, RejectionReasonDto } from './funnel.dto';

export class EquityDto {
  @ApiProperty({ type: [String], description: 'The courts counted' }) courtIds: string[];
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) programId: string | null;
  @ApiProperty({ enum: DEMOGRAPHIC_DIMENSIONS }) dimension: string;
  @ApiProperty({ enum: AUDIENCES, description: '`public`: small cells suppressed' }) audience: string;
  @ApiProperty({ type: [String], description: "The dimension's groups with anyone referred in the period, in the dimension's order" }) groups: string[];
  @ApiProperty({ type: [FunnelStageDto], description: 'The funnel for everyone referred in the period' }) stages: FunnelStageDto[];
  @ApiProperty({ type: [FunnelGroupDto], description: "Each group's funnel, with both disparity ratios and their four-fifths flags" }) funnel: FunnelGroupDto[];
  @ApiProperty({ type: [RejectionReasonDto] }) rejectionReasons: RejectionReasonDto[];
}
