/**
 * The measures the API answers: aliases of the types generated from its
 * OpenAPI document (libs/violations/src/dto/swiftness.dto.ts, libs/reporting/src/dto/*.dto.ts).
 */
import type { components } from '../../api/schema';

type Schemas = components['schemas'];

/** The `from` and `to` query of every measure (court-local dates). */
export type Period = Pick<Schemas['SwiftnessDto'], 'from' | 'to'>;

export type Court = Schemas['CourtDto'];
export type SwiftnessRow = Schemas['SwiftnessRowDto'];
export type Swiftness = Schemas['SwiftnessDto'];
export type TestingFigures = Schemas['TestingFiguresDto'];
export type TestingPhase = Schemas['TestingPhaseDto'];
export type TestingWeek = Schemas['TestingWeekDto'];
export type TestingFidelity = Schemas['TestingFidelityDto'];
export type PhaseTotals = Schemas['PhaseTotalsDto'];
export type PhaseMonth = Schemas['PhaseMonthDto'];
export type PhaseFigures = Schemas['PhaseFiguresDto'];
export type PhaseMeasures = Schemas['PhaseMeasuresDto'];
