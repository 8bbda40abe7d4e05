import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, Trim } from '@app/core';
import { IsBoolean, IsDateString, IsIn, IsString, MaxLength } from 'class-validator';
import { CONTACT_DIRECTIONS, CONTACT_KINDS, type ContactDirection, type ContactKind } from '../participant-contact.entity';

export const LAST_CONTACT_SOURCES = ['contact', 'hearing', 'collection'] as const;
export type LastContactSource = (typeof LAST_CONTACT_SOURCES)[number];

export class CreateParticipantContactDto {
  @ApiProperty({ enum: CONTACT_KINDS })
  @IsIn(CONTACT_KINDS)
  kind: ContactKind;

  @ApiProperty({ enum: CONTACT_DIRECTIONS, description: 'outgoing: staff reached out; incoming: the participant did' })
  @IsIn(CONTACT_DIRECTIONS)
  direction: ContactDirection;

  @ApiProperty({ example: '2026-11-23T14:30:00Z', description: 'When it happened; not in the future' })
  @IsDateString({ strict: true })
  occurredAt: string;

  @ApiPropertyOptional({ default: true, description: 'false for an attempt that did not reach the person (no answer, nobody home); it is not counted as contact' })
  @IsOptionalNotNull()
  @IsBoolean()
  reached?: boolean;

  @ApiPropertyOptional({ maxLength: 500, description: 'A short note; no treatment information (that belongs in a confidential case note)' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ParticipantContactDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ enum: CONTACT_KINDS }) kind: ContactKind;
  @ApiProperty({ enum: CONTACT_DIRECTIONS }) direction: ContactDirection;
  @ApiProperty() reached: boolean;
  @ApiProperty() occurredAt: string;
  @ApiProperty() staffId: string;
  @ApiProperty({ type: String, nullable: true }) staffName: string | null;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty() createdAt: string;
}

export class LastContactDto {
  @ApiProperty() at: string;
  @ApiProperty({ enum: LAST_CONTACT_SOURCES, description: 'A contact log entry, a hearing the participant appeared at, or a specimen collected from them' })
  source: LastContactSource;
}

export class ParticipantContactsDto {
  @ApiProperty({ type: [ParticipantContactDto], description: 'Newest first' }) items: ParticipantContactDto[];
  @ApiProperty({ type: LastContactDto, nullable: true, description: 'The latest contact of any source; null when there has been none' })
  lastContact: LastContactDto | null;
}
