import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Trim } from '@app/core';
import { IsISO8601, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';

/** A date-time with its offset: without one, the instant would depend on the server's zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = (field: string) => `${field} must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-23T14:30:00Z`;

export class CreateOutageDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The court whose call-ins were affected; null for every court (system administrator only)' })
  @ValidateIf((_object, value) => value !== null)
  @IsUUID()
  courtId: string | null;

  @ApiProperty({ example: '2026-11-23T13:30:00Z' })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('startsAt') })
  @Matches(INSTANT, { message: INSTANT_MESSAGE('startsAt') })
  startsAt: string;

  @ApiProperty({ example: '2026-11-23T15:10:00Z', description: 'After startsAt, not in the future, at most 7 days after startsAt' })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('endsAt') })
  @Matches(INSTANT, { message: INSTANT_MESSAGE('endsAt') })
  endsAt: string;

  @ApiProperty({ example: 'Telephone provider outage, ticket 4711' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class OutagesQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this court's outages (and those of every court)" })
  @IsOptional()
  @IsUUID()
  courtId?: string;
}

export class OutageDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true, description: 'Null: every court' }) courtId: string | null;
  @ApiProperty() startsAt: string;
  @ApiProperty() endsAt: string;
  @ApiProperty() reason: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() createdAt: string;
}

export class OutageCourtDayDto {
  @ApiProperty() courtId: string;
  @ApiProperty({ example: '2026-11-23' }) courtDay: string;
}

export class RecordedOutageDto extends OutageDto {
  @ApiProperty({ type: [OutageCourtDayDto], description: 'Court days whose call-in window the outage overlaps' }) courtDays: OutageCourtDayDto[];
  @ApiProperty({ description: 'Open missed call-ins (and missed tests of participants who had not called in) dismissed for those days' })
  dismissedViolations: number;
}
