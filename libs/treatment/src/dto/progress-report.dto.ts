import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, Trim } from '@app/core';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import { ENGAGEMENT_LEVELS, type EngagementLevel, LEVELS_OF_CARE, type LevelOfCare } from '../treatment-terms';

export const NARRATIVE_MAX_LENGTH = 10_000;

export class CreateProgressReportDto {
  @ApiProperty({ example: '2026-11-20', description: 'Court-local date the report speaks for; not in the future, not before the referral' })
  @IsCalendarDate()
  reportedOn: string;

  @ApiProperty({ enum: ENGAGEMENT_LEVELS })
  @IsIn(ENGAGEMENT_LEVELS)
  engagement: EngagementLevel;

  @ApiPropertyOptional({ enum: LEVELS_OF_CARE, nullable: true, description: 'The ASAM level of care the provider recommends' })
  @IsOptional()
  @IsIn(LEVELS_OF_CARE)
  levelOfCareRecommendation?: LevelOfCare | null;

  @ApiProperty({ minLength: 1, maxLength: NARRATIVE_MAX_LENGTH })
  @Trim()
  @IsString()
  @Length(1, NARRATIVE_MAX_LENGTH)
  narrative: string;
}

export class ProgressReportDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() organisationId: string;
  @ApiProperty({ description: 'The treatment episode (provider referral) the report is about' }) referralId: string;
  @ApiProperty() reportedOn: string;
  @ApiProperty({ enum: ENGAGEMENT_LEVELS }) engagement: EngagementLevel;
  @ApiProperty({ enum: LEVELS_OF_CARE, nullable: true, type: String }) levelOfCareRecommendation: LevelOfCare | null;
  @ApiProperty() narrative: string;
  @ApiProperty() authorId: string;
  @ApiProperty() createdAt: string;
}

/** Treatment information always travels with the 42 CFR §2.32 notice. */
export class ProgressReportListDto {
  @ApiProperty({ type: [ProgressReportDto], description: 'Reports your consents cover, newest first' }) items: ProgressReportDto[];
  @ApiProperty({ description: "The redisclosure notice (42 CFR §2.32) that must accompany this information, in the reader's language (Accept-Language)" })
  redisclosureNotice: string;
  @ApiProperty({ example: '42 CFR Part 2', description: 'The law the court operates under, which the notice is given under' })
  lawName: string;
}
