import { ApiProperty } from '@nestjs/swagger';
import { IsCalendarDate } from '@app/core';
import { IsOptional, Matches } from 'class-validator';

const COURT_CODE = /^[A-Z0-9-]{2,16}$/;

/** `/public/courts/{code}/draws`: a court by its public code. */
export class PublicCourtParams {
  @ApiProperty({ example: 'DEMO', description: "The court's public code" })
  @Matches(COURT_CODE, { message: 'code must be a court code (2-16 capital letters, digits or hyphens)' })
  code: string;
}

/** `/public/courts/{code}/draws/{date}`. */
export class PublicCourtDayParams extends PublicCourtParams {
  @ApiProperty({ example: '2026-12-05', description: 'Court-local calendar date' })
  @IsCalendarDate()
  date: string;
}

/** `?from&to`: court-local days, both included, at most 92 days; by default the last 31 days and tomorrow. */
export class PublicDrawsQueryDto {
  @ApiProperty({ required: false, example: '2026-11-01' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;

  @ApiProperty({ required: false, example: '2026-12-07', description: 'At most 92 days after from' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class PublicSeedChainDto {
  @ApiProperty() year: number;
  @ApiProperty({ description: 'Links after the anchor: one per day of the year; day n of the year (1 January = 1) uses link n' }) length: number;
  @ApiProperty({ description: 'Hex link 0: SHA-256 applied n times to day n’s seed gives it' }) anchor: string;
  @ApiProperty({ description: 'When the server published the anchor (compare with the court’s printed notice)' }) publishedAt: string;
}

export class PublicDrawSummaryDto {
  @ApiProperty({ example: '2026-12-05' }) courtDay: string;
  @ApiProperty({ example: 'chain-token-hmac-sha256/v2' }) algorithm: string;
  @ApiProperty({ description: 'v2: hex SHA-256 of the committed text (every input); v1: hex SHA-256 of the seed' }) commitment: string;
  @ApiProperty({ description: 'Hex SHA-256 of the seed' }) seedCommitment: string;
  @ApiProperty() committedAt: string;
  @ApiProperty() windowOpensAt: string;
  @ApiProperty({ description: 'The seed and the entries are published from this instant (the end of the court day)' }) revealsAt: string;
  @ApiProperty() revealed: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Hex seed; null until revealed' }) seed: string | null;
  @ApiProperty() participantCount: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Selected by the random draw; null until revealed' }) selectedCount: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Staff forced a test (not part of the random draw); null until revealed' }) forced: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Staff excused a test (not part of the random draw); null until revealed' }) excused: number | null;
}

export class PublicDrawListDto {
  @ApiProperty() court: string;
  @ApiProperty() courtName: string;
  @ApiProperty() timeZone: string;
  @ApiProperty({ type: [PublicSeedChainDto] }) chains: PublicSeedChainDto[];
  @ApiProperty({ type: [PublicDrawSummaryDto], description: 'Newest first' }) days: PublicDrawSummaryDto[];
}

export class PublicChainPositionDto {
  @ApiProperty() year: number;
  @ApiProperty({ description: 'Day of the year: how many times SHA-256 takes the seed to the anchor' }) index: number;
  @ApiProperty() anchor: string;
  @ApiProperty() publishedAt: string;
}

export class PublicDrawEntryDto {
  @ApiProperty({ description: 'HMAC-SHA256(participant’s own secret, court day): no one else can link it to a person or to another day' })
  token: string;
  @ApiProperty({ example: '3', description: 'Tests per week, exact decimal' }) testsPerWeek: string;
  @ApiProperty({ type: Number, nullable: true }) maxUntestedDays: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxTestsPer7Days: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Untested court days just before this one (read by the guard rail)' }) untestedDays: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Tests in the 6 court days before this one' }) testsInPrevious6Days: number | null;
  @ApiProperty({ type: String, nullable: true, enum: ['max_untested_days', 'max_tests_per_7_days'] }) rule: string | null;
  @ApiProperty({ example: '3/7', description: 'Exact probability, num/den' }) probability: string;
  @ApiProperty() selected: boolean;
}

export class PublicDrawDayDto extends PublicDrawSummaryDto {
  @ApiProperty() court: string;
  @ApiProperty({ type: PublicChainPositionDto, nullable: true, description: 'v2 only' }) chain: PublicChainPositionDto | null;
  @ApiProperty({ type: [PublicDrawEntryDto], nullable: true, description: 'v2, once revealed: every entry, sorted by token (the committed order)' })
  entries: PublicDrawEntryDto[] | null;
}

export class MyDrawDayDto {
  @ApiProperty() courtDay: string;
  @ApiProperty({ type: String, nullable: true, description: 'Your token in the public record of that day (null for days drawn before tokens)' }) token: string | null;
  @ApiProperty({ description: 'Whether you were in the draw' }) inDraw: boolean;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Whether the random draw selected you' }) selected: boolean | null;
  @ApiProperty({ type: String, nullable: true, example: '3/7' }) probability: string | null;
  @ApiProperty({ type: String, nullable: true, enum: ['force', 'excuse'], description: 'A staff force or excuse of your day (not part of the draw)' })
  override: 'force' | 'excuse' | null;
  @ApiProperty({ type: String, nullable: true }) overrideReason: string | null;
}

export class MyDrawsDto {
  @ApiProperty({ description: 'Your court’s code, for the public record /public/courts/{code}/draws' }) court: string;
  @ApiProperty({ type: [MyDrawDayDto], description: 'Court days that are over, newest first (the last 60)' }) days: MyDrawDayDto[];
}
