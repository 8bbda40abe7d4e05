import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ChargeDto, ContactDto } from './referral.dto';

export class PhaseRefDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 2 }) position: number;
  @ApiProperty({ example: 'Phase 2: Early recovery' }) name: string;
}

export class ParticipantSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiPropertyOptional({ example: 'D-0001', nullable: true, description: 'Issued at enrolment' }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ example: 'active' }) status: string;
  @ApiPropertyOptional({ nullable: true }) caseManagerId: string | null;
  @ApiPropertyOptional({ nullable: true, description: "The case manager's display name" }) caseManagerName: string | null;
  @ApiPropertyOptional({ nullable: true }) programId: string | null;
  @ApiPropertyOptional({ nullable: true, example: 'ATC' }) programCode: string | null;
  @ApiPropertyOptional({ type: PhaseRefDto, nullable: true }) phase: PhaseRefDto | null;
  @ApiPropertyOptional({ nullable: true }) phaseStartedOn: string | null;
}

export class ParticipantPageDto {
  @ApiProperty({ type: [ParticipantSummaryDto] }) items: ParticipantSummaryDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty({ description: 'Participants matching the filter, across all pages' }) total: number;
}

export class RequirementStatusDto {
  @ApiProperty({ enum: ['min_days_in_phase', 'continuous_sobriety', 'treatment_sessions', 'community_service', 'fees', 'milestone'] }) code: string;
  @ApiPropertyOptional({ nullable: true, description: 'null when the facts are withheld (no consent)' }) met: boolean | null;
  @ApiProperty() required: number;
  @ApiPropertyOptional({ nullable: true }) actual: number | null;
  @ApiPropertyOptional({ nullable: true }) remaining: number | null;
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
  @ApiPropertyOptional({ nullable: true }) reason: string | null;
  @ApiProperty() decidedOn: string;
}

export class ScreeningViewDto {
  @ApiProperty() legallyEligible: boolean;
  @ApiProperty({ type: [ChargeDto] }) excludedCharges: ChargeDto[];
  @ApiPropertyOptional({ nullable: true }) otherExclusion: string | null;
  @ApiProperty() assessedOn: string;
  @ApiProperty() instrument: string;
  @ApiPropertyOptional({ nullable: true }) score: number | null;
  @ApiProperty() riskLevel: string;
  @ApiProperty() needLevel: string;
  @ApiProperty({ type: [ScreeningDecisionViewDto] }) decisions: ScreeningDecisionViewDto[];
  @ApiProperty({ type: [String], description: 'Parties whose approval the program requires and has not got yet' }) pendingApprovals: string[];
}

export class ParticipantDetailDto extends ParticipantSummaryDto {
  @ApiPropertyOptional({ nullable: true }) phasePlanId: string | null;
  @ApiPropertyOptional({ nullable: true }) enrolledOn: string | null;
  @ApiPropertyOptional({ nullable: true }) dischargedOn: string | null;
  @ApiProperty() referralSource: string;
  @ApiPropertyOptional({ nullable: true }) referredOn: string | null;
  @ApiPropertyOptional({ nullable: true }) arrestedOn: string | null;
  @ApiProperty({ type: [String] }) caseNumbers: string[];
  @ApiProperty({ type: [ChargeDto] }) charges: ChargeDto[];
  @ApiPropertyOptional({ nullable: true }) dateOfBirth: string | null;
  @ApiPropertyOptional({ nullable: true }) gender: string | null;
  @ApiPropertyOptional({ nullable: true }) race: string | null;
  @ApiPropertyOptional({ nullable: true }) ethnicity: string | null;
  @ApiProperty({ type: ContactDto }) contact: ContactDto;
  @ApiPropertyOptional({ nullable: true, example: 'plea_withdrawn_case_dismissed' }) disposition: string | null;
  @ApiProperty() markedForExpungement: boolean;
  @ApiProperty({ type: [String], description: 'Statuses the participant may move to next' }) nextStatuses: string[];
  @ApiPropertyOptional({ type: ScreeningViewDto, nullable: true }) screening: ScreeningViewDto | null;
  @ApiPropertyOptional({ type: ReadinessDto, nullable: true, description: 'Readiness to advance, for an enrolled participant' })
  readiness: ReadinessDto | null;
}
