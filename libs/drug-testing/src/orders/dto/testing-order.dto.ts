import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate, Trim } from '@app/core';
import { IsNumber, IsString, Length, Max, Min, ValidateBy } from 'class-validator';

/** Half a test a week is the finest step a court orders (one test a fortnight). */
const IsHalfStep = () =>
  ValidateBy({
    name: 'isHalfStep',
    validator: {
      validate: (value) => typeof value === 'number' && Number.isInteger(value * 2),
      defaultMessage: () => 'testsPerWeek must be a multiple of 0.5',
    },
  });

export class CreateTestingOrderDto {
  @ApiProperty({ example: 5, minimum: 0.5, maximum: 7, description: 'Tests a week while the order is in force, in steps of 0.5' })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0.5)
  @Max(7)
  @IsHalfStep()
  testsPerWeek: number;

  @ApiProperty({ example: '2026-11-24', description: 'First court day in force; not in the past (court time)' })
  @IsCalendarDate()
  startsOn: string;

  @ApiProperty({ example: '2026-12-22', description: 'Last court day in force; not before startsOn, at most 365 days after it' })
  @IsCalendarDate()
  endsOn: string;

  @ApiProperty({ example: 'Sanction: increased testing for 4 weeks (hearing of 2026-11-23)' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class TestingOrderDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() testsPerWeek: number;
  @ApiProperty() startsOn: string;
  @ApiProperty() endsOn: string;
  @ApiProperty() reason: string;
  @ApiProperty() orderedBy: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ description: 'Whether the order is in force on the court day of now' }) inForce: boolean;
}
