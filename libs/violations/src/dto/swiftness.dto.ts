import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@app/core';

export class SwiftnessQueryDto {
  @ApiProperty({ example: '2026-11-01', description: 'First court-local day of detection counted' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-11-30', description: 'Last court-local day of detection counted' })
  @IsCalendarDate()
  to: string;
}

export class SwiftnessRowDto {
  @ApiProperty({ description: 'Violation kind, or `all`' }) kind: string;
  @ApiProperty() violations: number;
  @ApiProperty({ description: 'Answered (court response recorded) by the deadline' }) answeredInTime: number;
  @ApiProperty({ type: Number, nullable: true, description: 'answeredInTime ÷ (violations − dismissed); null when none count' })
  shareAnsweredInTime: number | null;
  @ApiProperty() dismissed: number;
  @ApiProperty({ description: 'Escalated, or open past the deadline' }) overdue: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median hours from detection to the recorded response' }) medianHoursToResponse: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile hours from detection to the recorded response' }) p90HoursToResponse: number | null;
}

export class SwiftnessDto {
  @ApiProperty() courtId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: SwiftnessRowDto, description: 'Every kind together' }) all: SwiftnessRowDto;
  @ApiProperty({ type: [SwiftnessRowDto] }) byKind: SwiftnessRowDto[];
}
