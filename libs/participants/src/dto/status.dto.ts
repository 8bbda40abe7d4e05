import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, Trim } from '@app/core';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PARTICIPANT_STATUSES, ParticipantStatus } from '../participant-status';

export class ChangeStatusDto {
  @ApiProperty({ enum: PARTICIPANT_STATUSES }) @IsIn(PARTICIPANT_STATUSES) status: ParticipantStatus;
  @ApiProperty({ description: 'Why: the order, the event, the rejection reason' }) @Trim() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
  @ApiPropertyOptional({ description: 'When it took effect (court date); defaults to today' }) @IsOptional() @IsCalendarDate() effectiveOn?: string;
}

export class StatusChangeDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) fromStatus: string | null;
  @ApiProperty() toStatus: string;
  @ApiProperty() reason: string;
  @ApiProperty() effectiveOn: string;
  @ApiProperty({ type: String, nullable: true }) changedBy: string | null;
  @ApiProperty() createdAt: string;
}
