import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@app/core';
import { IsUUID } from 'class-validator';

/** `/courts/{courtId}/…/{date}`: a court and one of its court-local days. */
export class CourtDayParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courtId: string;

  @ApiProperty({ example: '2026-11-23', description: 'Court-local calendar date' })
  @IsCalendarDate()
  date: string;
}
