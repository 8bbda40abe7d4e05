import { ApiProperty } from '@nestjs/swagger';
import { HOTLINE_CHANNELS, HOTLINE_OUTCOMES, type HotlineChannel, type HotlineOutcome } from '../hotline-interaction.entity';

/** One call to the hotline or one text to the court's number, as staff see it. */
export class HotlineCallDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: HOTLINE_CHANNELS }) channel: HotlineChannel;
  @ApiProperty() startedAt: string;
  @ApiProperty({ example: '+1•••••0101', description: 'The calling number, masked: its country code and last four digits' }) fromNumber: string;
  @ApiProperty({ description: 'The calling number is one the participant registered' }) registeredNumber: boolean;
  @ApiProperty({ enum: HOTLINE_OUTCOMES, description: 'What the call came to: the answer heard, or why there was none' }) outcome: HotlineOutcome;
  @ApiProperty({ type: String, nullable: true, example: 'es' }) language: string | null;
  @ApiProperty({ type: Number, nullable: true, description: "From the provider's status callback" }) durationSeconds: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'The participant, once the caller was identified' }) participantId: string | null;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty({ type: String, nullable: true }) participantName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The receipt of the call-in the call made or repeated' }) receiptCode: string | null;
}
