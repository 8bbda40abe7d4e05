import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, Trim } from '@app/core';
import { IsString, Length } from 'class-validator';
import { TREATMENT_PROPOSAL_SOURCES } from './treatment-proposal.entity';

/** A participant asking for treatment: nothing to say but that they ask (a note is optional and kept off every message). */
export class RequestTreatmentDto {
  @ApiPropertyOptional({ description: 'Anything the participant wants the court to know; optional' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class CloseTreatmentProposalDto {
  @ApiProperty({ example: 'assessment booked with the provider', description: 'What became of it; no clinical detail' })
  @Trim()
  @IsString()
  @Length(1, 1000)
  note: string;
}

export class ProposalHearingDto {
  @ApiProperty() id: string;
  @ApiProperty() scheduledAt: string;
  @ApiProperty() kind: string;
}

export class TreatmentProposalDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ example: 'treatment_assessment' }) kind: string;
  @ApiProperty({ enum: TREATMENT_PROPOSAL_SOURCES, description: 'After repeated positives (the program’s setting), or the participant asked' }) source: string;
  @ApiProperty({ enum: ['open', 'closed'] }) status: string;
  @ApiProperty({ type: [String], description: 'The positives that led to it (none for a request)' }) violationIds: string[];
  @ApiProperty() proposedAt: string;
  @ApiProperty({ type: ProposalHearingDto, nullable: true, description: 'The next hearing, where the court takes it up; null while none is scheduled (or once closed)' })
  nextHearing: ProposalHearingDto | null;
  @ApiProperty({ type: String, nullable: true }) closedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) closeNote: string | null;
}

export class TreatmentRequestResultDto extends TreatmentProposalDto {
  @ApiProperty({ description: 'False when an open proposal already existed: asking again creates nothing new' }) created: boolean;
}
