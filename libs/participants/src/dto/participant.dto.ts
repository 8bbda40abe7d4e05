import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ATTENTION_REASONS, type AttentionReason } from '../caseload-attention';
import { LastContactDto } from '../contacts/dto/contact.dto';
import { ETHNICITIES, GENDERS, PRIMARY_LANGUAGES, RACES, SEXES, type Ethnicity, type Gender, type PrimaryLanguage, type Race, type Sex } from '../demographics/demographics';
import { PARTICIPANT_STATUSES } from '../participant-status';
import { ChargeDto, ContactDto } from './referral.dto';

export class PhaseRefDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 2 }) position: number;
  @ApiProperty({ example: 'Phase 2: Early recovery' }) name: string;
}

export class ParticipantSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ type: String, example: 'D-0001', nullable: true, description: 'Issued at enrolment' }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: PARTICIPANT_STATUSES, example: 'active' }) status: string;
  @ApiProperty({ type: String, nullable: true }) caseManagerId: string | null;
  @ApiProperty({ type: String, nullable: true, description: "The case manager's display name" }) caseManagerName: string | null;
  @ApiProperty({ type: String, nullable: true }) programId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ATC' }) programCode: string | null;
  @ApiProperty({ type: PhaseRefDto, nullable: true }) phase: PhaseRefDto | null;
  @ApiProperty({ type: String, nullable: true }) phaseStartedOn: string | null;
}

export class LastTestDto {
  @ApiProperty({ example: '2026-11-20', description: 'The court day of the latest test' }) on: string;
  @ApiProperty({ example: 'negative', description: "That day's worst result still standing (an overturned screen is not): negative, positive, dilute, adulterated, substituted, invalid, refused, missed" })
  outcome: string;
}

export class CaseloadGlanceDto {
  @ApiProperty({ type: String, nullable: true }) enrolledOn: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Continuous clean days (as phase readiness counts them); null before enrolment' }) cleanDays: number | null;
  @ApiProperty({ type: LastTestDto, nullable: true }) lastTest: LastTestDto | null;
  @ApiProperty() openViolations: number;
  @ApiProperty({ description: 'Open violations whose 72-hour deadline has passed' }) overdueViolations: number;
  @ApiProperty({ type: String, nullable: true, description: 'The nearest deadline of an open violation' }) nextDeadlineAt: string | null;
  @ApiProperty({ description: 'Missed call-ins charged in the last 7 days (dismissed ones not counted)' }) missedCallIns7Days: number;
  @ApiProperty({ type: String, nullable: true, description: 'The next scheduled hearing' }) nextHearingAt: string | null;
  @ApiProperty({ type: LastContactDto, nullable: true }) lastContact: LastContactDto | null;
  @ApiProperty({ description: 'In the program with no PIN issued yet (imported): not in any draw, so not tested, until a court administrator issues one' })
  noPinYet: boolean;
  @ApiProperty({ enum: ATTENTION_REASONS, isArray: true, description: 'Why the participant needs attention, most pressing first; empty when nothing presses' })
  attention: AttentionReason[];
}

export class CaseloadEntryDto extends ParticipantSummaryDto {
  @ApiProperty({ type: CaseloadGlanceDto }) glance: CaseloadGlanceDto;
}

export class ParticipantPageDto {
  @ApiProperty({ type: [CaseloadEntryDto] }) items: CaseloadEntryDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'Participants matching the filter, across all pages' }) total: number;
}

export class RequirementStatusDto {
  @ApiProperty({ enum: ['min_days_in_phase', 'continuous_sobriety', 'treatment_sessions', 'community_service', 'fees', 'milestone'] }) code: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'null when the facts are withheld (no consent)' }) met: boolean | null;
  @ApiProperty() required: number;
  @ApiProperty({ type: Number, nullable: true }) actual: number | null;
  @ApiProperty({ type: Number, nullable: true }) remaining: number | null;
  @ApiPropertyOptional() name?: string;
  @ApiProperty({ example: '12 more continuous clean days' }) summary: string;
}

export class ReadinessDto {
  @ApiProperty({ description: 'Every requirement of the current phase met' }) ready: boolean;
  @ApiProperty({ description: 'In the last phase: readiness means ready to graduate' }) finalPhase: boolean;
  @ApiProperty({ type: PhaseRefDto }) phase: PhaseRefDto;
  @ApiProperty() daysInPhase: number;
  @ApiProperty() continuousSoberDays: number;
  @ApiProperty() soberSince: string;
  @ApiProperty() asOf: string;
  @ApiProperty({ type: [RequirementStatusDto] }) requirements: RequirementStatusDto[];
}

export class ScreeningDecisionViewDto {
  @ApiProperty() party: string;
  @ApiProperty() decision: string;
  @ApiProperty({ type: String, nullable: true }) reason: string | null;
  @ApiProperty() decidedOn: string;
}

export class ScreeningViewDto {
  @ApiProperty() legallyEligible: boolean;
  @ApiProperty({ type: [ChargeDto] }) excludedCharges: ChargeDto[];
  @ApiProperty({ type: String, nullable: true }) otherExclusion: string | null;
  @ApiProperty() assessedOn: string;
  @ApiProperty() instrument: string;
  @ApiProperty({ type: Number, nullable: true }) score: number | null;
  @ApiProperty() riskLevel: string;
  @ApiProperty() needLevel: string;
  @ApiProperty({ type: [ScreeningDecisionViewDto] }) decisions: ScreeningDecisionViewDto[];
  @ApiProperty({ type: [String], description: 'Parties whose approval the program requires and has not got yet' }) pendingApprovals: string[];
}

export class ParticipantDetailDto extends ParticipantSummaryDto {
  @ApiProperty({
    description:
      'True for a treatment provider with no consent on file: only what finds the client (name, number, program, referral); charges, case numbers, demographics, contact, screening and readiness are empty',
  })
  limited: boolean;
  @ApiProperty({ type: String, nullable: true }) phasePlanId: string | null;
  @ApiProperty({ type: String, nullable: true }) enrolledOn: string | null;
  @ApiProperty({ type: String, nullable: true }) dischargedOn: string | null;
  @ApiProperty() referralSource: string;
  @ApiProperty({ type: String, nullable: true }) referredOn: string | null;
  @ApiProperty({ type: String, nullable: true }) arrestedOn: string | null;
  @ApiProperty({ type: [String] }) caseNumbers: string[];
  @ApiProperty({ type: [ChargeDto] }) charges: ChargeDto[];
  @ApiProperty({ type: String, nullable: true }) dateOfBirth: string | null;
  @ApiProperty({ enum: GENDERS, nullable: true }) gender: Gender | null;
  @ApiProperty({ enum: SEXES, nullable: true }) sex: Sex | null;
  @ApiProperty({ enum: ETHNICITIES, nullable: true }) ethnicity: Ethnicity | null;
  @ApiProperty({ enum: RACES, isArray: true }) races: Race[];
  @ApiProperty() raceDeclined: boolean;
  @ApiProperty({
    type: String,
    nullable: true,
    enum: [...RACES, 'two_or_more', 'declined'],
    description: 'The race answer as one code, as this field was before `races` (the one race named, two_or_more, declined); kept for integrations that read it',
  })
  race: string | null;
  @ApiProperty({ enum: PRIMARY_LANGUAGES, nullable: true }) primaryLanguage: PrimaryLanguage | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Whole years at the referral day, from the date of birth' }) ageAtReferral: number | null;
  @ApiProperty({ type: ContactDto }) contact: ContactDto;
  @ApiProperty({ type: String, nullable: true, example: 'plea_withdrawn_case_dismissed' }) disposition: string | null;
  @ApiProperty() markedForExpungement: boolean;
  @ApiProperty({ type: [String], description: 'Statuses the participant may move to next' }) nextStatuses: string[];
  @ApiProperty({ type: String, nullable: true, description: "The participant's sign-in account, issued at enrolment (a court administrator resets its PIN: POST /users/{userId}/reset-pin); null before enrolment" })
  accountId: string | null;
  @ApiProperty({ description: 'In the program with no PIN issued yet (imported): not in any draw, so not tested, until a court administrator issues one (reset-pin)' })
  noPinYet: boolean;
  @ApiProperty({ type: ScreeningViewDto, nullable: true }) screening: ScreeningViewDto | null;
  @ApiProperty({ type: ReadinessDto, nullable: true, description: 'Readiness to advance, for an enrolled participant' })
  readiness: ReadinessDto | null;
}
