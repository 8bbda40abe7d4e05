import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { PARTICIPANT_STATUSES, ParticipantStatus } from '../participant-status';

/**
 * The deepest page of a list: far beyond any court's caseload (10,000 pages of 200), and small
 * enough that its offset is an exact integer (`?page=1e300` is an integer to class-validator).
 */
export const MAX_PAGE = 10_000;

/** `attention`: overdue 72-hour clocks, warrants, missed call-ins of the last 7 days, open violations, then the rest; by name within each. */
export const PARTICIPANT_SORTS = ['name', 'number', 'status', 'phase', 'phaseStartedOn', 'enrolledOn', 'attention'] as const;

/** `true`/`false` in a query string; anything else stays as it is and fails `@IsBoolean()`. */
const BooleanQuery = () => Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value));

export class ListParticipantsDto {
  @ApiPropertyOptional({ description: 'Only this court (one of the caller’s)' })
  @IsOptional()
  @IsUUID()
  courtId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  programId?: string;

  @ApiPropertyOptional({ description: 'One status, or several separated by commas', example: 'active,in_custody' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value))
  @ArrayMaxSize(PARTICIPANT_STATUSES.length)
  @IsIn(PARTICIPANT_STATUSES, { each: true })
  status?: ParticipantStatus[];

  @ApiPropertyOptional({ description: 'A phase (of one plan version)' })
  @IsOptional()
  @IsUUID()
  phaseId?: string;

  @ApiPropertyOptional({ description: 'Phase by number, across plan versions', minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(50)
  phase?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  caseManagerId?: string;

  @ApiPropertyOptional({ description: 'Only participants who meet (true) or do not yet meet (false) every requirement of their phase' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  readyToAdvance?: boolean;

  @ApiPropertyOptional({ description: 'Only participants with (true) or without (false) an open violation' })
  @IsOptional()
  @BooleanQuery()
  @IsBoolean()
  hasOpenViolation?: boolean;

  @ApiPropertyOptional({ description: 'Start of a last name, first name or participant number' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PARTICIPANT_SORTS, default: 'name', description: 'attention: overdue 72-hour clocks first, then warrants, missed call-ins of the last 7 days, open violations; by name within each' })
  @IsOptional()
  @IsIn(PARTICIPANT_SORTS)
  sort?: (typeof PARTICIPANT_SORTS)[number];

  @ApiPropertyOptional({ default: 1, minimum: 1, maximum: MAX_PAGE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE)
  page?: number;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
