import { ApiProperty } from '@nestjs/swagger';
import { HearingDto } from '../../dto/hearing.dto';

export class SessionSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '2026-11-24', description: 'Court-local date' }) date: string;
  @ApiProperty({ example: '09:00', description: 'Court-local start' }) startTime: string;
  @ApiProperty({ format: 'date-time' }) startsAt: string;
  @ApiProperty() courtroom: string;
}

export class ProposedSessionDto extends SessionSummaryDto {
  @ApiProperty({ type: Number, nullable: true }) capacity: number | null;
  @ApiProperty({ description: 'Hearings already on it' }) hearingCount: number;
  @ApiProperty({ description: 'Days from the due date to the session (negative: before it)' }) daysFromDue: number;
}

export class StatusHearingProposalDto {
  @ApiProperty({ enum: ['status', 'first'], description: "`first`: an accepted participant's first hearing (the warning hearing in a HOPE program), which enrolment sets, due at once" })
  kind: 'status' | 'first';
  @ApiProperty({ type: String, nullable: true, example: '2026-12-08', description: 'Court-local date the next hearing is due (today for a first hearing); null when none is due' })
  due: string | null;
  @ApiProperty({ type: Number, nullable: true, description: "The phase's hearing frequency, in weeks" }) everyWeeks: number | null;
  @ApiProperty({ nullable: true, enum: ['last_hearing', 'phase_start', 'enrolment'], description: 'What the interval counts from' })
  basis: string | null;
  @ApiProperty({ type: String, nullable: true }) basisDate: string | null;
  @ApiProperty({ type: ProposedSessionDto, nullable: true, description: 'The open session closest to the due date (ties: the earlier)' })
  session: ProposedSessionDto | null;
  @ApiProperty({ type: [ProposedSessionDto], description: 'Up to three more, by closeness' }) alternatives: ProposedSessionDto[];
  @ApiProperty({ type: HearingDto, nullable: true, description: 'The participant’s next hearing already scheduled, if any' })
  alreadyScheduled: HearingDto | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why nothing is proposed' }) reason: string | null;
}

export class ViolationHearingProposalDto {
  @ApiProperty({ enum: ['scheduled', 'proposed', 'no_session_before_deadline'] }) status: 'scheduled' | 'proposed' | 'no_session_before_deadline';
  @ApiProperty({ type: SessionSummaryDto, nullable: true, description: 'The session of the hearing set (scheduled), or the one to use (proposed)' })
  session: SessionSummaryDto | null;
  @ApiProperty() message: string;
}
