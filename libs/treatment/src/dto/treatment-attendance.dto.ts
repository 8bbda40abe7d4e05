import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull, Trim } from '@app/core';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsString, IsUUID, Length, ValidateNested } from 'class-validator';

import { ATTENDANCE_VALUES, type AttendanceValue } from '../treatment-terms';
import { MAX_GROUP_SESSION_ENTRIES, SCHEDULE_AHEAD_DAYS } from '../attendance-rules';

/**
 * `absent` was the first version's word for a no-show: scripts written
 * against it still send it, and it is read as `no_show` (and answered so).
 */
const AttendanceAlias = () => Transform(({ value }) => (value === 'absent' ? 'no_show' : value));

const ATTENDANCE_DESCRIPTION = `\`absent\` is accepted as an alias of \`no_show\` (and answered as \`no_show\`)`;

/** The session's kind, as providers name it. */
const SessionType = () => applyDecorators(Trim(), IsString(), Length(1, 100));

export class CreateTreatmentAttendanceDto {
  @ApiProperty({
    example: '2026-11-20',
    description: `Court-local date of the session; not before enrolment; not in the future, except a \`scheduled\` session (up to ${SCHEDULE_AHEAD_DAYS} days ahead)`,
  })
  @IsCalendarDate()
  sessionOn: string;

  @ApiProperty({ example: 'group', description: 'e.g. `individual counselling`, `group`, `intensive outpatient`' })
  @SessionType()
  sessionType: string;

  @ApiProperty({ enum: ATTENDANCE_VALUES, description: ATTENDANCE_DESCRIPTION })
  @AttendanceAlias()
  @IsIn(ATTENDANCE_VALUES)
  attendance: AttendanceValue;
}

/** What happened at a scheduled session, or a correction of what was reported. */
export class UpdateTreatmentAttendanceDto {
  @ApiProperty({ enum: ATTENDANCE_VALUES, description: `A session still in the future can only be \`scheduled\` or \`excused\`; ${ATTENDANCE_DESCRIPTION}` })
  @AttendanceAlias()
  @IsIn(ATTENDANCE_VALUES)
  attendance: AttendanceValue;

  @ApiPropertyOptional({ example: 'individual counselling' })
  @IsOptionalNotNull()
  @SessionType()
  sessionType?: string;
}

export class GroupSessionEntryDto {
  @ApiProperty()
  @IsUUID()
  participantId: string;

  @ApiProperty({ enum: ATTENDANCE_VALUES, description: ATTENDANCE_DESCRIPTION })
  @AttendanceAlias()
  @IsIn(ATTENDANCE_VALUES)
  attendance: AttendanceValue;
}

/** A group session entered at once: one row per participant, all or nothing. */
export class CreateGroupSessionDto {
  @ApiProperty({ example: '2026-11-20', description: 'Court-local date of the session (the same rules as for one session)' })
  @IsCalendarDate()
  sessionOn: string;

  @ApiProperty({ example: 'group' })
  @SessionType()
  sessionType: string;

  @ApiProperty({ type: [GroupSessionEntryDto], minItems: 1, maxItems: MAX_GROUP_SESSION_ENTRIES, description: 'One entry per participant (no participant twice)' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_GROUP_SESSION_ENTRIES)
  @ValidateNested({ each: true })
  @Type(() => GroupSessionEntryDto)
  entries: GroupSessionEntryDto[];
}

export class TreatmentAttendanceDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() sessionOn: string;
  @ApiProperty() sessionType: string;
  @ApiProperty({ enum: ATTENDANCE_VALUES }) attendance: AttendanceValue;
  @ApiProperty({ nullable: true, type: String, description: 'Shared by the rows of one group session entered together' }) groupSessionId: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;
}

export class GroupSessionDto {
  @ApiProperty() groupSessionId: string;
  @ApiProperty({ type: [TreatmentAttendanceDto], description: 'The rows created, in the order of the entries' }) items: TreatmentAttendanceDto[];
}

/** Treatment information always travels with the 42 CFR §2.32 notice. */
export class TreatmentAttendanceListDto {
  @ApiProperty({ type: [TreatmentAttendanceDto], description: 'Sessions your consents cover, newest first' }) items: TreatmentAttendanceDto[];
  @ApiProperty({ description: "The redisclosure notice (42 CFR §2.32) that must accompany this information, in the reader's language (Accept-Language)" })
  redisclosureNotice: string;
  @ApiProperty({ example: '42 CFR Part 2', description: 'The law the court operates under, which the notice is given under' })
  lawName: string;
}
