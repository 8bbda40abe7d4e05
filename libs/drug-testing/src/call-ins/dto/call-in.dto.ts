import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { OpeningHoursDto, SiteClosureDto } from '../../testing-sites/dto/testing-site.dto';
import { IsIn, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CALL_IN_CHANNELS, type CallInChannel } from '../../entities/call-in.entity';
import type { CallInStatus } from '../call-in-answer';

const STATUSES: CallInStatus[] = ['selected', 'not_selected', 'not_available'];

export class CallInRequestDto {
  @ApiPropertyOptional({ enum: CALL_IN_CHANNELS, default: 'web' })
  @IsOptional()
  @IsIn(CALL_IN_CHANNELS)
  channel?: CallInChannel;
}

const PHONE_CHANNELS = ['phone', 'sms'] as const;

/** A call from a phone system (IVR or SMS gateway) on the participant's behalf: the same credentials as participant sign-in. */
export class PhoneCallInRequestDto {
  @ApiProperty({ description: "The court's code", example: 'DEMO' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  courtCode: string;

  @ApiProperty({ description: 'As typed, kept as a string (leading zeros matter)', example: 'D-0001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  participantNumber: string;

  @ApiProperty({ description: 'As typed, kept as a string', example: '135790' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  pin: string;

  @ApiProperty({ enum: PHONE_CHANNELS })
  @IsIn(PHONE_CHANNELS)
  channel: 'phone' | 'sms';

  @ApiPropertyOptional({
    example: '+18085550123',
    description:
      "The caller's number as the phone system received it. From a configured phone gateway (PHONE_GATEWAY_ADDRESSES) failed PINs and limits count per calling number rather than per the gateway's address, so a stranger's failures never block the participant's own phone; from anywhere else it is ignored.",
  })
  @IsOptional()
  @Matches(/^\+?[0-9]{4,20}$/, { message: 'must be a phone number of 4 to 20 digits, with an optional leading +' })
  callerNumber?: string;
}

export class CallInWindowDto {
  @ApiProperty({ example: '05:00', description: 'Court-local wall-clock time' }) start: string;
  @ApiProperty({ example: '09:00', description: 'Court-local wall-clock time; 24:00 is the end of the day' }) end: string;
  @ApiProperty({ example: 'Pacific/Honolulu' }) timeZone: string;
}

export class TestingSiteInfoDto {
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ example: 'Mon-Fri 06:00-17:00, Sat 08:00-12:00', description: "The weekly hours in words, in the reader's language (Accept-Language)" })
  hours: string;
  @ApiProperty({ type: [OpeningHoursDto], nullable: true, description: "The same hours as data, on the court's clock; null for a site whose old text hours could not be read" })
  weeklyHours: OpeningHoursDto[] | null;
  @ApiProperty({ type: [SiteClosureDto], description: 'Days the site is closed whatever its weekly hours' })
  closures: SiteClosureDto[];
  @ApiProperty({ type: String, nullable: true, description: "In the reader's language (Accept-Language) where the court gave them, else as the court entered them" })
  instructions: string | null;
}

export class NextSiteOpeningDto {
  @ApiProperty({ example: '2026-12-07', description: 'Court-local day' }) date: string;
  @ApiProperty({ example: '06:00' }) opens: string;
  @ApiProperty({ example: '17:00' }) closes: string;
  @ApiProperty({ description: 'The site that opens' }) site: string;
}

export class CallInAnswerDto {
  @ApiProperty({ example: '2026-11-23', description: 'Court-local day the call counts for' }) courtDay: string;
  @ApiProperty({ enum: STATUSES, description: '`not_available`: the draw is not there yet; call again (never read as "no test")' })
  status: CallInStatus;
  @ApiProperty({ type: Boolean, nullable: true, description: 'Whether to test today; null while not available' }) selected: boolean | null;
  @ApiProperty({ description: 'A plain sentence for the participant' }) message: string;
  @ApiProperty({ example: 'K7QM-2XDA', description: 'Proof of the call; the same for every call of the day' }) receiptCode: string;
  @ApiProperty({ description: 'The first call of the day' }) calledAt: string;
  @ApiProperty({ enum: ['web', 'phone', 'sms'], description: 'Channel of the first call of the day' }) channel: CallInChannel;
  @ApiPropertyOptional({ description: 'When selected: the sample must be given by this instant' }) reportBy?: string;
  @ApiPropertyOptional({ example: '17:00', description: 'When selected: the same deadline, court-local HH:MM' }) reportByLocal?: string;
  @ApiPropertyOptional({ type: [TestingSiteInfoDto], description: "When selected: where to test (the program's sites)" })
  testingSites?: TestingSiteInfoDto[];
  @ApiPropertyOptional({ description: "When selected: none of the program's sites opens today, so no missed test is charged for today" })
  sitesClosed?: boolean;
  @ApiPropertyOptional({ type: NextSiteOpeningDto, nullable: true, description: 'When sitesClosed: the next opening of one of the sites (null when none within a month)' })
  nextOpening?: NextSiteOpeningDto | null;
  @ApiProperty({ type: CallInWindowDto }) window: CallInWindowDto;
}

export class PhoneCallInAnswerDto {
  @ApiProperty({ description: 'A short plain sentence for the phone system to read out or text' }) say: string;
  @ApiProperty({ example: 'K7QM-2XDA' }) receiptCode: string;
  @ApiProperty({ enum: STATUSES }) status: CallInStatus;
}

export class TodayWindowDto extends CallInWindowDto {
  @ApiProperty() opensAt: string;
  @ApiProperty() closesAt: string;
  @ApiProperty({ description: 'Whether the window is open now' }) open: boolean;
}

export class NextHearingDto {
  @ApiProperty() scheduledAt: string;
  @ApiProperty({ example: 'status' }) kind: string;
  @ApiProperty({
    type: String,
    nullable: true,
    example: 'Courtroom 4B',
    description: "Where: the courtroom of its court session, in the reader's language where the court worded it; null when it is on none",
  })
  courtroom: string | null;
  @ApiProperty({ example: '2026-11-23', description: 'The court-local day of the hearing (compare with courtDay: court is today)' }) courtDay: string;
  @ApiProperty({ type: String, nullable: true, example: '200 Main Street, Springfield', description: "The courthouse's address; null when the court gave none" })
  address: string | null;
}

/** Who the participant can reach: the court and its help line, for the phone's tap-to-call buttons and the money it counts in. */
export class TodayCourtDto {
  @ApiProperty({ example: 'Demo County Treatment Court' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '+13125550199', description: 'The number a person answers for participants (E.164)' }) helpNumber: string | null;
  @ApiProperty({ example: 'USD', description: 'ISO 4217: the currency of fees' }) currency: string;
}

export class TodayCaseManagerDto {
  @ApiProperty({ example: 'Dana Brooks' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '+13125550142', description: 'Their work phone (E.164); null when they gave none' }) phone: string | null;
}

export class TodayDto {
  @ApiProperty({ example: '2026-11-23' }) courtDay: string;
  @ApiProperty({ type: TodayWindowDto }) window: TodayWindowDto;
  @ApiProperty({ description: 'Whether the participant is to call in at all (active in the program, and their testing begun)' }) callInRequired: boolean;
  @ApiProperty({ description: 'Enrolled in a program whose testing begins after the warning hearing, which is not yet held: no call-in, no test until then' })
  awaitingWarningHearing: boolean;
  @ApiProperty({ description: 'Whether the participant has called in for this court day' }) calledIn: boolean;
  @ApiProperty({ type: CallInAnswerDto, nullable: true, description: "The day's answer; null until the participant has called in" })
  callIn: CallInAnswerDto | null;
  @ApiProperty({ type: NextHearingDto, nullable: true }) nextHearing: NextHearingDto | null;
  @ApiProperty({ type: TodayCourtDto }) court: TodayCourtDto;
  @ApiProperty({ type: TodayCaseManagerDto, nullable: true, description: 'The case manager assigned to the participant; null when none is' })
  caseManager: TodayCaseManagerDto | null;
}
