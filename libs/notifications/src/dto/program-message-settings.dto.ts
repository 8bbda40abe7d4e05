import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';

export class ProgramMessageSettingsDto {
  @ApiProperty() programId: string;
  @ApiProperty({ description: "Texts a hearing's reminder the evening before (18:00) and the morning of" }) courtDateReminders: boolean;
  @ApiProperty({ description: 'Texts "you did not call in today" once the call-in window closed without a call' }) missedCallInNotice: boolean;
}

export class UpdateProgramMessageSettingsDto {
  @ApiProperty()
  @IsBoolean()
  courtDateReminders: boolean;

  @ApiProperty()
  @IsBoolean()
  missedCallInNotice: boolean;
}
