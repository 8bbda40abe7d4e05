import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, Trim } from '@app/core';
import { IsString, Length } from 'class-validator';

export class CreateMilestoneDto {
  @ApiProperty({ example: 'employed or in school', description: "Matches a phase requirement's milestone name (case does not matter)" })
  @Trim()
  @IsString()
  @Length(1, 120)
  name: string;

  @ApiProperty({ example: '2026-11-20', description: "The evidence's court-local date; not before enrolment, not in the future" })
  @IsCalendarDate()
  achievedOn: string;

  @ApiProperty({ example: 'Pay stub from Acme Ltd dated 2026-11-20' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  evidence: string;
}

export class MilestoneDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() name: string;
  @ApiProperty() achievedOn: string;
  @ApiProperty() evidence: string;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty() createdAt: string;
}
