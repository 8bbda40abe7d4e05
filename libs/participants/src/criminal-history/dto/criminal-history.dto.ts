import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull, Trim } from '@app/core';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import {
  CRIMINAL_HISTORY_KINDS,
  CRIMINAL_HISTORY_SOURCES,
  OFFENSE_LEVELS,
  type CriminalHistoryKind,
  type CriminalHistorySource,
  type OffenseLevel,
} from '../criminal-history-event.entity';

export class CreateCriminalHistoryEventDto {
  @ApiProperty({ enum: CRIMINAL_HISTORY_KINDS })
  @IsIn(CRIMINAL_HISTORY_KINDS)
  kind: CriminalHistoryKind;

  @ApiProperty({ example: '2026-03-14', description: 'Court-local day of the arrest or the conviction; not in the future' })
  @IsCalendarDate()
  occurredOn: string;

  @ApiProperty({ maxLength: 500, example: 'Possession of a controlled substance', description: 'The charge or offence, as the record names it' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  description: string;

  @ApiPropertyOptional({ enum: OFFENSE_LEVELS })
  @IsOptionalNotNull()
  @IsIn(OFFENSE_LEVELS)
  offenseLevel?: OffenseLevel;
}

export class CriminalHistoryEventDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ enum: CRIMINAL_HISTORY_KINDS }) kind: CriminalHistoryKind;
  @ApiProperty() occurredOn: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: OFFENSE_LEVELS, nullable: true }) offenseLevel: OffenseLevel | null;
  @ApiProperty({ enum: CRIMINAL_HISTORY_SOURCES }) source: CriminalHistorySource;
  @ApiProperty({ type: String, nullable: true }) recordedByName: string | null;
  @ApiProperty() createdAt: string;
}

export class CriminalHistoryDto {
  @ApiProperty({ type: [CriminalHistoryEventDto], description: 'Newest first' }) items: CriminalHistoryEventDto[];
}
