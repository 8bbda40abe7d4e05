import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, Trim } from '@app/core';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { RequirementStatusDto } from './participant.dto';

export class PhaseChangeDto {
  @ApiProperty({ enum: ['promote', 'demote'] }) @IsIn(['promote', 'demote']) direction: 'promote' | 'demote';
  @ApiPropertyOptional({ description: 'The phase to move to; defaults to the next (promotion) or previous (demotion) phase' })
  @IsOptional()
  @IsUUID()
  toPhaseId?: string;
  @ApiPropertyOptional({ description: 'Court date of the order; defaults to today' }) @IsOptional() @IsCalendarDate() orderedOn?: string;
  @ApiProperty({ description: 'The court’s order in words' }) @Trim() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @ApiPropertyOptional({ description: 'Required for a demotion: what the participant must do to move back up' })
  @ValidateIf((dto: PhaseChangeDto) => dto.direction === 'demote' || dto.remedialPlan !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'remedialPlan is required for a demotion' })
  @MaxLength(4000)
  remedialPlan?: string;
  @ApiPropertyOptional({ description: 'The hearing at which the court ordered it' }) @IsOptional() @IsUUID() hearingId?: string;
}

export class PlanChangeDto {
  @ApiProperty({ description: 'A version of the participant’s program’s phase plan' }) @IsUUID() phasePlanId: string;
  @ApiPropertyOptional({ description: 'The phase in that version; defaults to the one at the same position' }) @IsOptional() @IsUUID() phaseId?: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class PhaseHistoryDto {
  @ApiProperty() id: string;
  @ApiProperty() phasePlanId: string;
  @ApiProperty() planVersion: number;
  @ApiProperty() phaseId: string;
  @ApiProperty() position: number;
  @ApiProperty() name: string;
  @ApiProperty() startedOn: string;
  @ApiProperty({ type: String, nullable: true }) endedOn: string | null;
  @ApiProperty({ enum: ['enrolment', 'promotion', 'demotion', 'plan_change'] }) startReason: string;
  @ApiProperty({ type: String, nullable: true }) endReason: string | null;
  @ApiProperty({ type: String, nullable: true }) orderNote: string | null;
  @ApiProperty({ type: String, nullable: true }) remedialPlan: string | null;
  @ApiProperty({ type: String, nullable: true }) hearingId: string | null;
  @ApiProperty({ type: [RequirementStatusDto], nullable: true, description: 'Requirements of the previous phase unmet when the court ordered the move' })
  unmetAtOrder: unknown;
}
