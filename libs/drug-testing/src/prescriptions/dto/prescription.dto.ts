import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull, Trim } from '@app/core';
import { IsIn, IsString, Length } from 'class-validator';
import { SUBSTANCE_PANELS, type SubstancePanel } from '../../entities/drug-test-result.entity';

export class CreatePrescriptionDto {
  @ApiProperty({ enum: SUBSTANCE_PANELS, example: 'buprenorphine', description: 'The test panel the medication shows on' })
  @IsIn(SUBSTANCE_PANELS)
  substance: SubstancePanel;

  @ApiProperty({ example: 'Suboxone 8 mg/2 mg', maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  medication: string;

  @ApiProperty({ example: 'Dr. Rivera, Riverside Recovery', maxLength: 200 })
  @Trim()
  @IsString()
  @Length(1, 200)
  prescriber: string;

  @ApiProperty({ example: '2026-11-01', description: 'First court day it covers; not before enrolment, not in the future' })
  @IsCalendarDate()
  startsOn: string;

  @ApiPropertyOptional({ example: '2027-05-01', description: 'Last court day it covers; none while it runs' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  endsOn?: string;
}

export class PrescriptionDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ enum: SUBSTANCE_PANELS }) substance: SubstancePanel;
  @ApiProperty() medication: string;
  @ApiProperty() prescriber: string;
  @ApiProperty({ example: '2026-11-01' }) startsOn: string;
  @ApiProperty({ type: String, nullable: true }) endsOn: string | null;
  @ApiProperty() recordedBy: string;
  @ApiProperty() createdAt: string;
}

export class RecordedPrescriptionDto extends PrescriptionDto {
  @ApiProperty({ type: [String], description: 'Collections whose positives on this panel, within the dates, became `prescribed` when it was recorded' })
  reclassifiedCollectionIds: string[];
}

export class PrescriptionListDto {
  @ApiProperty({ type: [PrescriptionDto] }) items: PrescriptionDto[];
  @ApiProperty({ description: 'The 42 CFR §2.32 notice that accompanies every disclosure' }) redisclosureNotice: string;
  @ApiProperty() lawName: string;
}
