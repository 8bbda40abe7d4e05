import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull } from '@app/core';
import { Matches } from 'class-validator';
import { CALL_IN_REFUSAL_REASONS, type CallInRefusalReason } from '../call-ins/call-in-refusals';
import { BOARD_STATES, type BoardState } from '../reports/testing-board';
import { TEST_NOTICE_GAPS, type NotChargedReason } from '../test-notices/test-notice-charge';

export class TestingBoardQueryDto {
  @ApiPropertyOptional({ example: '2026-11-23', description: "Court-local date; default: the court's today" })
  @IsOptionalNotNull()
  @IsCalendarDate()
  date?: string;
}

export class RandomnessQueryDto {
  @ApiProperty({ example: '2026-10', description: 'Calendar month, YYYY-MM' })
  @Matches(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month YYYY-MM' })
  month: string;
}

export class BoardOverrideDto {
  @ApiProperty({ enum: ['force', 'excuse'] }) action: 'force' | 'excuse';
  @ApiProperty() reason: string;
}

export class BoardParticipantDto {
  @ApiProperty() participantId: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() inDraw: boolean;
  @ApiProperty({ description: 'Selected and not excused, or forced' }) toTest: boolean;
  @ApiProperty({ type: BoardOverrideDto, nullable: true }) override: BoardOverrideDto | null;
  @ApiProperty({ type: String, nullable: true }) calledInAt: string | null;
  @ApiProperty({ type: Boolean, nullable: true, description: 'What the call-in answered; null when told to call again' }) toldToTest: boolean | null;
  @ApiProperty({ type: String, nullable: true }) collectedAt: string | null;
  @ApiProperty({ type: String, nullable: true }) testingSite: string | null;
  @ApiProperty({ enum: BOARD_STATES }) state: BoardState;
  @ApiProperty({
    enum: CALL_IN_REFUSAL_REASONS,
    isArray: true,
    description: 'Why the system refused their call-in during the window (each reason once); empty when it never did',
  })
  refusedCallIns: CallInRefusalReason[];
  @ApiProperty({
    enum: [...CALL_IN_REFUSAL_REASONS, ...TEST_NOTICE_GAPS],
    isArray: true,
    nullable: true,
    description:
      "The day's missed call-in (or, in a program that tells by text, missed test) was not charged for these reasons of the system's, for staff review; null when nothing was left uncharged",
  })
  notCharged: NotChargedReason[] | null;
}

export class BoardAccountAlertDto {
  @ApiProperty() participantId: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty({ description: 'Failed PIN attempts counted on the account since the alert opened' }) failures: number;
  @ApiProperty({ description: 'How many times a source (address or calling number) was blocked for this account' }) blockedSources: number;
  @ApiProperty() firstAt: string;
  @ApiProperty() lastAt: string;
}

export class BoardWindowDto {
  @ApiProperty() opensAt: string;
  @ApiProperty() closesAt: string;
  @ApiProperty() open: boolean;
}

export class BoardCountsDto {
  @ApiProperty() inDraw: number;
  @ApiProperty() toTest: number;
  @ApiProperty() excused: number;
  @ApiProperty() calledIn: number;
  @ApiProperty() notCalledIn: number;
  @ApiProperty({ description: 'Called in while the draw was missing; they must call again' }) toldToCallAgain: number;
  @ApiProperty() collected: number;
  @ApiProperty() awaitingCollection: number;
  @ApiProperty({ description: 'To test, no specimen, reporting deadline passed' }) missing: number;
  @ApiProperty({ description: 'Missed call-ins not charged because the system refused the call, for staff review' }) notCharged: number;
}

export class BoardSiteDto {
  @ApiProperty() testingSite: string;
  @ApiProperty() collected: number;
}

export class TestingBoardDto {
  @ApiProperty() courtId: string;
  @ApiProperty() courtDay: string;
  @ApiProperty({ enum: ['made', 'missing', 'not_yet_due'], description: '`missing`: the draw should exist and does not — staff must act' })
  drawStatus: 'made' | 'missing' | 'not_yet_due';
  @ApiProperty() drawAt: string;
  @ApiProperty({ type: BoardWindowDto }) window: BoardWindowDto;
  @ApiProperty() reportBy: string;
  @ApiProperty({ type: BoardCountsDto }) counts: BoardCountsDto;
  @ApiProperty({ type: [BoardSiteDto] }) bySite: BoardSiteDto[];
  @ApiProperty({ type: [BoardParticipantDto] }) participants: BoardParticipantDto[];
  @ApiProperty({
    type: [BoardAccountAlertDto],
    description: "Participants whose PIN someone was guessing that court day (the account is never locked: the guessing source is)",
  })
  accountAlerts: BoardAccountAlertDto[];
}

export class RandomnessCheckDto {
  @ApiProperty() courtId: string;
  @ApiProperty() month: string;
  @ApiProperty({ description: 'Participants, draw records, expected and random tests, forced and excused counts' }) summary: object;
  @ApiProperty({ description: 'Share of random tests on weekends and holidays against the share the frequencies expect' }) weekendHoliday: object;
  @ApiProperty({ description: 'Distribution of days between consecutive random tests' }) gaps: object;
  @ApiProperty({ description: 'Chi-square goodness of fit of random tests by weekday' }) weekday: object;
  @ApiProperty({ description: 'Participants tested more or less often than a 99% band around their expectation (at most 50)' })
  participantsOutsideExpected: object[];
}

/** One kept monthly self-check (the worker runs it once each month is over). */
export class RandomnessCheckRunDto {
  @ApiProperty({ example: '2026-11' }) month: string;
  @ApiProperty({ description: 'False when the weekday chi-square or the weekend/holiday share is beyond chance (1% level): staff should look' }) passed: boolean;
  @ApiProperty({ description: 'Participant-days checked' }) records: number;
  @ApiProperty({ type: Number, nullable: true }) weekdayPValue: number | null;
  @ApiProperty({ type: Number, nullable: true }) weekendZ: number | null;
  @ApiProperty() checkedAt: string;
}
