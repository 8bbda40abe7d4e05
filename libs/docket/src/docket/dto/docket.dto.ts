import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class DocketJudgeDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

export class DocketSessionDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ example: '2026-11-24', description: 'Court-local date' }) date: string;
  @ApiProperty({ example: '09:00', description: 'Court-local start' }) startTime: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() courtroom: string;
  @ApiProperty({ type: DocketJudgeDto, nullable: true, description: 'The presiding judge' }) judge: DocketJudgeDto | null;
  @ApiProperty({ enum: ['compliant_first', 'violations_first', 'name', 'participant_number'] }) docketOrder: string;
  @ApiProperty() special: boolean;
  @ApiProperty({ enum: ['scheduled', 'cancelled'] }) status: string;
  @ApiProperty({ description: 'The court time zone the dates are in' }) timeZone: string;
}

export class DocketParticipantDto {
  @ApiProperty() id: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() status: string;
  @ApiProperty({ type: String, nullable: true }) programCode: string | null;
  @ApiProperty({ description: 'The court keeps a photo of the participant (GET /participants/{id}/photo)' }) hasPhoto: boolean;
}

export class DocketRecordedResponseDto {
  @ApiProperty({ enum: ['sanction', 'incentive', 'treatment_adjustment'] }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty() effect: string;
  @ApiProperty({ type: Number, nullable: true }) amount: number | null;
}

export class DocketOutcomeRefDto {
  @ApiProperty({ example: 'present' }) attendance: string;
  @ApiProperty({ description: '1 as first recorded; each amendment adds one' }) version: number;
  @ApiProperty({ description: 'A bench warrant was issued' }) warrant: boolean;
  @ApiProperty({ type: String, nullable: true, enum: ['promote', 'demote'] }) phaseChange: 'promote' | 'demote' | null;
  @ApiProperty({ type: [DocketRecordedResponseDto], description: 'Sanctions and incentives ordered at this hearing' }) responses: DocketRecordedResponseDto[];
}

export class DocketHearingDto {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'] }) status: string;
  @ApiProperty({ type: DocketOutcomeRefDto, nullable: true, description: 'The outcome once recorded (latest version)' })
  outcome: DocketOutcomeRefDto | null;
}

export class DocketPeriodDto {
  @ApiProperty({ type: String, nullable: true }) lastHearingId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Court date of the last hearing held; null before the first' }) lastHearingOn: string | null;
  @ApiProperty({ description: 'First court day summarised: the day after the last hearing, or enrolment' }) from: string;
  @ApiProperty({ description: 'Last court day summarised: today, or the session date if earlier' }) to: string;
}

export class DocketPhaseDto {
  @ApiProperty() id: string;
  @ApiProperty() position: number;
  @ApiProperty({ description: "In the reader's language where the court gave one, else as the court entered it" }) name: string;
  @ApiProperty({ description: 'Phases in the plan' }) phaseCount: number;
  @ApiProperty() daysInPhase: number;
  @ApiProperty() continuousSoberDays: number;
  @ApiProperty() soberSince: string;
}

export class DocketRequirementDto {
  @ApiProperty() code: string;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Null when withheld (no consent covers the facts)' }) met: boolean | null;
  @ApiProperty() required: number;
  @ApiProperty({ type: Number, nullable: true }) actual: number | null;
  @ApiProperty({ type: Number, nullable: true }) remaining: number | null;
  @ApiPropertyOptional() name?: string;
  @ApiProperty() summary: string;
}

export class DocketReadinessDto {
  @ApiProperty({ description: 'Every requirement met' }) ready: boolean;
  @ApiProperty({ type: [DocketRequirementDto] }) requirements: DocketRequirementDto[];
  @ApiProperty({ type: [String], description: 'What is still needed to advance, in words' }) nextRequirements: string[];
}

export class DocketTestsDto {
  @ApiProperty({ description: 'Days the participant was to test (selected and not excused, or forced)' }) selected: number;
  @ApiProperty() calledIn: number;
  @ApiProperty() collected: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    description: 'Current results by outcome (overturned and superseded ones left out; missed tests counted apart)',
  })
  results: Record<string, number>;
  @ApiProperty({ description: 'Collections with no result yet' }) awaitingResults: number;
  @ApiProperty() missedCallIns: number;
  @ApiProperty() missedTests: number;
}

export class DocketViolationDto {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: ['open', 'answered', 'dismissed'] }) status: string;
  @ApiProperty({ format: 'date-time' }) detectedAt: string;
  @ApiProperty({ format: 'date-time' }) deadlineAt: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Hours left on the clock (negative when overdue); null once met or dismissed' }) hoursLeft: number | null;
  @ApiProperty({ description: 'Open and past its deadline' }) overdue: boolean;
}

export class DocketResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['sanction', 'incentive', 'treatment_adjustment'] }) kind: string;
  @ApiProperty() code: string;
  @ApiProperty({ description: "The catalogue entry's name in the reader's language where the court gave one, else as the court entered it" }) name: string;
  @ApiProperty() effect: string;
  @ApiProperty({ type: Number, nullable: true }) amount: number | null;
  @ApiProperty() orderedOn: string;
}

export class DocketRatioDto {
  @ApiProperty() incentives: number;
  @ApiProperty() sanctions: number;
  @ApiProperty() treatmentAdjustments: number;
  @ApiProperty({ type: Number, nullable: true }) incentivesPerSanction: number | null;
}

export class DocketAttendanceDto {
  @ApiProperty({ description: 'True when no consent lets this information flow to you: the counts are then null, not zero' }) withheld: boolean;
  @ApiProperty({ type: String, nullable: true }) withheldReason: string | null;
  @ApiProperty({ type: Number, nullable: true }) attended: number | null;
  @ApiProperty({ type: Number, nullable: true }) excused: number | null;
  @ApiProperty({ type: Number, nullable: true }) noShow: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Sessions scheduled after the period' }) upcoming: number | null;
}

export class DocketProgressReportDto {
  @ApiProperty() id: string;
  @ApiProperty() organisationName: string;
  @ApiProperty() reportedOn: string;
  @ApiProperty() engagement: string;
  @ApiProperty({ type: String, nullable: true }) levelOfCareRecommendation: string | null;
  @ApiProperty() narrative: string;
}

export class DocketProgressDto {
  @ApiProperty({ description: 'True when no consent lets progress reports flow to you (the report is then null, which says nothing about whether one exists)' })
  withheld: boolean;
  @ApiProperty({ type: String, nullable: true }) withheldReason: string | null;
  @ApiProperty({ type: DocketProgressReportDto, nullable: true }) latest: DocketProgressReportDto | null;
}

export class DocketCommunityServiceDto {
  @ApiProperty({ description: 'Hours done since enrolment' }) done: number;
  @ApiProperty({ description: "Hours required by the current phase plus any ordered as sanctions; 0 when none" }) required: number;
  @ApiProperty() doneSinceLastHearing: number;
}

export class DocketOrderCompletionDto {
  @ApiProperty({ description: 'What was ordered, in the unit' }) ordered: number;
  @ApiProperty({ description: 'What is recorded done since the hearing that ordered it, at most what was ordered' }) done: number;
  @ApiProperty({ enum: ['hours'] }) unit: 'hours';
}

export class DocketOrderDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['sanction', 'incentive', 'treatment_adjustment'] }) kind: string;
  @ApiProperty() code: string;
  @ApiProperty({ description: "The catalogue entry's name in the reader's language where the court gave one" }) name: string;
  @ApiProperty({ enum: ['none', 'increased_testing', 'community_service', 'jail'] }) effect: string;
  @ApiProperty({ type: Number, nullable: true, description: 'Hours of community service, days of jail' }) amount: number | null;
  @ApiProperty({ type: Number, nullable: true }) testsPerWeek: number | null;
  @ApiProperty() orderedOn: string;
  @ApiProperty({
    type: DocketOrderCompletionDto,
    nullable: true,
    description: 'How much of the order is done, where the records measure it (community service hours); null otherwise',
  })
  completion: DocketOrderCompletionDto | null;
}

export class DocketRecentResponseDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['sanction', 'incentive', 'treatment_adjustment'] }) kind: string;
  @ApiProperty() name: string;
  @ApiProperty({ description: 'Court date ordered' }) orderedOn: string;
}

export class DocketProviderDto {
  @ApiProperty() name: string;
  @ApiProperty() referredOn: string;
}

export class DocketProvidersDto {
  @ApiProperty({ description: 'True when no consent lets the treatment provider be named to you (the list is then null)' }) withheld: boolean;
  @ApiProperty({ type: [DocketProviderDto], nullable: true, description: 'Providers the participant is referred to now' }) providers: DocketProviderDto[] | null;
}

export class DocketNextHearingDto {
  @ApiProperty({ description: 'Court-local date' }) date: string;
  @ApiProperty({ description: 'Court-local time' }) startTime: string;
  @ApiProperty({ type: String, nullable: true }) courtroom: string | null;
  @ApiProperty() kind: string;
}

export class DocketCleanDaysDto {
  @ApiProperty({ description: 'Missed-test violations still open, or detected since the clean days began (a missed test is no clean result)' }) missedTests: number;
  @ApiProperty({ type: String, nullable: true, description: 'The last such day' }) lastMissedOn: string | null;
  @ApiProperty({ description: 'An open violation for a missed test' }) openMissedTest: boolean;
}

export class DocketTreatmentProposalDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'treatment_assessment' }) kind: string;
  @ApiProperty({ enum: ['repeated_positives', 'participant_request'] }) source: string;
  @ApiProperty() proposedAt: string;
  @ApiProperty({ description: 'The court day it was proposed' }) proposedOn: string;
}

export class DocketEntryDto {
  @ApiProperty({ description: '1 for the first called' }) position: number;
  @ApiProperty({ type: DocketHearingDto }) hearing: DocketHearingDto;
  @ApiProperty({ type: DocketParticipantDto }) participant: DocketParticipantDto;
  @ApiProperty({ description: 'No open violation and none since the last hearing' }) compliant: boolean;
  @ApiProperty({ type: DocketPeriodDto }) since: DocketPeriodDto;
  @ApiProperty({ type: DocketPhaseDto, nullable: true }) phase: DocketPhaseDto | null;
  @ApiProperty({ type: DocketReadinessDto, nullable: true }) readiness: DocketReadinessDto | null;
  @ApiProperty({ type: DocketTestsDto }) tests: DocketTestsDto;
  @ApiProperty({ type: [DocketViolationDto], description: 'Open violations (any age) and those detected since the last hearing' })
  violations: DocketViolationDto[];
  @ApiProperty({ type: [DocketResponseDto], description: 'Responses since the last hearing' }) responses: DocketResponseDto[];
  @ApiProperty({ type: DocketRatioDto, description: 'Running totals since enrolment' }) ratio: DocketRatioDto;
  @ApiProperty({ type: DocketAttendanceDto }) treatmentAttendance: DocketAttendanceDto;
  @ApiProperty({ type: DocketProgressDto }) progressReport: DocketProgressDto;
  @ApiProperty({ type: DocketCommunityServiceDto }) communityService: DocketCommunityServiceDto;
  @ApiProperty({ description: 'Milestones achieved since the last hearing' }) milestonesSinceLastHearing: string[];
  @ApiProperty({ type: [DocketOrderDto], description: 'What the last hearing ordered, with what is done of it' }) lastHearingOrders: DocketOrderDto[];
  @ApiProperty({ type: [DocketRecentResponseDto], description: 'Responses of the last six months, newest first' }) recentResponses: DocketRecentResponseDto[];
  @ApiProperty({ type: DocketProvidersDto }) treatmentProviders: DocketProvidersDto;
  @ApiProperty({ type: DocketNextHearingDto, nullable: true, description: 'The first hearing scheduled after this one' }) nextHearing: DocketNextHearingDto | null;
  @ApiProperty({ type: DocketCleanDaysDto, description: 'What qualifies the clean days' }) cleanDays: DocketCleanDaysDto;
  @ApiProperty({ type: [DocketTreatmentProposalDto], description: 'Open treatment proposals for the court to take up at this hearing (after repeated positives, or the participant asked)' })
  treatmentProposals: DocketTreatmentProposalDto[];
}

export class DocketDto {
  @ApiProperty({ type: DocketSessionDto }) session: DocketSessionDto;
  @ApiProperty({ format: 'date-time' }) generatedAt: string;
  @ApiProperty({ type: [DocketEntryDto] }) entries: DocketEntryDto[];
  @ApiProperty({ type: String,
    nullable: true,
    description: "The 42 CFR §2.32 notice in the reader's language (Accept-Language), present whenever the docket carries treatment information",
  })
  redisclosureNotice: string | null;
  @ApiProperty({ type: String, nullable: true, example: '42 CFR Part 2', description: 'The law the notice is given under; null when there is no notice' })
  lawName: string | null;
}
