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
  @ApiProperty({ description: 'Answered by the deadline: heard at a hearing held with the participant, and the response (or decision of none) recorded' })
  answeredInTime: number;
  @ApiProperty({ type: Number, nullable: true, description: 'answeredInTime ÷ (violations − dismissed); null when none count. Dismissed ones are their own line.' })
  shareAnsweredInTime: number | null;
  @ApiProperty({ description: 'Heard at a hearing held with the participant by the deadline (whenever the response came)' }) heardInTime: number;
  @ApiProperty({ description: 'Responded to outside a hearing (delegated) and not heard at one (yet): a response, not an answer' })
  respondedWithoutHearing: number;
  @ApiProperty({ description: 'Dismissed (with a reason); not in the share’s denominator, shown here instead' }) dismissed: number;
  @ApiProperty({ type: Number, nullable: true, description: 'dismissed ÷ violations; null when there are none' }) shareDismissed: number | null;
  @ApiProperty({ description: 'Dismissed after the deadline had passed (each confirmed by a second person)' }) dismissedWhileOverdue: number;
  @ApiProperty({ description: 'Escalated, or open past the deadline' }) overdue: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median hours from detection to the hearing that took it up' }) medianHoursToHearing: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile hours from detection to the hearing that took it up' }) p90HoursToHearing: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Median hours from detection to the first response (at a hearing or delegated) or decision of none' })
  medianHoursToResponse: number | null;
  @ApiProperty({ type: Number, nullable: true, description: '90th percentile hours from detection to the first response or decision of none' }) p90HoursToResponse: number | null;
}

export class SwiftnessDto {
  @ApiProperty() courtId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: SwiftnessRowDto, description: 'Every kind together' }) all: SwiftnessRowDto;
  @ApiProperty({ type: [SwiftnessRowDto] }) byKind: SwiftnessRowDto[];
}
