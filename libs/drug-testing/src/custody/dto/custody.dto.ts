import { ApiProperty } from '@nestjs/swagger';
import { Trim } from '@app/core';
import { IsIn, IsISO8601, IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { CUSTODY_STEPS, type CustodyStep } from '../custody-event.entity';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})$/;
const INSTANT_MESSAGE = 'at must be an ISO 8601 date-time with a time zone offset, e.g. 2026-11-23T16:05:00Z';

export class RecordCustodyStepDto {
  @ApiProperty({ enum: CUSTODY_STEPS.filter((s) => s !== 'collected'), description: 'The next step of the chain: sealed, then shipped, then received' })
  @IsIn(CUSTODY_STEPS.filter((s) => s !== 'collected'))
  step: Exclude<CustodyStep, 'collected'>;

  @ApiProperty({ example: 'J. Ortiz (courier)', maxLength: 200, description: 'Who handled the specimen' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  handledBy: string;

  @ApiProperty({ example: '2026-11-23T18:30:00Z', description: 'When; not in the future, not before the step before it' })
  @IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })
  @Matches(INSTANT, { message: INSTANT_MESSAGE })
  at: string;
}

export class CustodyEventDto {
  @ApiProperty({ enum: CUSTODY_STEPS }) step: CustodyStep;
  @ApiProperty() handledBy: string;
  @ApiProperty() at: string;
  @ApiProperty() recordedBy: string;
}

export class CustodyChainDto {
  @ApiProperty() collectionId: string;
  @ApiProperty({ nullable: true, type: String }) lab: string | null;
  @ApiProperty({ nullable: true, type: String }) accessionNumber: string | null;
  @ApiProperty({ type: [CustodyEventDto], description: 'In the order of the chain' }) events: CustodyEventDto[];
  @ApiProperty({ enum: CUSTODY_STEPS, nullable: true, description: 'The step to record next; null once received' }) nextStep: CustodyStep | null;
}
