import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DEMOGRAPHIC_ISSUE_FIELDS, type DemographicIssueField } from '../demographic-migration-issue.entity';

export const MIGRATION_ISSUE_STATES = ['open', 'resolved', 'all'] as const;
export type MigrationIssueState = (typeof MIGRATION_ISSUE_STATES)[number];

export class MigrationIssuesQueryDto {
  @ApiPropertyOptional({ enum: MIGRATION_ISSUE_STATES, default: 'open' }) @IsOptional() @IsIn(MIGRATION_ISSUE_STATES) state?: MigrationIssueState;
}

export class DemographicMigrationIssueDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ enum: DEMOGRAPHIC_ISSUE_FIELDS, description: 'The old free-text field' }) field: DemographicIssueField;
  @ApiProperty({ description: 'The text as it was stored, verbatim' }) originalValue: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt: string | null;
}

export class DemographicMigrationIssuesDto {
  @ApiProperty({ type: [DemographicMigrationIssueDto] }) items: DemographicMigrationIssueDto[];
}
