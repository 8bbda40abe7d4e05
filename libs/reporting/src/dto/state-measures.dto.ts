import { ApiProperty, OmitType } from '@nestjs/swagger';
import { SwiftnessDto } from '@app/violations';
import { OutcomeMeasuresDto, OutcomeMeasuresQueryDto } from '../outcomes/outcome-measures.dto';
import { PhaseMeasuresDto } from './phase-measures.dto';
import { ResultTurnaroundDto } from './result-turnaround.dto';
import { TestingFidelityDto } from './testing-fidelity.dto';
import { FidelityDto } from './fidelity.dto';
import { EquityDto } from '../equity/dto/equity.dto';
import { EquityQueryDto, FunnelDto, FunnelQueryDto } from '../equity/dto/funnel.dto';

/**
 * A measure for the whole state: the same figures as one court's, counted
 * over every court together. Counts are the sums of the courts' counts;
 * shares, medians and percentiles are computed over the pooled records
 * (a median of medians would be wrong). Rows by program or phase are each
 * court's own programs, as programs belong to a court.
 */
const STATE = { description: 'Courts counted (every court in the system)' };

export class StateTestingFidelityDto extends OmitType(TestingFidelityDto, ['courtId'] as const) {
  @ApiProperty(STATE) courts: number;
}

export class StateResultTurnaroundDto extends OmitType(ResultTurnaroundDto, ['courtId'] as const) {
  @ApiProperty(STATE) courts: number;
}

export class StateSwiftnessDto extends OmitType(SwiftnessDto, ['courtId'] as const) {
  @ApiProperty(STATE) courts: number;
}

export class StatePhaseMeasuresDto extends OmitType(PhaseMeasuresDto, ['courtId', 'asOf'] as const) {
  @ApiProperty(STATE) courts: number;
  @ApiProperty({ format: 'date-time', description: 'The instant the "now" figures are of (each court at its own date then)' }) at: string;
}

export class StateOutcomeMeasuresDto extends OutcomeMeasuresDto {
  @ApiProperty(STATE) courts: number;
}

/** The period and, optionally, a demographic dimension to group by; no program, as programs belong to one court. */
export class StateOutcomesQueryDto extends OmitType(OutcomeMeasuresQueryDto, ['programId'] as const) {}

/** The fidelity dashboard's lines over every court together (each phase row is one court's program's phase). */
export class StateFidelityDto extends OmitType(FidelityDto, ['courtId', 'programId'] as const) {
  @ApiProperty(STATE) courts: number;
}

export class StateFunnelDto extends FunnelDto {
  @ApiProperty(STATE) courts: number;
}

export class StateEquityDto extends EquityDto {
  @ApiProperty(STATE) courts: number;
}

/** The funnel of every court together: the period, a dimension to group by, the audience; no program. */
export class StateFunnelQueryDto extends OmitType(FunnelQueryDto, ['programId'] as const) {}

/** The equity view of every court together: the period, the dimension, the audience; no program. */
export class StateEquityQueryDto extends OmitType(EquityQueryDto, ['programId'] as const) {}
