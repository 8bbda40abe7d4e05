import { ApiProperty } from '@nestjs/swagger';

export class CourtOrderDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ description: 'The sanction it orders' }) responseId: string;
  @ApiProperty({ type: String, nullable: true, description: 'The hearing whose outcome ordered it; null for a delegated order' }) hearingId: string | null;
  @ApiProperty({ example: '2026-11-23' }) orderedOn: string;
  @ApiProperty({ description: 'The language it is written in (the participant’s)' }) language: string;
  @ApiProperty({ description: 'The response ordered, in that language' }) response: string;
  @ApiProperty({ description: 'SHA-256 of the PDF, to check a copy' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}
