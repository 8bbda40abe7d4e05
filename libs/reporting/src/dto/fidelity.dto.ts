import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { MeasurePeriodQueryDto } from './measure-period.dto';
import {
  FIDELITY_COMPARISONS,
  FIDELITY_LINE_KEYS,
  FIDELITY_UNITS,
  FIDELITY_VERDICTS,
  type FidelityComparison,
  type FidelityLineKey,
  type FidelityUnit,
  type FidelityVerdict,
} from '../fidelity/fidelity-lines';

/** `?from&to[&programId]`: the period, and optionally one program of the court. */
export class FidelityQueryDto extends MeasurePeriodQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this program's participants" })
  @IsOptional()
  @IsUUID()
  programId?: string;
}

/** `…/fidelity/{key}/cases`: which line. */
export class FidelityLineParamsDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  courtId: string;

  @ApiProperty({ enum: FIDELITY_LINE_KEYS, enumName: 'FidelityLineKey' })
  @IsIn(FIDELITY_LINE_KEYS)
  key: FidelityLineKey;
}

/** One phase (or, for jail, one program) of a line read part by part, against its own target. */
export class FidelityPartDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) programId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ATC' }) programCode: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Phase number (1 = first); null for a part that is a whole program' }) phasePosition: number | null;
  @ApiProperty({ type: String, nullable: true }) phaseName: string | null;
  @ApiProperty({ type: Number, nullable: true }) value: number | null;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
  @ApiProperty({ enum: FIDELITY_VERDICTS, enumName: 'FidelityVerdict' }) verdict: FidelityVerdict;
  @ApiProperty({ description: 'What the value is computed from: tests, participant-weeks, intervals, sanctions' }) count: number;
}

/** One line of the dashboard: a figure from the data, its target, and whether the court meets it. */
export class FidelityLineDto {
  @ApiProperty({ enum: FIDELITY_LINE_KEYS, enumName: 'FidelityLineKey' }) key: FidelityLineKey;
  @ApiProperty({ type: Number, nullable: true, description: 'Null when the period has nothing to measure' }) value: number | null;
  @ApiProperty({ enum: FIDELITY_UNITS, enumName: 'FidelityUnit' }) unit: FidelityUnit;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
  @ApiProperty({ enum: FIDELITY_COMPARISONS, enumName: 'FidelityComparison', description: 'at_least: the value must reach the target; at_most: stay within it' })
  comparison: FidelityComparison;
  @ApiProperty({ enum: FIDELITY_VERDICTS, enumName: 'FidelityVerdict', description: 'For a line read by phase, met only when every phase with data is' })
  verdict: FidelityVerdict;
  @ApiProperty({ description: 'How many things the value is computed from (tests, violations, sanctions, intervals…)' }) count: number;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'For a time line: the share of the things measured within the target' })
  shareWithinTarget?: number | null;
  @ApiPropertyOptional({ type: [FidelityPartDto], description: 'Each phase (or program) against its own target' }) byPhase?: FidelityPartDto[];
}

export class FidelityDto {
  @ApiProperty() courtId: string;
  @ApiProperty({ example: '2026-09-01' }) from: string;
  @ApiProperty({ example: '2026-11-30' }) to: string;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) programId: string | null;
  @ApiProperty({ type: [FidelityLineDto] }) lines: FidelityLineDto[];
}

/** A participant behind a line: the test, violation, sanction or interval that misses the target. */
export class FidelityCaseDto {
  @ApiProperty({ format: 'uuid' }) participantId: string;
  @ApiProperty({ type: String, nullable: true, example: 'D-0004' }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: String, nullable: true }) programCode: string | null;
  @ApiProperty({ type: Number, nullable: true }) phasePosition: number | null;
  @ApiProperty({ example: '2026-11-04', description: 'The court day of the test, violation, sanction or later hearing' }) on: string;
  @ApiProperty({ type: Number, nullable: true, description: "The participant's figure, in the line's unit" }) value: number | null;
  @ApiProperty({ type: Number, nullable: true }) target: number | null;
}

export class FidelityCasesDto {
  @ApiProperty({ enum: FIDELITY_LINE_KEYS, enumName: 'FidelityLineKey' }) key: FidelityLineKey;
  @ApiProperty({ enum: FIDELITY_UNITS, enumName: 'FidelityUnit' }) unit: FidelityUnit;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ type: [FidelityCaseDto], description: 'Oldest first, at most 500' }) items: FidelityCaseDto[];
  @ApiProperty({ description: 'All the cases that miss the target (items holds at most 500)' }) total: number;
}
