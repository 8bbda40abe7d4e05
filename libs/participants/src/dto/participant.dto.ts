import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ParticipantSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ example: 'D-0001' }) participantNumber: string;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ example: 'active' }) status: string;
  @ApiPropertyOptional({ nullable: true }) caseManagerId: string | null;
}

export class ParticipantPageDto {
  @ApiProperty({ type: [ParticipantSummaryDto] }) items: ParticipantSummaryDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'Participants matching the filter, across all pages' }) total: number;
}
