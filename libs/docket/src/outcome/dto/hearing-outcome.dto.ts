import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { HEARING_ATTENDANCE, HEARING_KINDS, type HearingAttendance, type HearingKind } from '@app/hearings';
import { IsOptionalNotNull, Trim } from '@app/core';
import { PARTICIPANT_STATUSES, type ParticipantStatus, PhaseChangeDto } from '@app/participants';
import { CreateResponseDto } from '@app/violations';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';

/** A response ordered at the hearing: as any response, dated the hearing's day and linked to it. */
export class OutcomeResponseDto extends OmitType(CreateResponseDto, ['orderedOn', 'hearingId'] as const) {}

export class OutcomeDismissalDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() violationId: string;
  @ApiProperty({ description: 'Why the court dismissed it' }) @Trim() @IsString() @Length(1, 1000) reason: string;
}

/** A promotion or demotion ordered at the hearing (a demotion with its remedial plan), dated the hearing's day. */
export class OutcomePhaseChangeDto extends OmitType(PhaseChangeDto, ['orderedOn', 'hearingId'] as const) {}

/** Status changes a court orders from the bench. */
export const OUTCOME_STATUSES = PARTICIPANT_STATUSES.filter((s) =>
  ['active', 'in_custody', 'warrant', 'medical_leave', 'graduated', 'terminated', 'withdrawn', 'transferred'].includes(s),
);

export class OutcomeStatusChangeDto {
  @ApiProperty({ enum: OUTCOME_STATUSES }) @IsIn(OUTCOME_STATUSES) status: ParticipantStatus;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(1000) reason: string;
}

export class OutcomeNextHearingDto {
  @ApiProperty({ format: 'uuid', description: 'A future session of the court hearing the participant’s program' }) @IsUUID() sessionId: string;
  @ApiProperty({ enum: HEARING_KINDS }) @IsIn(HEARING_KINDS) kind: HearingKind;
}

export class RecordHearingOutcomeDto {
  // Required, with no default: a hearing recorded in haste must never make an absent person present (or the reverse).
  @ApiProperty({ enum: HEARING_ATTENDANCE, description: 'Required: the court says whether the participant appeared; there is no default' })
  @IsIn(HEARING_ATTENDANCE, { message: `attendance is required: one of ${HEARING_ATTENDANCE.join(', ')} (there is no default)` })
  attendance: HearingAttendance;

  @ApiPropertyOptional({
    description:
      'The participant’s waiver of presence, as recorded (how and when it was given). A sanction restricting liberty, a demotion or a discharge needs the participant present (appeared) or this waiver.',
  })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 1000)
  presenceWaiver?: string;

  @ApiPropertyOptional({ description: 'With failed_to_appear: issue a bench warrant (the participant’s status becomes warrant)' })
  @IsOptionalNotNull()
  @IsBoolean()
  warrant?: boolean;

  @ApiPropertyOptional({ type: [OutcomeResponseDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OutcomeResponseDto)
  responses?: OutcomeResponseDto[];

  @ApiPropertyOptional({ type: [OutcomeDismissalDto], description: 'Open violations the court dismisses (their clocks stop)' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => OutcomeDismissalDto)
  dismissals?: OutcomeDismissalDto[];

  @ApiPropertyOptional({
    type: [String],
    description:
      'Open violations the court took up at this hearing without ordering a response now: one staff already responded to (that response stands), or one the court decided needs no response. With the participant present, each is answered.',
  })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  heardViolationIds?: string[];

  @ApiPropertyOptional({ type: OutcomePhaseChangeDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => OutcomePhaseChangeDto)
  phaseChange?: OutcomePhaseChangeDto;

  @ApiPropertyOptional({ type: OutcomeStatusChangeDto, description: 'Graduation, termination, custody, leave…' })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => OutcomeStatusChangeDto)
  statusChange?: OutcomeStatusChangeDto;

  @ApiPropertyOptional({ description: 'What the court said; no treatment information' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 4000)
  notes?: string;

  @ApiPropertyOptional({ type: OutcomeNextHearingDto })
  @IsOptionalNotNull()
  @ValidateNested()
  @Type(() => OutcomeNextHearingDto)
  nextHearing?: OutcomeNextHearingDto;
}

export class AmendHearingOutcomeDto {
  @ApiPropertyOptional({ enum: HEARING_ATTENDANCE }) @IsOptionalNotNull() @IsIn(HEARING_ATTENDANCE) attendance?: HearingAttendance;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Replaces the notes; null clears them' })
  @ValidateIf((_o, value) => value !== undefined && value !== null)
  @Trim()
  @IsString()
  @Length(1, 4000)
  notes?: string | null;

  @ApiProperty({ description: 'Why the outcome is amended (kept with the new version)' }) @Trim() @IsString() @Length(1, 1000) reason: string;
}

export class OutcomeResponseEffectDto {
  @ApiProperty() id: string;
  @ApiProperty() code: string;
  @ApiProperty() kind: string;
  @ApiProperty({ type: [String] }) violationIds: string[];
  @ApiProperty({ description: 'What the court was warned of when ordering it (jail over the limit, a skipped level…)' })
  warnings: Array<{ code: string; message: string }>;
}

export class OutcomeEffectsDto {
  @ApiProperty({ type: [OutcomeResponseEffectDto] }) responses: OutcomeResponseEffectDto[];
  @ApiProperty({
    type: [String],
    description: 'Violations answered at this hearing: heard with the participant present and responded to (by a response here or earlier, or the decision of none)',
  })
  violationsAnswered: string[];
  @ApiProperty({ type: [String] }) violationsDismissed: string[];
  @ApiProperty({ type: String, nullable: true, description: 'The failure-to-appear violation' }) failureToAppearViolationId: string | null;
  @ApiProperty({ type: String, nullable: true }) phaseChangeId: string | null;
  @ApiProperty({ type: String, nullable: true }) statusChangeId: string | null;
  @ApiProperty({ type: String, nullable: true }) nextHearingId: string | null;
  @ApiPropertyOptional({ type: [String], description: 'Notes about an amendment: what it changed and what it could not undo' })
  amendmentNotes?: string[];
}

export class HearingOutcomeDto {
  @ApiProperty() id: string;
  @ApiProperty() hearingId: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ description: '1 as first recorded; each amendment adds one' }) version: number;
  @ApiProperty({ enum: HEARING_ATTENDANCE }) attendance: string;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ type: OutcomeEffectsDto }) effects: OutcomeEffectsDto;
  @ApiProperty({ type: String, nullable: true }) amendmentReason: string | null;
  @ApiProperty() recordedBy: string;
  @ApiProperty({ format: 'date-time' }) recordedAt: string;
  @ApiProperty({ description: 'True when this answers a repeat of a request already recorded: nothing new was written' }) replayed: boolean;
}

export class HearingOutcomeHistoryDto {
  @ApiProperty({ type: [HearingOutcomeDto], description: 'Every version, first to latest' }) versions: HearingOutcomeDto[];
}
