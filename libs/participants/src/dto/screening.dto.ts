import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, Trim } from '@app/core';
import { SCREENING_PARTIES } from '@app/programs';
import { IsIn, IsNotEmpty, IsNumber, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';

export const RISK_NEED_LEVELS = ['low', 'moderate', 'high'] as const;

export class RecordScreeningDto {
  @ApiProperty({ example: '2026-11-05' }) @IsCalendarDate() assessedOn: string;
  @ApiProperty({ example: 'RANT', description: 'The assessment instrument’s name' }) @Trim() @IsString() @IsNotEmpty() @MaxLength(100) instrument: string;
  @ApiPropertyOptional({ example: 14 }) @IsOptional() @IsNumber({ maxDecimalPlaces: 2 }) score?: number;
  @ApiProperty({ enum: RISK_NEED_LEVELS }) @IsIn(RISK_NEED_LEVELS) riskLevel: string;
  @ApiProperty({ enum: RISK_NEED_LEVELS }) @IsIn(RISK_NEED_LEVELS) needLevel: string;
  @ApiPropertyOptional({ type: String, description: 'A legal bar not captured by the charge categories', nullable: true })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  otherExclusion?: string | null;
}

export class ScreeningDecisionDto {
  @ApiProperty({ enum: SCREENING_PARTIES }) @IsIn(SCREENING_PARTIES) party: (typeof SCREENING_PARTIES)[number];
  @ApiProperty({ enum: ['approve', 'reject'] }) @IsIn(['approve', 'reject']) decision: 'approve' | 'reject';
  @ApiPropertyOptional({ description: 'Defaults to today (court time)' }) @IsOptional() @IsCalendarDate() decidedOn?: string;
  @ApiPropertyOptional({ description: 'Required for a rejection' })
  @ValidateIf((dto: ScreeningDecisionDto) => dto.decision === 'reject' || dto.reason !== undefined)
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'reason is required for a rejection' })
  @MaxLength(1000)
  reason?: string;
}
