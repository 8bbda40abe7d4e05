import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, LANGUAGES, type Language, Trim } from '@app/core';
import { Transform } from 'class-transformer';
import { IsIn, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';

export class EnrolParticipantDto {
  @ApiPropertyOptional({ description: 'The program, when not chosen at referral' }) @IsOptional() @IsUUID() programId?: string;
  @ApiProperty({ example: 'D-0013', description: 'Unique in the court; upper-case letters, digits and hyphens' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { message: 'participantNumber must be 1 to 32 letters, digits or hyphens' })
  participantNumber: string;
  @ApiProperty({ example: '135790', description: 'The first call-in PIN, 6 to 12 digits, not trivial (one digit repeated, a run, a repeated group, the birth date); the participant must replace it at their first web sign-in before calling in by phone' }) @IsString() pin: string;
  @ApiPropertyOptional({ description: 'Court date of enrolment; defaults to today' }) @IsOptional() @IsCalendarDate() enrolledOn?: string;
  @ApiPropertyOptional() @IsOptional() @IsUUID() caseManagerId?: string;
  @ApiProperty({ example: '2026-11-30T09:00:00-06:00', description: 'The first hearing (the warning hearing in a HOPE program)' })
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/T.*(Z|[+-]\d\d:\d\d)$/, { message: 'firstHearingAt must be a date-time with a time zone offset' })
  firstHearingAt: string;
  @ApiPropertyOptional() @IsOptional() @Trim() @IsString() @IsNotEmpty() @MaxLength(1000) note?: string;
  @ApiPropertyOptional({
    enum: LANGUAGES,
    description: "The participant's own language, when not the court's: their screens and messages speak it from the first sign-in (they may change it later)",
  })
  @IsOptional()
  @IsIn(LANGUAGES)
  language?: Language;
}

export class EnrolmentDto {
  @ApiProperty() participantId: string;
  @ApiProperty() participantNumber: string;
  @ApiProperty() programId: string;
  @ApiProperty() phasePlanId: string;
  @ApiProperty() phaseId: string;
  @ApiProperty() enrolledOn: string;
  @ApiProperty() firstHearingId: string;
  @ApiProperty({ enum: ['warning', 'status'] }) firstHearingKind: string;
}
