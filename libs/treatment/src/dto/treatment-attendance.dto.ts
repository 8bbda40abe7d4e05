import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, Trim } from '@app/core';
import { IsIn, IsString, Length } from 'class-validator';

import { ATTENDANCE_VALUES, type AttendanceValue } from '../treatment-terms';

export class CreateTreatmentAttendanceDto {
  @ApiProperty({ example: '2026-11-20', description: 'Court-local date of the session; not before enrolment, not in the future' })
  @IsCalendarDate()
  sessionOn: string;

  @ApiProperty({ example: 'group', description: 'e.g. `individual counselling`, `group`, `intensive outpatient`' })
  @Trim()
  @IsString()
  @Length(1, 100)
  sessionType: string;

  @ApiProperty({ enum: ATTENDANCE_VALUES })
  @IsIn(ATTENDANCE_VALUES)
  attendance: AttendanceValue;
}

export class TreatmentAttendanceDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty() sessionOn: string;
  @ApiProperty() sessionType: string;
  @ApiProperty({ enum: ATTENDANCE_VALUES }) attendance: AttendanceValue;
  @ApiPropertyOptional({ nullable: true }) recordedBy: string | null;
  @ApiProperty() createdAt: string;
}

/** Treatment information always travels with the 42 CFR §2.32 notice. */
export class TreatmentAttendanceListDto {
  @ApiProperty({ type: [TreatmentAttendanceDto], description: 'Sessions your consents cover, newest first' }) items: TreatmentAttendanceDto[];
  @ApiProperty({ description: 'The redisclosure notice (42 CFR §2.32) that must accompany this information' })
  redisclosureNotice: string;
}
