import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull, stringRule, isValidWallTime, Trim } from '@app/core';
import type { ValidationOptions } from 'class-validator';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { DOCKET_ORDERS, DocketOrder } from '../../court-session.entity';
import { HEARING_KINDS, HearingKind } from '../../hearing.entity';

const IsStartTime = (options?: ValidationOptions) => stringRule('isStartTime', isValidWallTime, 'must be a time HH:MM from 00:00 to 23:59', options);

/** Most hearings a session may be set to take. */
export const MAX_SESSION_CAPACITY = 500;
/** Most programs one session may name. */
export const MAX_SESSION_PROGRAMS = 50;

export class CourtSessionQueryDto {
  @ApiPropertyOptional({ example: '2026-11-23', description: 'First court-local date (default: today in the court)' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  from?: string;

  @ApiPropertyOptional({ example: '2026-12-21', description: 'Last court-local date, inclusive (default: 28 days after from; at most 366 days after it)' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  to?: string;
}

export class CreateCourtSessionDto {
  @ApiProperty({ example: '2026-11-24', description: 'Court-local date of the sitting' })
  @IsCalendarDate()
  date: string;

  @ApiProperty({ example: '09:00', description: "Court-local start, HH:MM, in the court's time zone; must exist that day and be in the future" })
  @IsStartTime()
  startTime: string;

  @ApiProperty({ example: 'Courtroom 4B', maxLength: 100 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  courtroom: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'The presiding judge: a user holding the judge role in this court' })
  @IsOptional()
  @IsUUID()
  judgeId?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Programs of this court heard at the session; empty or absent for all of them' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(MAX_SESSION_PROGRAMS)
  @IsUUID(undefined, { each: true })
  programIds?: string[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: MAX_SESSION_CAPACITY, description: 'Most hearings it takes; absent or null for no limit' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SESSION_CAPACITY)
  capacity?: number | null;

  @ApiPropertyOptional({ enum: DOCKET_ORDERS, nullable: true, description: "Order the docket is called in; absent or null for the court's default" })
  @IsOptional()
  @IsIn(DOCKET_ORDERS)
  docketOrder?: DocketOrder | null;

  @ApiPropertyOptional({ description: 'Added outside the regular calendar (e.g. to meet a 72-hour deadline); only a special session may sit on a court holiday' })
  @IsOptionalNotNull()
  @IsBoolean()
  special?: boolean;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000, description: 'For the court team; no participant information' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  notes?: string | null;
}

export class UpdateCourtSessionDto {
  @ApiPropertyOptional({ example: '2026-11-25', description: 'New court-local date; its hearings move with it' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  date?: string;

  @ApiPropertyOptional({ example: '13:30', description: 'New court-local start; its hearings move with it' })
  @IsOptionalNotNull()
  @IsStartTime()
  startTime?: string;

  @ApiPropertyOptional({ maxLength: 100 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  courtroom?: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'A judge of this court; null for none' })
  @IsOptional()
  @IsUUID()
  judgeId?: string | null;

  @ApiPropertyOptional({ type: [String], description: 'Programs heard; empty for all. Cannot leave out the program of a participant already on the session.' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(MAX_SESSION_PROGRAMS)
  @IsUUID(undefined, { each: true })
  programIds?: string[];

  @ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: MAX_SESSION_CAPACITY, description: 'Null for no limit; not below the hearings already on it (409)' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_SESSION_CAPACITY)
  capacity?: number | null;

  @ApiPropertyOptional({ enum: DOCKET_ORDERS, nullable: true, description: "Null for the court's default" })
  @IsOptional()
  @IsIn(DOCKET_ORDERS)
  docketOrder?: DocketOrder | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  notes?: string | null;
}

export class CancelCourtSessionDto {
  @ApiProperty({ example: 'the judge is at a conference', maxLength: 480 })
  @Trim()
  @IsString()
  @Length(1, 480)
  reason: string;

  @ApiPropertyOptional({ description: 'Also cancel the hearings still scheduled on it; without it a session with hearings is refused (409 session-has-hearings)' })
  @IsOptionalNotNull()
  @IsBoolean()
  cancelHearings?: boolean;
}

export class JudgeRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class ProgramRefDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'ATC' }) code: string;
  @ApiProperty() name: string;
}

export class CourtSessionDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ example: '2026-11-24', description: 'Court-local date' }) date: string;
  @ApiProperty({ example: '09:00', description: 'Court-local start' }) startTime: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty({ type: JudgeRefDto, nullable: true }) judge: JudgeRefDto | null;
  @ApiProperty() courtroom: string;
  @ApiProperty({ description: 'The session hears every program of the court (it names none)' }) allPrograms: boolean;
  @ApiProperty({ type: [ProgramRefDto], description: 'Programs heard (all of the court’s when allPrograms)' }) programs: ProgramRefDto[];
  @ApiProperty({ type: Number, nullable: true, description: 'Most hearings it takes; null for no limit' }) capacity: number | null;
  @ApiProperty({ enum: DOCKET_ORDERS, description: "The session's docket order, or the court's default" }) docketOrder: DocketOrder;
  @ApiProperty({ description: "The docket order is the court's default (the session sets none)" }) docketOrderIsCourtDefault: boolean;
  @ApiProperty() special: boolean;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) cancellationReason: string | null;
  @ApiProperty({ type: String, nullable: true }) notes: string | null;
  @ApiProperty({ description: 'Hearings on it, scheduled or held (not cancelled)' }) hearingCount: number;
}

export class SessionHearingDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: HEARING_KINDS }) kind: HearingKind;
  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'] }) status: string;
}

export class CourtSessionDetailDto extends CourtSessionDto {
  @ApiProperty({ type: [SessionHearingDto], description: 'Its hearings, cancelled ones last' }) hearings: SessionHearingDto[];
}
