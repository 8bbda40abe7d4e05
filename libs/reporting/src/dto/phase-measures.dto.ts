import { ApiProperty } from '@nestjs/swagger';

export class PhaseFiguresDto {
  @ApiProperty({ format: 'uuid' }) programId: string;
  @ApiProperty({ example: 'ATC' }) programCode: string;
  @ApiProperty() programName: string;
  @ApiProperty({ description: 'Phase number in the program (1 = first)' }) phasePosition: number;
  @ApiProperty({ description: "The phase's name in the program's newest phase plan" }) phaseName: string;
  @ApiProperty({ description: 'Participants in the program (active, in custody, on warrant or medical leave) in this phase now' }) participantsNow: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median days so far in this phase of those in it now' }) medianDaysSoFar: number | null;
  @ApiProperty({ description: 'Stays in this phase that ended in the period (by promotion, demotion or discharge)' }) completedStays: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median days of those completed stays' }) medianDaysInPhase: number | null;
  @ApiProperty({ description: 'Of those stays, ended by promotion to the next phase' }) promotedOut: number;
  @ApiProperty({ description: 'Of those stays, ended by demotion' }) demotedOut: number;
}

export class PhaseMovesDto {
  @ApiProperty({ description: 'Promotions to a higher phase' }) promotions: number;
  @ApiProperty({ description: 'Demotions to a lower phase' }) demotions: number;
  @ApiProperty() graduations: number;
  @ApiProperty() terminations: number;
  @ApiProperty() withdrawals: number;
  @ApiProperty() transfers: number;
}

export class PhaseMonthDto extends PhaseMovesDto {
  @ApiProperty({ example: '2026-11', description: 'Court-local calendar month (the period may cover part of it)' }) month: string;
}

export class PhaseTotalsDto extends PhaseMovesDto {
  @ApiProperty({ description: 'Who left the program in the period: graduations + terminations + withdrawals + transfers' }) left: number;
  @ApiProperty({ type: Number, nullable: true, description: 'graduations ÷ left; null when nobody left' }) graduationRate: number | null;
  @ApiProperty({ description: 'Participants in the program now (active, in custody, on warrant or medical leave), with or without a phase' }) inProgramNow: number;
}

export class PhaseMeasuresDto {
  @ApiProperty() courtId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ description: 'Court-local date the "now" figures are of' }) asOf: string;
  @ApiProperty({ type: PhaseTotalsDto, description: 'Moves and exits over the whole period' }) totals: PhaseTotalsDto;
  @ApiProperty({ type: [PhaseMonthDto], description: 'Every month the period touches, oldest first' }) months: PhaseMonthDto[];
  @ApiProperty({ type: [PhaseFiguresDto], description: "Each phase of the court's programs, by program then phase number" }) phases: PhaseFiguresDto[];
}
