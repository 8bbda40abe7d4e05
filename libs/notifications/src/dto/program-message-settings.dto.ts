import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsOptional } from 'class-validator';

export class ProgramMessageSettingsDto {
  @ApiProperty() programId: string;
  @ApiProperty({ description: "Texts a hearing's reminder the evening before (18:00) and the morning of" }) courtDateReminders: boolean;
  @ApiProperty({ description: 'Texts "you did not call in today" once the call-in window closed without a call' }) missedCallInNotice: boolean;
  @ApiProperty({ description: "Texts a treatment appointment's time and address the evening before (18:00), naming no treatment" }) appointmentReminders: boolean;
}

export class UpdateProgramMessageSettingsDto {
  @ApiProperty()
  @IsBoolean()
  courtDateReminders: boolean;

  @ApiProperty()
  @IsBoolean()
  missedCallInNotice: boolean;

  @ApiPropertyOptional({ description: 'Left out: unchanged (off for a program that never chose)' })
  @IsOptional()
  @IsBoolean()
  appointmentReminders?: boolean;
}
