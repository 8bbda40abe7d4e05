import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull } from '@app/core';
import { RecordedCollectionDto } from './collection.dto';

export class DayCollectionsQueryDto {
  @ApiPropertyOptional({ example: '2026-11-23', description: "Court-local date; default: the court's today" })
  @IsOptionalNotNull()
  @IsCalendarDate()
  date?: string;
}

/** A collection of the day, with whom it was taken from, as the site's list shows it. */
export class DayCollectionDto extends RecordedCollectionDto {
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
}

export class DayCollectionsDto {
  @ApiProperty() courtId: string;
  @ApiProperty({ example: '2026-11-23' }) courtDay: string;
  @ApiProperty({ type: [DayCollectionDto], description: 'In the order collected' }) collections: DayCollectionDto[];
}
