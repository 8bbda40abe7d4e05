import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, Trim } from '@app/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsString, IsUUID, Length, Max, Min, ValidateNested } from 'class-validator';
import { STAFFING_POSITIONS, type StaffingPosition } from '../staffing.entities';

/** Status changes the team may propose (the judge orders them at the hearing). */
export const STAFFING_STATUSES = ['graduated', 'terminated', 'withdrawn', 'transferred', 'medical_leave'] as const;

export class ProposedResponseDto {
  @ApiProperty({ format: 'uuid', description: "An active entry of the participant's program catalogue" }) @IsUUID() catalogueEntryId: string;

  @ApiPropertyOptional({ type: [String], description: "The participant's open violations it would answer" })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  violationIds?: string[];

  @ApiPropertyOptional({ description: 'Hours of community service, or days of jail or of increased testing' })
  @IsOptionalNotNull()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25)
  @Max(500)
  amount?: number;

  @ApiPropertyOptional() @IsOptionalNotNull() @IsNumber({ maxDecimalPlaces: 1 }) @Min(0.5) @Max(7) testsPerWeek?: number;

  @ApiPropertyOptional() @IsOptionalNotNull() @Trim() @IsString() @Length(1, 500) reason?: string;
}

export class ProposedPhaseChangeDto {
  @ApiProperty({ enum: ['promote', 'demote'] }) @IsIn(['promote', 'demote']) direction: 'promote' | 'demote';
  @ApiProperty() @Trim() @IsString() @Length(1, 1000) reason: string;
  @ApiPropertyOptional({ description: 'For a demotion: the remedial plan proposed' }) @IsOptionalNotNull() @Trim() @IsString() @Length(1, 1000) remedialPlan?: string;
}

export class ProposedStatusChangeDto {
  @ApiProperty({ enum: STAFFING_STATUSES }) @IsIn(STAFFING_STATUSES) status: (typeof STAFFING_STATUSES)[number];
  @ApiProperty() @Trim() @IsString() @Length(1, 1000) reason: string;
}

export class RecordStaffingDto {
  @ApiPropertyOptional({ type: [ProposedResponseDto], description: 'Responses from the catalogue the team proposes' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ProposedResponseDto)
  responses?: ProposedResponseDto[];

  @ApiPropertyOptional({ type: ProposedPhaseChangeDto }) @IsOptionalNotNull() @ValidateNested() @Type(() => ProposedPhaseChangeDto) phaseChange?: ProposedPhaseChangeDto;

  @ApiPropertyOptional({ type: ProposedStatusChangeDto }) @IsOptionalNotNull() @ValidateNested() @Type(() => ProposedStatusChangeDto) statusChange?: ProposedStatusChangeDto;

  @ApiPropertyOptional({ description: 'A treatment adjustment proposed (clinical, never a sanction)' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 1000)
  treatmentAdjustment?: string;

  @ApiProperty({ description: "The team's short reasons" }) @Trim() @IsString() @Length(1, 2000) reasons: string;
}

export class RecordStaffingPositionDto {
  @ApiProperty({ enum: STAFFING_POSITIONS }) @IsIn(STAFFING_POSITIONS) position: StaffingPosition;
  @ApiPropertyOptional({ description: 'Why (most useful with a dissent)' }) @IsOptionalNotNull() @Trim() @IsString() @Length(1, 1000) reason?: string;
}

export class StaffingResponseDto {
  @ApiProperty() catalogueEntryId: string;
  @ApiProperty() code: string;
  @ApiProperty({ description: "In the reader's language where the court gave one" }) name: string;
  @ApiProperty({ enum: ['sanction', 'incentive', 'treatment_adjustment'] }) kind: string;
  @ApiProperty({ enum: ['none', 'increased_testing', 'community_service', 'jail'] }) effect: string;
  @ApiProperty({ description: 'Only the judge orders it, at a hearing' }) restrictsLiberty: boolean;
  @ApiProperty({ type: [String] }) violationIds: string[];
  @ApiProperty({ type: Number, nullable: true }) amount: number | null;
  @ApiProperty({ type: Number, nullable: true }) testsPerWeek: number | null;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
}

export class StaffingPhaseChangeDto {
  @ApiProperty({ enum: ['promote', 'demote'] }) direction: 'promote' | 'demote';
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, nullable: true }) remedialPlan: string | null;
}

export class StaffingStatusChangeDto {
  @ApiProperty({ enum: STAFFING_STATUSES }) status: string;
  @ApiProperty() reason: string;
}

export class StaffingPositionDto {
  @ApiProperty() userId: string;
  @ApiProperty() name: string;
  @ApiProperty() role: string;
  @ApiProperty({ enum: STAFFING_POSITIONS }) position: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
}

export class StaffingRecommendationDto {
  @ApiProperty() id: string;
  @ApiProperty() version: number;
  @ApiProperty({ type: [StaffingResponseDto] }) responses: StaffingResponseDto[];
  @ApiProperty({ type: StaffingPhaseChangeDto, nullable: true }) phaseChange: StaffingPhaseChangeDto | null;
  @ApiProperty({ type: StaffingStatusChangeDto, nullable: true }) statusChange: StaffingStatusChangeDto | null;
  @ApiProperty({ type: String, nullable: true }) treatmentAdjustment: string | null;
  @ApiProperty() reasons: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ type: [StaffingPositionDto], description: 'Each member’s agreement or dissent, on this version' }) positions: StaffingPositionDto[];
}

export class StaffingEntryDto {
  @ApiProperty() participantId: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() name: string;
  @ApiProperty() hearingId: string;
  @ApiProperty({ type: StaffingRecommendationDto, nullable: true }) recommendation: StaffingRecommendationDto | null;
}

export class SessionStaffingDto {
  @ApiProperty() sessionId: string;
  @ApiProperty({ description: "The court-local date of the session" }) date: string;
  @ApiProperty({ type: [StaffingEntryDto], description: 'Participants on the session’s docket the reader may see (a provider: those whose consent allows)' })
  entries: StaffingEntryDto[];
}
