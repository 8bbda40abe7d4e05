import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull, IsTranslations, Trim, TrimTranslations, type Translations } from '@app/core';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Length, Matches, MaxLength, ValidateNested } from 'class-validator';
import { type OpeningHours, type SiteClosure, WALL_TIME, type Weekday, WEEKDAYS } from '../opening-hours';
import type { TestingSiteTranslatedField } from '../../entities/testing-site.entity';
import type { TestingSiteWithPrograms } from '../testing-sites.service';

const MAX_PROGRAMS = 50;

// The hours are worded from `weeklyHours` in each language, so only the instructions are translated.
const TRANSLATED_FIELDS = { instructions: 2000 } as const;

const TRANSLATIONS_SCHEMA = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { instructions: { type: 'string', minLength: 1, maxLength: 2000 } },
    additionalProperties: false,
  },
  example: { es: { instructions: 'Traiga su identificación.' } },
} as const;

const MAX_OPENINGS = 21;
const MAX_CLOSURES = 366;

export class OpeningHoursDto implements OpeningHours {
  @ApiProperty({ enum: WEEKDAYS, example: 'mon' })
  @IsIn(WEEKDAYS)
  day: Weekday;

  @ApiProperty({ example: '06:00', description: "HH:MM on the court's clock" })
  @Matches(WALL_TIME, { message: 'opens must be a time of day as HH:MM' })
  opens: string;

  @ApiProperty({ example: '17:00', description: "HH:MM on the court's clock, later than opens; 24:00 is the end of the day" })
  @Matches(WALL_TIME, { message: 'closes must be a time of day as HH:MM (24:00 for the end of the day)' })
  closes: string;
}

export class SiteClosureDto implements SiteClosure {
  @ApiProperty({ example: '2026-12-25', description: 'A court day the site is closed' })
  @IsCalendarDate()
  date: string;

  @ApiPropertyOptional({ example: 'Christmas Day', maxLength: 200 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @Length(1, 200)
  reason?: string;
}

const WeeklyHours = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [OpeningHoursDto], description: 'When the site is open each week (several openings a day allowed, none overlapping); a day not named is closed' }),
    IsOptionalNotNull(),
    IsArray(),
    ArrayMaxSize(MAX_OPENINGS),
    ValidateNested({ each: true }),
    Type(() => OpeningHoursDto),
  );

const Closures = () =>
  applyDecorators(
    ApiPropertyOptional({ type: [SiteClosureDto], description: 'Days the site is closed whatever its weekly hours; replaces the whole list' }),
    IsOptionalNotNull(),
    IsArray(),
    ArrayMaxSize(MAX_CLOSURES),
    ValidateNested({ each: true }),
    Type(() => SiteClosureDto),
  );

export class CreateTestingSiteDto {
  @ApiProperty({ example: 'Courthouse lab', maxLength: 200, description: 'Unique in the court' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: '100 Main St, Room 12', maxLength: 500 })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address: string;

  @ApiPropertyOptional({
    example: 'Mon-Fri 06:00-17:00, Sat 08:00-12:00',
    maxLength: 500,
    description: 'The weekly hours as text, read into weeklyHours (422 when they cannot be read); give this or weeklyHours',
  })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  hours?: string;

  @WeeklyHours()
  weeklyHours?: OpeningHoursDto[];

  @Closures()
  closures?: SiteClosureDto[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'What to bring, where to park… shown to a selected participant' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  instructions?: string | null;

  @ApiPropertyOptional({
    ...TRANSLATIONS_SCHEMA,
    description: 'Instructions in other languages (keys en, es, pt; each { instructions }); defaults to none. The hours are worded from weeklyHours in each language.',
  })
  @IsOptionalNotNull()
  @TrimTranslations()
  @IsTranslations(TRANSLATED_FIELDS)
  translations?: Translations<TestingSiteTranslatedField>;

  @ApiPropertyOptional({ default: true })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: "Programs of the court whose participants test here; defaults to none" })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_PROGRAMS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  programIds?: string[];
}

/** Every field optional; `programIds` replaces the whole list. */
export class UpdateTestingSiteDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  address?: string;

  @ApiPropertyOptional({ maxLength: 500, description: 'The weekly hours as text, read into weeklyHours (422 when they cannot be read); not with weeklyHours' })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  hours?: string;

  @WeeklyHours()
  weeklyHours?: OpeningHoursDto[];

  @Closures()
  closures?: SiteClosureDto[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'null removes them' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  instructions?: string | null;

  @ApiPropertyOptional({ ...TRANSLATIONS_SCHEMA, description: 'Replaces the instructions in other languages; {} removes them all' })
  @IsOptionalNotNull()
  @TrimTranslations()
  @IsTranslations(TRANSLATED_FIELDS)
  translations?: Translations<TestingSiteTranslatedField>;

  @ApiPropertyOptional({ description: 'An inactive site is not offered to participants nor accepted for new collections' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;

  @ApiPropertyOptional({ type: [String], format: 'uuid', description: 'Replaces the programs the site serves' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(MAX_PROGRAMS)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  programIds?: string[];
}

export class TestingSiteDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty() name: string;
  @ApiProperty() address: string;
  @ApiProperty({ example: 'Mon-Fri 06:00-17:00, Sat 08:00-12:00', description: 'The weekly hours in words (English); old text that could not be read, while weeklyHours is null' })
  hours: string;
  @ApiProperty({ type: [OpeningHoursDto], nullable: true, description: 'Null only for a site whose old text hours could not be read: enter them' })
  weeklyHours: OpeningHoursDto[] | null;
  @ApiProperty({ type: [SiteClosureDto] }) closures: SiteClosureDto[];
  @ApiProperty({ nullable: true, type: String }) instructions: string | null;
  @ApiProperty({ ...TRANSLATIONS_SCHEMA, description: 'Instructions in other languages, as stored ({} when none)' })
  translations: Translations<TestingSiteTranslatedField>;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: [String], description: 'Programs whose participants test here' }) programIds: string[];
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static of({ site, programIds }: TestingSiteWithPrograms): TestingSiteDto {
    return {
      id: site.id,
      courtId: site.courtId,
      name: site.name,
      address: site.address,
      hours: site.hours,
      weeklyHours: site.weeklyHours,
      closures: site.closures,
      instructions: site.instructions,
      translations: site.translations,
      active: site.active,
      programIds,
      createdAt: site.createdAt.toISOString(),
      updatedAt: site.updatedAt.toISOString(),
    };
  }
}
