import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@app/core';

/** `?from&to`: the court-local days a measure covers, both included, at most a year. */
export class MeasurePeriodQueryDto {
  @ApiProperty({ example: '2026-09-01', description: 'First court-local day counted' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ example: '2026-11-30', description: 'Last court-local day counted (at most 366 days after from)' })
  @IsCalendarDate()
  to: string;
}
