import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, Trim } from '@app/core';
import { ViolationHearingProposalDto } from '@app/hearings';
import { IsDateString, IsIn, IsString, Length } from 'class-validator';

/** Violations staff record by hand; the others the system detects. */
export const STAFF_VIOLATION_KINDS = ['new_arrest', 'curfew', 'failure_to_appear', 'missed_treatment', 'other'] as const;
export type StaffViolationKind = (typeof STAFF_VIOLATION_KINDS)[number];

export const VIOLATION_STATUSES = ['open', 'answered', 'dismissed'] as const;

export class CreateViolationDto {
  @ApiProperty({ enum: STAFF_VIOLATION_KINDS })
  @IsIn(STAFF_VIOLATION_KINDS)
  kind: StaffViolationKind;

  @ApiProperty({ example: '2026-11-23T14:30:00Z', description: 'When it happened or became known; not in the future. The 72-hour clock starts here.' })
  @IsDateString({ strict: true })
  detectedAt: string;

  @ApiProperty({ description: 'What staff saw (no treatment information)' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  description: string;
}

export class DeclineDismissalDto {
  @ApiProperty({ example: 'the call-in log shows no outage that morning' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason: string;
}

/** Dismissing needs a reason; an overdue violation's dismissal is a request a second person confirms. */
export class DismissViolationDto {
  @ApiProperty({ example: 'confirmation test was negative' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  reason: string;
}

export class ViolationListQueryDto {
  @ApiPropertyOptional({ enum: VIOLATION_STATUSES, description: 'Default: open' })
  @IsOptionalNotNull()
  @IsIn(VIOLATION_STATUSES)
  status?: (typeof VIOLATION_STATUSES)[number];
}

export class ClockMomentDto {
  @ApiProperty({ example: 'reminder:24h' }) event: string;
  @ApiProperty() dueAt: string;
  @ApiProperty({ type: String, nullable: true }) firedAt: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'How long after its due time it fired' }) lateByMs: number | null;
  @ApiProperty({ nullable: true, enum: ['reminded', 'escalated', 'already_met'] }) outcome: string | null;
}

export class DismissalRequestDto {
  @ApiProperty({ format: 'uuid' }) requestedBy: string;
  @ApiProperty() requestedAt: string;
  @ApiProperty() reason: string;
}

export class ViolationDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() kind: string;
  @ApiProperty({ enum: VIOLATION_STATUSES }) status: string;
  @ApiProperty() detectedAt: string;
  @ApiProperty({ description: 'The participant must be before the judge, and the response recorded, by then' }) deadlineAt: string;
  @ApiProperty({ description: 'Milliseconds left on the clock; negative once past' }) timeLeftMs: number;
  @ApiProperty({ description: 'Open and past its deadline' }) overdue: boolean;
  @ApiProperty({ type: String, nullable: true }) escalatedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) answeredAt: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When a hearing held with the participant took it up' }) heardAt: string | null;
  @ApiProperty({ type: String, nullable: true }) heardHearingId: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'When the first response (at a hearing or delegated), or the decision of none, was recorded' })
  respondedAt: string | null;
  @ApiProperty({ type: DismissalRequestDto, nullable: true, description: 'An overdue open violation’s dismissal waiting for a second person (a coordinator or judge) to confirm' })
  dismissalRequest: DismissalRequestDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'The second person who confirmed the dismissal of an overdue violation' }) dismissalConfirmedBy: string | null;
  @ApiProperty({ type: String, nullable: true }) dismissedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) dismissedReason: string | null;
  @ApiProperty({ type: String, nullable: true }) description: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'Ids of the records that show it (draw, call-in, collection…)' }) evidence: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true, description: "When it came in from the court's earlier records (a history import): history, on which no clock runs" }) importedAt: string | null;
  @ApiProperty({ description: 'A hearing is scheduled between detection and the deadline; false on an open violation means staff must schedule one (or add a special session)' })
  hearingBeforeDeadline: boolean;
  @ApiProperty({
    type: ViolationHearingProposalDto,
    nullable: true,
    description: 'For an open violation: the hearing set before the deadline (scheduled), the earliest session before it that can take one (proposed), or none (no_session_before_deadline: add a special session); null once answered or dismissed',
  })
  hearingProposal: ViolationHearingProposalDto | null;
  @ApiProperty({ type: [ClockMomentDto] }) clock: ClockMomentDto[];
}
