import { STAFF_ROLES } from '@app/auth';
import { isLanguage, IsTextsByLanguage, LANGUAGES, type Language } from '@app/core';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayUnique, IsArray, IsBoolean, IsIn, IsInt, IsNotEmpty, IsOptional, IsString, Matches, Max, MaxLength, Min, ValidateBy } from 'class-validator';
import type { Court, CourtroomTranslations } from '../court.entity';
import { IsOptionalNotNull, IsReportByTime, IsTimeZone, IsWindowEnd, IsWindowStart, Trim } from './validators';

const NOTICE_MAX_LENGTH = 8000;
/** A courtroom's name per language: keys are languages, each an object from the sessions' name to 1-100 characters. */
const IsCourtroomTranslations = () =>
  ValidateBy({
    name: 'isCourtroomTranslations',
    validator: {
      validate: (value) =>
        isPlainObject(value) &&
        Object.entries(value).every(
          ([language, names]) =>
            isLanguage(language) &&
            isPlainObject(names) &&
            Object.entries(names).every(([room, text]) => room.length >= 1 && room.length <= 100 && typeof text === 'string' && text.trim().length >= 1 && text.length <= 100),
        ),
      defaultMessage: () => `$property must be an object whose keys are ${LANGUAGES.join(', ')}, each an object from a courtroom's name to its name in that language (1 to 100 characters)`,
    },
  });

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The longest notice text per language. */
export const NOTICE_PER_LANGUAGE_MAX_LENGTH = 4000;
export const DRAW_LEAD_MINUTES = { min: 5, max: 720 } as const;

/** A phone number in E.164, as the telephony provider names it. */
const E164 = /^\+[1-9][0-9]{6,14}$/;

export class CreateCourtDto {
  @ApiProperty({ example: 'HOPE', description: 'Short code participants type when signing in; stored upper-case; 2-16 of A-Z, 0-9 and -. Cannot be changed later.' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(/^[A-Z0-9-]{2,16}$/, { message: 'code must be 2 to 16 letters, digits or hyphens' })
  code: string;

  @ApiProperty({ example: 'Harbor City HOPE Court' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'Pacific/Honolulu', description: 'IANA time zone: court days, the call-in window and deadlines follow it' })
  @IsTimeZone()
  timeZone: string;

  @ApiProperty({ example: '05:00', description: 'Court-local HH:MM' })
  @IsWindowStart()
  callInWindowStart: string;

  @ApiProperty({ example: '09:00', description: 'Court-local HH:MM, later than the start; 24:00 is the end of the day' })
  @IsWindowEnd()
  callInWindowEnd: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES, isArray: true, description: 'Staff roles that must sign in with a second factor' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @IsIn(STAFF_ROLES, { each: true })
  mfaRequiredRoles?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, description: "The court's own 42 CFR §2.32 redisclosure notice; null uses the standard text" })
  @IsOptional()
  @IsString()
  @MaxLength(NOTICE_MAX_LENGTH)
  redisclosureNotice?: string | null;

  @ApiPropertyOptional({
    example: '17:00',
    description: 'Court-local HH:MM (24:00: the end of the day) by which a selected participant must test; never before the window ends. Defaults to 17:00, or 24:00 when the window ends later.',
  })
  @IsOptionalNotNull()
  @IsReportByTime()
  reportByTime?: string;

  @ApiPropertyOptional({ example: 60, minimum: DRAW_LEAD_MINUTES.min, maximum: DRAW_LEAD_MINUTES.max, description: 'Minutes before the window opens that the day\'s draw is made; defaults to 60' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(DRAW_LEAD_MINUTES.min)
  @Max(DRAW_LEAD_MINUTES.max)
  drawLeadMinutes?: number;

  @ApiPropertyOptional({ enum: LANGUAGES, example: 'es', description: "The language of the court's screens for users who have not chosen their own; defaults to en" })
  @IsOptionalNotNull()
  @IsIn(LANGUAGES)
  language?: Language;
}

/** Every field optional; the code never changes (participants sign in with it). */
export class UpdateCourtDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ example: 'America/Chicago' })
  @IsOptionalNotNull()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({ example: '05:00' })
  @IsOptionalNotNull()
  @IsWindowStart()
  callInWindowStart?: string;

  @ApiPropertyOptional({ example: '09:00' })
  @IsOptionalNotNull()
  @IsWindowEnd()
  callInWindowEnd?: string;

  @ApiPropertyOptional({ enum: STAFF_ROLES, isArray: true })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayUnique()
  @IsIn(STAFF_ROLES, { each: true })
  mfaRequiredRoles?: string[];

  @ApiPropertyOptional({ type: String, nullable: true, description: 'null restores the standard notice' })
  @IsOptional()
  @IsString()
  @MaxLength(NOTICE_MAX_LENGTH)
  redisclosureNotice?: string | null;

  @ApiPropertyOptional({ example: '17:00', description: 'Court-local HH:MM (24:00: the end of the day); never before the end of the call-in window' })
  @IsOptionalNotNull()
  @IsReportByTime()
  reportByTime?: string;

  @ApiPropertyOptional({ example: 60, minimum: DRAW_LEAD_MINUTES.min, maximum: DRAW_LEAD_MINUTES.max })
  @IsOptionalNotNull()
  @IsInt()
  @Min(DRAW_LEAD_MINUTES.min)
  @Max(DRAW_LEAD_MINUTES.max)
  drawLeadMinutes?: number;

  @ApiPropertyOptional({ enum: LANGUAGES, example: 'pt', description: "The language of the court's screens for users who have not chosen their own" })
  @IsOptionalNotNull()
  @IsIn(LANGUAGES)
  language?: Language;

  @ApiPropertyOptional({ example: '42 CFR Part 2', description: 'The name of the law the court operates under, cited with its disclosure notice' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  lawName?: string;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'string', minLength: 1, maxLength: NOTICE_PER_LANGUAGE_MAX_LENGTH },
    example: { es: 'Este registro…', pt: 'Este registro…' },
    description:
      "The court's disclosure notice per language (keys en, es, pt; 1 to 4,000 characters each), replacing the whole map; {} removes them all. " +
      "A reader gets the text for their language, else the court's own notice, else the standard one in their language.",
  })
  @IsOptionalNotNull()
  @IsTextsByLanguage(NOTICE_PER_LANGUAGE_MAX_LENGTH)
  redisclosureNotices?: Partial<Record<Language, string>>;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: '+13125550100',
    description: "The court's own phone number (E.164) at the telephony provider: the hotline answers calls and texts to it, and texts leave from it; null takes the hotline off",
  })
  @IsOptional()
  @Matches(E164, { message: 'must be an E.164 number: + and the country code, then the number, digits only' })
  hotlineNumber?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '+13125550199', description: 'The number a participant calls for help (E.164); a HELP text replies with it' })
  @IsOptional()
  @Matches(E164, { message: 'must be an E.164 number: + and the country code, then the number, digits only' })
  helpNumber?: string | null;

  @ApiPropertyOptional({ example: 'MXN', description: 'ISO 4217 code of the currency fees are counted in (three capital letters)' })
  @IsOptionalNotNull()
  @Matches(/^[A-Z]{3}$/, { message: 'must be an ISO 4217 currency code: three capital letters, such as USD' })
  currency?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 300, example: '200 Main Street, Springfield', description: "The courthouse's street address; null removes it" })
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  address?: string | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'object', additionalProperties: { type: 'string', minLength: 1, maxLength: 100 } },
    example: { es: { 'Courtroom 3A': 'Sala 3A' }, pt: { 'Courtroom 3A': 'Sala 3A' } },
    description: "The courtrooms in other languages (keys en, es, pt), each by the name the court's sessions use; replaces the whole map",
  })
  @IsOptionalNotNull()
  @IsCourtroomTranslations()
  courtroomTranslations?: CourtroomTranslations;

  @ApiPropertyOptional({ description: 'Only the system administrator may deactivate or reactivate a court' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class CourtDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: 'DEMO' }) code: string;
  @ApiProperty() name: string;
  @ApiProperty({ example: 'America/Chicago' }) timeZone: string;
  @ApiProperty({ example: '05:00' }) callInWindowStart: string;
  @ApiProperty({ example: '09:00' }) callInWindowEnd: string;
  @ApiProperty({ example: '17:00', description: 'Selected participants must test by this court-local time (24:00: the end of the day)' }) reportByTime: string;
  @ApiProperty({ example: 60, description: "Minutes before the window opens that the day's draw is made" }) drawLeadMinutes: number;
  @ApiProperty({ enum: STAFF_ROLES, isArray: true }) mfaRequiredRoles: string[];
  @ApiProperty({ type: String, nullable: true }) redisclosureNotice: string | null;
  @ApiProperty({ enum: LANGUAGES, description: "The language of the court's screens for users who have not chosen their own" }) language: Language;
  @ApiProperty({ example: '42 CFR Part 2', description: 'The law the court operates under' }) lawName: string;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'string' }, description: "The court's disclosure notice per language" })
  redisclosureNotices: Partial<Record<Language, string>>;
  @ApiProperty({ type: String, nullable: true, example: '+13125550100', description: "The court's hotline and text number" }) hotlineNumber: string | null;
  @ApiProperty({ type: String, nullable: true, example: '+13125550199', description: 'The help number a HELP text replies with' }) helpNumber: string | null;
  @ApiProperty({ example: 'USD', description: 'ISO 4217: the currency fees are counted in' }) currency: string;
  @ApiProperty({ type: String, nullable: true, description: "The courthouse's street address" }) address: string | null;
  @ApiProperty({ type: 'object', additionalProperties: { type: 'object', additionalProperties: { type: 'string' } }, description: 'The courtrooms in other languages, by name' })
  courtroomTranslations: CourtroomTranslations;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static of(court: Court): CourtDto {
    return {
      id: court.id,
      code: court.code,
      name: court.name,
      timeZone: court.timeZone,
      callInWindowStart: court.callInWindowStart,
      callInWindowEnd: court.callInWindowEnd,
      reportByTime: court.reportByTime,
      drawLeadMinutes: court.drawLeadMinutes,
      mfaRequiredRoles: court.mfaRequiredRoles,
      redisclosureNotice: court.redisclosureNotice,
      language: court.language,
      lawName: court.lawName,
      redisclosureNotices: court.redisclosureNotices,
      hotlineNumber: court.hotlineNumber,
      helpNumber: court.helpNumber,
      currency: court.currency,
      address: court.address,
      courtroomTranslations: court.courtroomTranslations,
      active: court.active,
      createdAt: court.createdAt.toISOString(),
      updatedAt: court.updatedAt.toISOString(),
    };
  }
}
