import { ApiProperty } from '@nestjs/swagger';

export class AuditParticipantDto {
  @ApiProperty() id: string;
  @ApiProperty({ nullable: true, type: String, example: 'DTC-0001' }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
}

export class AuditRepeatDto {
  @ApiProperty({ example: '1041' }) id: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
}

export class AuditEventDto {
  @ApiProperty({ description: 'Position in the hash chain; also the pagination cursor', example: '1042' }) id: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ nullable: true, type: String }) actorUserId: string | null;
  @ApiProperty({ nullable: true, type: String }) actorDisplayName: string | null;
  @ApiProperty({ description: 'The role the actor acted in', example: 'case_manager' }) actorRole: string;
  @ApiProperty({ nullable: true, type: String, example: 'DEMO' }) courtCode: string | null;
  @ApiProperty({ example: 'participant.read' }) action: string;
  @ApiProperty({ example: 'participant' }) entityType: string;
  @ApiProperty({ type: [String] }) entityIds: string[];
  @ApiProperty({ type: [String] }) participantIds: string[];
  @ApiProperty({ description: 'Why access was allowed: `role:<role>`, `consent:<id>`, `self`, or `denied`' }) basis: string;
  @ApiProperty({ nullable: true, type: String }) consentId: string | null;
  @ApiProperty({ nullable: true, type: String }) requestId: string | null;
  @ApiProperty({ nullable: true, type: 'object', additionalProperties: true, description: 'Non-clinical context: the filter of a list, a failure reason' })
  details: Record<string, unknown> | null;
  @ApiProperty({
    type: [AuditParticipantDto],
    description: "The named participants of `participantIds`: those of the reader's courts whose records they may read (a sealed record stays unnamed)",
  })
  participants: AuditParticipantDto[];
  @ApiProperty({ type: [AuditRepeatDto], description: 'With `groupViews`: the earlier looks at the same record folded into this item, newest first; otherwise empty' })
  repeats: AuditRepeatDto[];
}

export class AuditEventPageDto {
  @ApiProperty({ type: [AuditEventDto] }) items: AuditEventDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `before` for the next (older) page; null on the last page' })
  nextBefore: string | null;
}

export class AccessLogEntryDto {
  @ApiProperty({ example: '1042' }) id: string;
  @ApiProperty() occurredAt: string;
  @ApiProperty({ nullable: true, type: String }) actorDisplayName: string | null;
  @ApiProperty({ example: 'case_manager' }) actorRole: string;
  @ApiProperty({ example: 'participant.read' }) action: string;
  @ApiProperty({ example: 'role:case_manager' }) basis: string;
}

export class AccessLogPageDto {
  @ApiProperty({ type: [AccessLogEntryDto] }) items: AccessLogEntryDto[];
  @ApiProperty({ nullable: true, type: String }) nextBefore: string | null;
}
