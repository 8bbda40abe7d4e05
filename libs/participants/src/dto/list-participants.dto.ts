import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';

export const PARTICIPANT_SORTS = ['name', 'number', 'status'] as const;

export class ListParticipantsDto {
  @ApiPropertyOptional({ description: 'Only this court (one of the caller’s)' })
  @IsOptional()
  @IsUUID()
  courtId?: string;

  @ApiPropertyOptional({ example: 'active' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  status?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsUUID()
  caseManagerId?: string;

  @ApiPropertyOptional({ enum: PARTICIPANT_SORTS, default: 'name' })
  @IsOptional()
  @IsIn(PARTICIPANT_SORTS)
  sort?: (typeof PARTICIPANT_SORTS)[number];

  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  page?: number;

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 200 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  pageSize?: number;
}
