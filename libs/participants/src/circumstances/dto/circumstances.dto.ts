import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@app/core';
import { IsIn, IsUUID } from 'class-validator';
import {
  CIRCUMSTANCE_MOMENTS,
  EDUCATION_LEVELS,
  EMPLOYMENT_STATUSES,
  HOUSING_STATUSES,
  type CircumstanceMoment,
  type EducationLevel,
  type EmploymentStatus,
  type HousingStatus,
} from '../participant-circumstances.entity';

export class CircumstancesParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id: string;

  @ApiProperty({ enum: CIRCUMSTANCE_MOMENTS })
  @IsIn(CIRCUMSTANCE_MOMENTS)
  at: CircumstanceMoment;
}

export class RecordCircumstancesDto {
  @ApiProperty({ example: '2026-10-01', description: 'Court-local day the answers were taken; not in the future' })
  @IsCalendarDate()
  recordedOn: string;

  @ApiProperty({ enum: EMPLOYMENT_STATUSES })
  @IsIn(EMPLOYMENT_STATUSES)
  employment: EmploymentStatus;

  @ApiProperty({ enum: EDUCATION_LEVELS, description: 'Highest level completed' })
  @IsIn(EDUCATION_LEVELS)
  education: EducationLevel;

  @ApiProperty({ enum: HOUSING_STATUSES })
  @IsIn(HOUSING_STATUSES)
  housing: HousingStatus;
}

export class CircumstancesDto extends RecordCircumstancesDto {
  @ApiProperty({ enum: CIRCUMSTANCE_MOMENTS }) at: CircumstanceMoment;
  @ApiProperty({ type: String, nullable: true }) recordedByName: string | null;
  @ApiProperty() updatedAt: string;
}

export class ParticipantCircumstancesDto {
  @ApiProperty({ type: CircumstancesDto, nullable: true, description: 'Null until recorded' }) admission: CircumstancesDto | null;
  @ApiProperty({ type: CircumstancesDto, nullable: true, description: 'Null until recorded (only once the participant has left the program)' })
  exit: CircumstancesDto | null;
  @ApiProperty({ description: 'Whether the participant has been admitted to a program (admission circumstances may be recorded)' }) admitted: boolean;
  @ApiProperty({ description: 'Whether the participant has left the program (exit circumstances may be recorded)' }) exited: boolean;
}
