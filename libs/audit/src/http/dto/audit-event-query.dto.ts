import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsISO8601, IsOptional, IsUUID, Matches } from 'class-validator';
import { AuditPageQueryDto } from './audit-page-query.dto';

/** A date-time with its offset: without one, the instant would depend on the server's zone. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = (field: string) => `${field} must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-23T00:00:00Z`;

export class AuditEventQueryDto extends AuditPageQueryDto {
  @ApiPropertyOptional({ description: 'Only rows about this participant' })
  @IsOptional()
  @IsUUID()
  participantId?: string;

  @ApiPropertyOptional({ description: 'Only rows of this acting user' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ description: 'From this instant (inclusive)', example: '2026-11-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('from') })
  @Matches(INSTANT, { message: INSTANT_MESSAGE('from') })
  from?: string;

  @ApiPropertyOptional({ description: 'Up to this instant (exclusive); not before `from`, and at most 366 days after it', example: '2026-12-01T00:00:00Z' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE('to') })
  @Matches(INSTANT, { message: INSTANT_MESSAGE('to') })
  to?: string;

  @ApiPropertyOptional({
    description:
      'Fold repeated looks at the same record by the same person (the same kind of look, each within 10 minutes of the earliest folded so far) into one item, ' +
      'its earlier looks in `repeats`; `limit` then counts items, and `nextBefore` continues after the last row folded. Exports stay one row per event.',
    default: false,
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  groupViews?: boolean;
}
