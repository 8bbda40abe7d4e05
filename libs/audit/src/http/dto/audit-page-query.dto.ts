import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';

export const DEFAULT_PAGE_LIMIT = 50;

/** Keyset pagination over the audit log, newest first. */
export class AuditPageQueryDto {
  @ApiPropertyOptional({ default: DEFAULT_PAGE_LIMIT, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'Only rows older than this id: the `nextBefore` of the previous page', example: '1042' })
  @IsOptional()
  @Matches(/^[1-9]\d{0,17}$/, { message: 'before must be an audit event id (a positive integer)' })
  before?: string;
}
