import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull, Trim } from '@app/core';
import { ArrayMaxSize, IsArray, IsNumber, IsString, IsUUID, Length, Max, Min } from 'class-validator';

export class CreateResponseDto {
  @ApiProperty({ format: 'uuid', description: "An active entry of the participant's program catalogue" })
  @IsUUID()
  catalogueEntryId: string;

  @ApiPropertyOptional({ type: [String], description: "The participant's open violations this answers (a sanction: at least one; an incentive: none)" })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  violationIds?: string[];

  @ApiPropertyOptional({ example: '2026-11-23', description: "Court-local date of the order; default today; not in the future" })
  @IsOptionalNotNull()
  @IsCalendarDate()
  orderedOn?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The hearing at which the court ordered it' })
  @IsOptionalNotNull()
  @IsUUID()
  hearingId?: string;

  @ApiPropertyOptional({ description: 'Hours of community service, or days of jail or of increased testing' })
  @IsOptionalNotNull()
  @IsNumber({ maxDecimalPlaces: 2 })
  @Min(0.25)
  amount?: number;

  @ApiPropertyOptional({ description: 'Tests per week, for increased testing' })
  @IsOptionalNotNull()
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(7)
  testsPerWeek?: number;

  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 1000)
  note?: string;

  @ApiPropertyOptional({ description: "Jail longer than the program's limit: the judge's written reason, kept with the order (required then, refused otherwise)" })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 2000)
  overLimitReason?: string;
}

export class ResponseWarningDto {
  @ApiProperty({ enum: ['jail_over_limit', 'level_skipped', 'no_recent_incentive'] }) code: string;
  @ApiProperty() message: string;
}

export class CourtResponseDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null for a dry run' }) id: string | null;
  @ApiProperty() participantId: string;
  @ApiProperty({ enum: ['sanction', 'incentive', 'treatment_adjustment'] }) kind: string;
  @ApiProperty() code: string;
  @ApiProperty() name: string;
  @ApiProperty() level: number;
  @ApiProperty({ enum: ['none', 'increased_testing', 'community_service', 'jail'] }) effect: string;
  @ApiProperty({ type: Number, nullable: true }) amount: number | null;
  @ApiProperty({ type: Number, nullable: true }) testsPerWeek: number | null;
  @ApiProperty() orderedOn: string;
  @ApiProperty({ type: String, nullable: true }) hearingId: string | null;
  @ApiProperty({ description: 'Ordered by delegated staff, not by the judge' }) delegated: boolean;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ description: 'A sanction restricting liberty (the judge orders it at a hearing)' }) restrictsLiberty: boolean;
  @ApiProperty({ type: String, nullable: true, description: "The judge's reason for jail longer than the program's limit" }) overLimitReason: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The written order of a sanction (GET /court-orders/{id}/pdf); null for other responses and a check' })
  courtOrderId: string | null;
  @ApiProperty({ type: [ResponseWarningDto] }) warnings: ResponseWarningDto[];
  @ApiProperty({ type: [String] }) violationIds: string[];
  @ApiProperty({ type: String, nullable: true }) testingOrderId: string | null;
  @ApiProperty({ type: String, nullable: true }) custodyEndsAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: "When it came in from the court's earlier records (a history import): history, with no effect here" }) importedAt: string | null;
  @ApiProperty({ description: 'True for a check: nothing was recorded' }) dryRun: boolean;
}

export class ResponseRatioDto {
  @ApiProperty() incentives: number;
  @ApiProperty() sanctions: number;
  @ApiProperty() treatmentAdjustments: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Incentives per sanction (about 4 is the usual aim); null before any sanction' })
  incentivesPerSanction: number | null;
}

export class ResponseHistoryDto {
  @ApiProperty({ type: [CourtResponseDto] }) items: CourtResponseDto[];
  @ApiProperty({ type: ResponseRatioDto }) ratio: ResponseRatioDto;
}
