import { ApiProperty } from '@nestjs/swagger';

export class DrawOverrideSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['force', 'excuse'] }) action: 'force' | 'excuse';
  @ApiProperty() reason: string;
}

export class DrawListEntryDto {
  @ApiProperty() participantId: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ type: String, nullable: true }) programCode: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Frequency in force that day; null for a participant forced without being in the draw' })
  testsPerWeek: number | null;
  @ApiProperty({ description: 'Whether the random draw itself selected the participant' }) selectedByDraw: boolean;
  @ApiProperty({ nullable: true, enum: ['max_untested_days', 'max_tests_per_7_days'], description: 'Guard rail that moved the chance' })
  rule: string | null;
  @ApiProperty({ type: DrawOverrideSummaryDto, nullable: true, description: 'A staff force or excuse, always shown as such' })
  override: DrawOverrideSummaryDto | null;
}

export class DrawDayDto {
  @ApiProperty() drawId: string;
  @ApiProperty() courtId: string;
  @ApiProperty({ example: '2026-11-23' }) courtDay: string;
  @ApiProperty() committedAt: string;
  @ApiProperty() windowOpensAt: string;
  @ApiProperty() windowClosesAt: string;
  @ApiProperty() reportBy: string;
  @ApiProperty({ description: 'Participants in the draw' }) participantCount: number;
  @ApiProperty({ description: 'Participants the random draw selected (before overrides)' }) selectedCount: number;
  @ApiProperty({ type: [DrawListEntryDto], description: 'To test today: selected and not excused, or forced' }) toTest: DrawListEntryDto[];
  @ApiProperty({ type: [DrawListEntryDto], description: 'Excused by staff for the day' }) excused: DrawListEntryDto[];
}

export class DrawVerificationDto {
  @ApiProperty() courtId: string;
  @ApiProperty() courtDay: string;
  @ApiProperty({ example: 'hmac-sha256-53bit/v1', description: 'value = HMAC-SHA256(seed, "<courtDay>|<participantId>") first 53 bits / 2^53; selected when value < probability' })
  algorithm: string;
  @ApiProperty({
    description:
      'Stored when the draw was made. v1: hex SHA-256 of the seed. v2: hex SHA-256 of the committed text (every input; docs/verifying-draws.md)',
  })
  commitment: string;
  @ApiProperty() committedAt: string;
  @ApiProperty() windowOpensAt: string;
  @ApiProperty({ description: 'False when the draw had to be made late, after the window opened' }) committedBeforeWindowOpened: boolean;
  @ApiProperty({ description: 'The seed is published when the court day is over' }) revealsAt: string;
  @ApiProperty() participantCount: number;
  @ApiProperty({ type: String, nullable: true, description: 'Hex seed; null until the court day is over' }) seed: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Whether the seed matches the commitment and recomputes every stored selection exactly' })
  verified: boolean | null;
  @ApiProperty({ type: Boolean, nullable: true }) commitmentMatches: boolean | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Entries whose stored selection or probability the seed does not reproduce' })
  mismatchedEntries: number | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Whether the entries still number what the draw recorded when it was made' })
  entriesMatchCounts: boolean | null;
}
