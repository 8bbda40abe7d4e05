import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CONSENT_INFORMATION } from '@app/audit';
import { IsCalendarDate, IsOptionalNotNull, Trim } from '@app/core';
import { IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';

/** What a confidential note carries when the writer does not say. */
export const DEFAULT_CONFIDENTIAL_INFORMATION = 'treatment_progress';

export class CreateCaseNoteDto {
  @ApiProperty({ example: '2026-11-20', description: 'Court-local date of the event; not in the future' })
  @IsCalendarDate()
  occurredOn: string;

  @ApiProperty({ maxLength: 10_000 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(10_000)
  body: string;

  @ApiPropertyOptional({
    default: false,
    description: 'Derived from treatment information: shown only to readers a consent for its `information` covers; the writer needs one too',
  })
  @IsOptionalNotNull()
  @IsBoolean()
  confidential?: boolean;

  @ApiPropertyOptional({
    enum: CONSENT_INFORMATION,
    description: `The kind of treatment information a confidential note carries (default ${DEFAULT_CONFIDENTIAL_INFORMATION}); makes the note confidential`,
  })
  @IsOptionalNotNull()
  @IsIn(CONSENT_INFORMATION)
  information?: string;
}

export class CaseNoteDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() authorId: string;
  @ApiProperty() occurredOn: string;
  @ApiProperty() body: string;
  @ApiProperty() confidential: boolean;
  @ApiProperty({ enum: CONSENT_INFORMATION, nullable: true }) information: string | null;
  @ApiProperty() createdAt: string;
}

export class CaseNotesDto {
  @ApiProperty({ type: [CaseNoteDto], description: 'Newest first' }) items: CaseNoteDto[];
  @ApiProperty({ description: 'Confidential notes no consent lets you see; they exist but are not shown' }) withheld: number;
  @ApiProperty({ type: String,
    nullable: true,
    description: 'The redisclosure notice (42 CFR §2.32), present whenever a confidential note is shown',
  })
  redisclosureNotice: string | null;
  @ApiProperty({ type: String, nullable: true, example: '42 CFR Part 2', description: 'The law the notice is given under; null when there is no notice' })
  lawName: string | null;
}
