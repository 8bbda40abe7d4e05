import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull, Trim } from '@app/core';
import { IsString, Length, Matches } from 'class-validator';

export class CreateTreatmentAppointmentDto {
  @ApiProperty({ example: '2026-12-10', description: "Court-local date; today or later (up to a year ahead)" })
  @IsCalendarDate()
  appointmentOn: string;

  @ApiProperty({ example: '10:00', description: "Start, HH:MM on the court's clock; not in the past" })
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'startTime must be a time of day as HH:MM (00:00 to 23:59)' })
  startTime: string;

  @ApiProperty({ example: '12 Main St', description: 'The address, as the participant reads it in the reminder text' })
  @Trim()
  @IsString()
  @Length(1, 200)
  place: string;

  @ApiPropertyOptional({ example: 'Bring your insurance card', description: 'For the team; never sent to the participant' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class TreatmentAppointmentDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty({ example: '2026-12-10' }) appointmentOn: string;
  @ApiProperty({ example: '10:00' }) startTime: string;
  @ApiProperty({ description: 'The same moment as an instant' }) startsAt: string;
  @ApiProperty() place: string;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: 'scheduled' | 'cancelled';
  @ApiProperty({ type: String, nullable: true }) cancelledAt: string | null;
  @ApiProperty() createdAt: string;
}

export class TreatmentAppointmentListDto {
  @ApiProperty({ type: [TreatmentAppointmentDto] }) items: TreatmentAppointmentDto[];
  @ApiProperty({ description: 'The 42 CFR §2.32 notice that accompanies every disclosure' }) redisclosureNotice: string;
  @ApiProperty() lawName: string;
}
