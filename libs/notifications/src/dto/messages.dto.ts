import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MESSAGE_CHANNELS, MESSAGE_STATUSES, type MessageChannel, type MessageStatus } from '../entities/outbound-message.entity';

export class MessagesQueryDto {
  @ApiPropertyOptional({ enum: MESSAGE_STATUSES, description: 'Only messages in this state; the undeliverable screen asks for `failed` and `undelivered`' })
  @IsOptional()
  @IsIn(['undeliverable', ...MESSAGE_STATUSES])
  status?: MessageStatus | 'undeliverable';

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value))
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}

export class MessageDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) courtId: string | null;
  @ApiProperty({ enum: MESSAGE_CHANNELS }) channel: MessageChannel;
  @ApiProperty({ description: 'The email address or phone number it was for' }) address: string;
  @ApiProperty({ type: String, nullable: true, description: "The participant's id, for a message to a participant" }) participantId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The participant's number" }) participantNumber: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The staff member it was for' }) userDisplayName: string | null;
  @ApiProperty({ example: 'sms.court-date-tomorrow' }) template: string;
  @ApiProperty() language: string;
  @ApiProperty({ type: String, nullable: true }) subject: string | null;
  @ApiProperty() body: string;
  @ApiProperty({ enum: MESSAGE_STATUSES }) status: MessageStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Why it was suppressed or failed' }) statusReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: '`smtp`, `twilio` or `dev-outbox`' }) provider: string | null;
  @ApiProperty() attempts: number;
  @ApiProperty({ type: String, nullable: true }) lastError: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) sentAt: string | null;
  @ApiProperty({ type: String, nullable: true }) notBefore: string | null;
}

export class CallScriptStepDto {
  @ApiProperty() at: string;
  @ApiProperty({ example: 'language' }) step: string;
  @ApiProperty({ type: [String], description: 'What the caller heard (or the texter read) at this step' }) said: string[];
}

export class CallScriptDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ example: 'voice' }) channel: string;
  @ApiProperty() fromNumber: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() outcome: string;
  @ApiProperty({ type: String, nullable: true }) language: string | null;
  @ApiProperty() startedAt: string;
  @ApiProperty({ type: [CallScriptStepDto] }) steps: CallScriptStepDto[];
}

export class DevOutboxDto {
  @ApiProperty({ type: [MessageDto], description: 'Every email and text the system sent or kept, newest first' }) messages: MessageDto[];
  @ApiProperty({ type: [CallScriptDto], description: "The hotline's calls and texts, newest first, with what the caller heard at each step" })
  calls: CallScriptDto[];
}
