import { ApiProperty } from '@nestjs/swagger';

/**
 * Random testing as ordered against as done, over participant-days: a
 * participant in a court day's draw is one participant-day. Aggregates only.
 */
export class TestingFiguresDto {
  @ApiProperty({ description: 'Distinct participants in a draw, ordered to test or tested' }) participants: number;
  @ApiProperty({ description: "Participant-days in the court's draws (the exposure every rate is per)" }) participantDays: number;
  @ApiProperty({ description: 'Participant-days under a court testing order (increased testing)' }) participantDaysUnderOrder: number;
  @ApiProperty({ description: 'Tests the frequencies in force call for on average: Σ tests-per-week ÷ 7 over participant-days' }) expectedTests: number;
  @ApiProperty({ description: 'Selected by the draw' }) drawn: number;
  @ApiProperty({ description: 'Selected by the draw on a day a court testing order raised the frequency' }) drawnUnderOrder: number;
  @ApiProperty({ description: 'Selected by the draw, then excused by staff' }) excused: number;
  @ApiProperty({ description: 'Not selected, but ordered to test by staff (forced)' }) forced: number;
  @ApiProperty({ description: 'Tests ordered: drawn − excused + forced' }) ordered: number;
  @ApiProperty({ description: 'Participant-days with a specimen collected (any basis: random, forced, for cause)' }) collected: number;
  @ApiProperty({ description: 'Ordered tests with a specimen collected that day' }) orderedCollected: number;
  @ApiProperty({ description: 'Ordered tests on a Saturday or Sunday (court-local)' }) weekendOrdered: number;
  @ApiProperty({ description: 'Collected tests on a Saturday or Sunday (court-local)' }) weekendCollected: number;
  @ApiProperty({ type: Number, nullable: true, description: 'expectedTests per participant-week' }) expectedPerParticipantWeek: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'ordered per participant-week' }) orderedPerParticipantWeek: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'collected per participant-week' }) collectedPerParticipantWeek: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'orderedCollected ÷ ordered' }) shareOrderedCollected: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'weekendOrdered ÷ ordered' }) weekendShareOfOrdered: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'weekendCollected ÷ collected' }) weekendShareOfCollected: number | null;
}

export class TestingPhaseDto extends TestingFiguresDto {
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Null for participant-days outside any phase' }) programId: string | null;
  @ApiProperty({ type: String, nullable: true, example: 'ATC' }) programCode: string | null;
  @ApiProperty({ type: String, nullable: true }) programName: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Phase number in the program (1 = first)' }) phasePosition: number | null;
  @ApiProperty({ type: String, nullable: true, description: "The phase's name in the program's newest phase plan" }) phaseName: string | null;
  @ApiProperty({ type: Number, nullable: true, description: "The phase's planned tests per week" }) plannedTestsPerWeek: number | null;
}

export class TestingWeekDto extends TestingFiguresDto {
  @ApiProperty({ example: '2026-11-02', description: 'Monday of the court-local week' }) weekStart: string;
  @ApiProperty({ description: 'Days of this week inside the period (1-7)' }) days: number;
}

export class TestingFidelityDto {
  @ApiProperty() courtId: string;
  @ApiProperty() from: string;
  @ApiProperty() to: string;
  @ApiProperty({ description: "Saturdays and Sundays among the period's days: the weekend share a draw that ignores the weekday gives on average" })
  weekendDayShare: number;
  @ApiProperty({ type: TestingFiguresDto, description: 'The whole court over the period' }) all: TestingFiguresDto;
  @ApiProperty({ type: [TestingPhaseDto], description: 'By program and phase (the phase the participant was in that day)' }) byPhase: TestingPhaseDto[];
  @ApiProperty({ type: [TestingWeekDto], description: 'Every week the period touches, oldest first' }) weeks: TestingWeekDto[];
}
