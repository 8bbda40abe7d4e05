import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, Trim } from '@app/core';
import { IsIn, IsString, Length } from 'class-validator';

export const OVERRIDE_ACTIONS = ['force', 'excuse'] as const;
export type OverrideAction = (typeof OVERRIDE_ACTIONS)[number];

export class CreateDrawOverrideDto {
  @ApiProperty({ example: '2026-11-23', description: 'Court-local day: today (until its reporting deadline) or later' })
  @IsCalendarDate()
  courtDay: string;

  @ApiProperty({ enum: OVERRIDE_ACTIONS, description: '`force`: the participant tests that day whatever the draw; `excuse`: they do not' })
  @IsIn(OVERRIDE_ACTIONS)
  action: OverrideAction;

  @ApiProperty({ example: 'Ordered by the judge at the hearing of 2026-11-20' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class WithdrawDrawOverrideDto {
  @ApiProperty({ example: 'Entered for the wrong day' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class DrawOverrideDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ example: '2026-11-23' }) courtDay: string;
  @ApiProperty({ enum: OVERRIDE_ACTIONS }) action: OverrideAction;
  @ApiProperty() reason: string;
  @ApiProperty() recordedBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ type: String, nullable: true }) withdrawnAt: string | null;
  @ApiProperty({ type: String, nullable: true }) withdrawnBy: string | null;
}
