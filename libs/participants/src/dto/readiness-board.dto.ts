import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional } from 'class-validator';
import { IN_PROGRAM_STATUSES, ParticipantStatus } from '../participant-status';
import { ListParticipantsDto } from './list-participants.dto';
import { ParticipantSummaryDto, ReadinessDto } from './participant.dto';

/**
 * Filters of the court's readiness board (the staffing meeting's list): the
 * caseload's program, phase and case-manager filters, with statuses limited
 * to those in the program.
 */
export class ReadinessBoardQueryDto extends PickType(ListParticipantsDto, ['programId', 'phase', 'caseManagerId'] as const) {
  @ApiPropertyOptional({
    description: 'Statuses in the program, separated by commas; default: active',
    example: 'active,in_custody',
    enum: [...IN_PROGRAM_STATUSES],
  })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.split(',').map((s) => s.trim()) : value))
  @ArrayMaxSize(IN_PROGRAM_STATUSES.length)
  @IsIn([...IN_PROGRAM_STATUSES], { each: true })
  status?: ParticipantStatus[];
}

export class ReadinessBoardRowDto extends ParticipantSummaryDto {
  @ApiProperty({ type: ReadinessDto }) readiness: ReadinessDto;
  @ApiProperty({ description: 'Requirements not known to be met (a withheld one counts as not met)' }) unmet: number;
}

export class ReadinessBoardDto {
  @ApiProperty() courtId: string;
  @ApiProperty({ type: [ReadinessBoardRowDto], description: 'Ready first, then fewest requirements left, then by name' })
  items: ReadinessBoardRowDto[];
}
