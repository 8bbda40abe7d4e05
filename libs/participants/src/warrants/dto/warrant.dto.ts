import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, Trim } from '@app/core';
import { IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { WARRANT_SERVICE_OUTCOMES, WARRANT_STATES, type WarrantServiceOutcome, type WarrantState } from '../warrant.entity';

export class IssueWarrantDto {
  @ApiProperty({ description: 'Why the court issues it (e.g. failed to appear on 12 March; absconded from the program)', maxLength: 1000 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;

  @ApiPropertyOptional({ description: 'The hearing it is issued at, one of the participant’s own' })
  @IsOptionalNotNull()
  @IsUUID()
  hearingId?: string;
}

export class ServeWarrantDto {
  @ApiProperty({ enum: WARRANT_SERVICE_OUTCOMES, description: '`in_custody`: the participant is held (status in custody); `released`: they carry on in the program (status active)' })
  @IsIn(WARRANT_SERVICE_OUTCOMES)
  outcome: WarrantServiceOutcome;

  @ApiPropertyOptional({ description: 'Where and by whom it was served', maxLength: 1000 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  note?: string;
}

export class RecallWarrantDto {
  @ApiProperty({ description: 'Why the judge recalls it (e.g. the participant came to court on their own)', maxLength: 1000 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason: string;
}

export class WarrantDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ enum: WARRANT_STATES }) state: WarrantState;
  @ApiProperty() issuedAt: string;
  @ApiProperty({ type: String, nullable: true }) issuedBy: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The issuing judge’s name' }) issuedByName: string | null;
  @ApiProperty() reason: string;
  @ApiProperty({ type: String, nullable: true }) hearingId: string | null;
  @ApiProperty({ type: String, nullable: true }) servedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) servedByName: string | null;
  @ApiProperty({ enum: WARRANT_SERVICE_OUTCOMES, nullable: true }) serviceOutcome: WarrantServiceOutcome | null;
  @ApiProperty({ type: String, nullable: true }) serviceNote: string | null;
  @ApiProperty({ type: String, nullable: true }) recalledAt: string | null;
  @ApiProperty({ type: String, nullable: true }) recalledByName: string | null;
  @ApiProperty({ type: String, nullable: true }) recallReason: string | null;
}

export class WarrantsDto {
  @ApiProperty({ type: [WarrantDto], description: 'Newest first' }) items: WarrantDto[];
}
