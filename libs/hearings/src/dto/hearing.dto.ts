import { ApiProperty } from '@nestjs/swagger';
import { Trim } from '@app/core';
import { IsIn, IsString, IsUUID, Length } from 'class-validator';
import { HEARING_KINDS, HearingKind } from '../hearing.entity';
import type { HearingView } from '../hearings.service';

export class HearingDto implements HearingView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: HEARING_KINDS }) kind: HearingKind;
  @ApiProperty({ format: 'date-time' }) scheduledAt: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) cancellationReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The court session it is on; null for a hearing set outside the calendar' }) sessionId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The session's courtroom; null without a session" }) courtroom: string | null;
  @ApiProperty({ type: String, nullable: true, description: "When it came in from the court's earlier records (a history import); null for one held here" }) importedAt: string | null;
}

export class ScheduleHearingDto {
  @ApiProperty({ description: "A court session of the participant's court, not yet started, hearing their program" })
  @IsUUID()
  sessionId: string;

  @ApiProperty({ enum: HEARING_KINDS })
  @IsIn(HEARING_KINDS)
  kind: HearingKind;
}

export class MoveHearingDto {
  @ApiProperty({ description: 'The session to move the hearing to (same rules as scheduling)' })
  @IsUUID()
  sessionId: string;
}

export class CancelHearingDto {
  @ApiProperty({ example: 'moved to the violation hearing on Thursday', maxLength: 500 })
  @Trim()
  @IsString()
  @Length(1, 500)
  reason: string;
}
