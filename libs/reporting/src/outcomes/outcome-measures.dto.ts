import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull } from '@app/core';
import { IsIn, IsUUID } from 'class-validator';
import { MeasurePeriodQueryDto } from '../dto/measure-period.dto';
import { DEMOGRAPHIC_DIMENSIONS, type DemographicDimension } from '@app/participants';

/** `?from&to[&programId][&groupBy]`. */
export class OutcomeMeasuresQueryDto extends MeasurePeriodQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: "One of the court's programs; all of them when absent" })
  @IsOptionalNotNull()
  @IsUUID()
  programId?: string;

  @ApiPropertyOptional({ enum: DEMOGRAPHIC_DIMENSIONS, description: 'Every figure also per group of this demographic dimension' })
  @IsOptionalNotNull()
  @IsIn(DEMOGRAPHIC_DIMENSIONS)
  groupBy?: DemographicDimension;
}

const nullableNumber = (description: string) => ApiProperty({ type: Number, nullable: true, description });

/** Every outcome figure for one program (or the whole court) and one group (or everyone). */
export class OutcomeFiguresDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null: the whole court (every program)' }) programId: string | null;
  @ApiProperty({ type: String, nullable: true }) programCode: string | null;
  @ApiProperty({ type: String, nullable: true }) programName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The demographic group; null: everyone' }) group: string | null;

  @ApiProperty({ description: 'Participants referred in the period (by referral date)' }) referrals: number;
  @ApiProperty({ description: 'Participants admitted (enrolled) in the period' }) admissions: number;
  @ApiProperty({ description: 'Of those admissions, with a referral date' }) admissionsWithReferralDate: number;
  @nullableNumber('Median days from referral to admission') medianDaysReferralToAdmission: number | null;
  @ApiProperty({ description: 'Of those admissions, with an arrest date recorded' }) admissionsWithArrestDate: number;
  @nullableNumber('Median days from arrest to admission') medianDaysArrestToAdmission: number | null;
  @ApiProperty({ description: 'Of those admissions, who attended a treatment session on or after admission' }) admissionsWithTreatment: number;
  @nullableNumber('Median days from admission to the first treatment session attended') medianDaysAdmissionToTreatment: number | null;

  @ApiProperty({ description: 'Participants whose 3-month mark after admission fell in the period, up to today' }) retention3Cohort: number;
  @ApiProperty({ description: 'Of them, in the program on the mark or graduated' }) retention3Retained: number;
  @nullableNumber('retention3Retained ÷ retention3Cohort') retention3Rate: number | null;
  @ApiProperty() retention6Cohort: number;
  @ApiProperty() retention6Retained: number;
  @nullableNumber('At 6 months') retention6Rate: number | null;
  @ApiProperty() retention12Cohort: number;
  @ApiProperty() retention12Retained: number;
  @nullableNumber('At 12 months') retention12Rate: number | null;

  @ApiProperty({ description: 'Participants who left the program in the period (every discharge)' }) exits: number;
  @ApiProperty() graduations: number;
  @ApiProperty() terminations: number;
  @ApiProperty() withdrawals: number;
  @ApiProperty() transfers: number;
  @nullableNumber('graduations ÷ (graduations + terminations + withdrawals); transfers are neutral') graduationRate: number | null;
  @nullableNumber('Median days from admission to graduation, of those graduated in the period') medianStayGraduatesDays: number | null;
  @nullableNumber('Median days from admission to termination, of those terminated in the period') medianStayTerminationsDays: number | null;
  @nullableNumber('Median days of continuous abstinence at exit: from the last positive, missed or tampered test (or admission) to exit') medianAbstinenceDaysAtExit: number | null;

  @ApiProperty({ description: 'Tests in the period: days with a standing result (a missed test is not a test)' }) tests: number;
  @ApiProperty({ description: 'Of them, days with a standing positive result' }) positiveTests: number;
  @nullableNumber('positiveTests per 100 tests') positivesPer100Tests: number | null;

  @ApiProperty({ description: 'Of those who left in the period, arrested during the program' }) arrestedDuringProgram: number;
  @ApiProperty({ description: 'Arrests during the program of those who left in the period' }) arrestsDuringProgram: number;
  @ApiProperty({ description: 'Of those who left in the period, convicted during the program' }) convictedDuringProgram: number;
  @ApiProperty() convictionsDuringProgram: number;
  @ApiProperty({ description: 'Participants one year after their exit fell in the period, up to today' }) year1Cohort: number;
  @ApiProperty({ description: 'Of them, arrested within the year after exit' }) year1Arrested: number;
  @ApiProperty({ description: 'Of them, convicted within the year after exit' }) year1Convicted: number;
  @nullableNumber('year1Arrested ÷ year1Cohort') year1ArrestRate: number | null;
  @nullableNumber('year1Convicted ÷ year1Cohort') year1ConvictionRate: number | null;
  @ApiProperty({ description: 'Participants three years after their exit fell in the period, up to today' }) year3Cohort: number;
  @ApiProperty() year3Arrested: number;
  @ApiProperty() year3Convicted: number;
  @nullableNumber('year3Arrested ÷ year3Cohort') year3ArrestRate: number | null;
  @nullableNumber('year3Convicted ÷ year3Cohort') year3ConvictionRate: number | null;

  @ApiProperty({ description: 'Jail sanctions ordered in the period' }) jailSanctions: number;
  @ApiProperty({ description: 'Days in jail those sanctions ordered' }) jailDaysOrdered: number;
  @ApiProperty({ description: 'Incentives recorded in the period' }) incentives: number;
  @ApiProperty({ description: 'Sanctions recorded in the period (treatment adjustments are neither)' }) sanctions: number;
  @nullableNumber('incentives ÷ sanctions (4 reads 4:1)') incentivesPerSanction: number | null;
}

/** Tests and responses by the phase the participant was in on the day. */
export class OutcomePhaseDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null: on a day outside any phase' }) programId: string | null;
  @ApiProperty({ type: String, nullable: true }) programCode: string | null;
  @ApiProperty({ type: String, nullable: true }) programName: string | null;
  @ApiProperty({ type: Number, nullable: true }) phasePosition: number | null;
  @ApiProperty({ type: String, nullable: true }) phaseName: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The demographic group; null: everyone' }) group: string | null;
  @ApiProperty() tests: number;
  @ApiProperty() positiveTests: number;
  @nullableNumber('positiveTests per 100 tests') positivesPer100Tests: number | null;
  @ApiProperty() incentives: number;
  @ApiProperty() sanctions: number;
  @nullableNumber('incentives ÷ sanctions') incentivesPerSanction: number | null;
}

export const CIRCUMSTANCE_DOMAINS = ['employment', 'education', 'housing'] as const;

/** How many admitted (or leaving) participants answered a code, per program and group. */
export class OutcomeCircumstanceDto {
  @ApiProperty({ type: String, nullable: true, description: 'Null: the whole court' }) programId: string | null;
  @ApiProperty({ type: String, nullable: true }) programCode: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Null: everyone' }) group: string | null;
  @ApiProperty({ enum: ['admission', 'exit'], description: 'Admitted in the period (at admission) or left in the period (at exit)' }) at: 'admission' | 'exit';
  @ApiProperty({ enum: CIRCUMSTANCE_DOMAINS }) domain: (typeof CIRCUMSTANCE_DOMAINS)[number];
  @ApiProperty({ description: "The answer's code; not_recorded when nothing was recorded for the moment" }) code: string;
  @ApiProperty() participants: number;
}

export class OutcomeMeasuresDto {
  @ApiProperty({ type: [String] }) courtIds: string[];
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ description: 'Court-local date of today: retention marks and years after exit count only up to it' }) asOf: string;
  @ApiProperty({ type: String, nullable: true }) programId: string | null;
  @ApiProperty({ enum: DEMOGRAPHIC_DIMENSIONS, nullable: true }) groupBy: DemographicDimension | null;
  @ApiProperty({ type: OutcomeFiguresDto, description: 'The whole court (or the program asked for), everyone' }) all: OutcomeFiguresDto;
  @ApiProperty({ type: [OutcomeFiguresDto], description: 'The whole court and each program, for everyone and (with groupBy) each group' }) rows: OutcomeFiguresDto[];
  @ApiProperty({ type: [OutcomePhaseDto], description: 'Per program and phase, for everyone and (with groupBy) each group' }) byPhase: OutcomePhaseDto[];
  @ApiProperty({ type: [OutcomeCircumstanceDto] }) circumstances: OutcomeCircumstanceDto[];
}
