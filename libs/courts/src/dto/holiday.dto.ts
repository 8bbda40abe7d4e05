import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import type { CourtHoliday } from '../court-holiday.entity';
import { IsCalendarDate, Trim } from './validators';

export class HolidayQueryDto {
  @ApiPropertyOptional({ example: 2026, description: 'Only holidays in this calendar year; all when omitted' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2200)
  year?: number;
}

export class CreateHolidayDto {
  @ApiProperty({ example: '2026-12-25', description: 'Court-local calendar date' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ example: 'Christmas Day' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}

export class HolidayDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ example: '2026-12-25' }) date: string;
  @ApiProperty() name: string;

  static of(holiday: CourtHoliday): HolidayDto {
    return { id: holiday.id, courtId: holiday.courtId, date: holiday.date, name: holiday.name };
  }
}
