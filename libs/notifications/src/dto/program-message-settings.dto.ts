import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { TEST_NOTICES, type TestNotice } from '../entities/program-message-settings.entity';

export class ProgramMessageSettingsDto {
  @ApiProperty() programId: string;
  @ApiProperty({ description: "Texts a hearing's reminder the evening before (18:00) and the morning of" }) courtDateReminders: boolean;
  @ApiProperty({ description: 'Texts "you did not call in today" once the call-in window closed without a call' }) missedCallInNotice: boolean;
  @ApiProperty({ description: "Texts a treatment appointment's time and address the evening before (18:00), naming no treatment" }) appointmentReminders: boolean;
  @ApiProperty({
    enum: TEST_NOTICES,
    description: 'How a selected participant learns of a test: `call_in` (they call in every day) or `text` ("test today" texted when the window opens; no call-in required)',
  })
  testNotice: TestNotice;
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

  @ApiPropertyOptional({ enum: TEST_NOTICES, description: 'Left as it is when absent' })
  @IsOptional()
  @IsIn(TEST_NOTICES)
  testNotice?: TestNotice;
}
