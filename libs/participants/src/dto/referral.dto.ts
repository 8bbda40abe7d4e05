import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CHARGE_CATEGORIES } from '@app/programs';
import { IsCalendarDate, IsOptionalNotNull, Trim } from '@app/core';
import { Type } from 'class-transformer';
import { ETHNICITIES, GENDERS, PRIMARY_LANGUAGES, RACES, SEXES, type Ethnicity, type Gender, type PrimaryLanguage, type Race, type Sex } from '../demographics/demographics';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export const REFERRAL_SOURCES = ['prosecutor', 'defense', 'judge', 'probation', 'police', 'other'] as const;
export const CHARGE_LEVELS = ['felony', 'misdemeanor', 'infraction', 'other'] as const;

export class ChargeDto {
  @ApiProperty({ example: '720 ILCS 570/402(c)' }) @Trim() @IsString() @IsNotEmpty() @MaxLength(100) statute: string;
  @ApiProperty({ example: 'Possession of a controlled substance' }) @Trim() @IsString() @IsNotEmpty() @MaxLength(300) description: string;
  @ApiProperty({ enum: CHARGE_LEVELS }) @IsIn(CHARGE_LEVELS) level: (typeof CHARGE_LEVELS)[number];
  @ApiProperty({ enum: CHARGE_CATEGORIES, description: 'What the program’s exclusion criteria are written against' })
  @IsIn(CHARGE_CATEGORIES)
  category: (typeof CHARGE_CATEGORIES)[number];
}

export class ContactDto {
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(40) phone?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsEmail() @MaxLength(254) email?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(200) addressLine?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(100) city?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(100) region?: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Trim() @IsString() @MaxLength(20) postalCode?: string | null;
}

/** Demographics and contact details: what a referral and a later correction share. */
export class PersonDetailsDto {
  @ApiPropertyOptional({ type: String, nullable: true, example: '1990-04-01' }) @IsOptional() @IsCalendarDate() dateOfBirth?: string | null;
  @ApiPropertyOptional({ enum: GENDERS, nullable: true, description: 'Gender identity, as the participant self-identifies' })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;
  @ApiPropertyOptional({ enum: SEXES, nullable: true, description: 'Sex, asked separately from gender' }) @IsOptional() @IsIn(SEXES) sex?: Sex | null;
  @ApiPropertyOptional({ enum: ETHNICITIES, nullable: true, description: 'The first federal question: Hispanic or Latino?' })
  @IsOptional()
  @IsIn(ETHNICITIES)
  ethnicity?: Ethnicity | null;
  @ApiPropertyOptional({ enum: RACES, isArray: true, description: 'The second federal question: one or more races' })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(RACES.length)
  @IsIn(RACES, { each: true })
  races?: Race[];
  @ApiPropertyOptional({ description: 'The participant declined the race question (races then empty)' }) @IsOptionalNotNull() @IsBoolean() raceDeclined?: boolean;
  @ApiPropertyOptional({ enum: PRIMARY_LANGUAGES, nullable: true, description: 'ISO 639-1 code, or other' })
  @IsOptional()
  @IsIn(PRIMARY_LANGUAGES)
  primaryLanguage?: PrimaryLanguage | null;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    deprecated: true,
    description: 'One race (or several, comma-separated) as a word, e.g. "Black", "White, Asian"; mapped to races, or refused with the codes. Prefer races.',
  })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(60)
  race?: string | null;
  @ApiPropertyOptional({ type: ContactDto }) @IsOptionalNotNull() @ValidateNested() @Type(() => ContactDto) contact?: ContactDto;
}

export class ReferParticipantDto extends PersonDetailsDto {
  @ApiProperty() @IsUUID() courtId: string;
  @ApiPropertyOptional({ description: 'The program referred to; may be chosen later, up to enrolment' }) @IsOptional() @IsUUID() programId?: string;
  @ApiProperty({ enum: REFERRAL_SOURCES }) @IsIn(REFERRAL_SOURCES) referralSource: (typeof REFERRAL_SOURCES)[number];
  @ApiProperty({ example: '2026-11-02' }) @IsCalendarDate() referredOn: string;
  @ApiPropertyOptional() @IsOptional() @IsCalendarDate() arrestedOn?: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(100) firstName: string;
  @ApiProperty() @Trim() @IsString() @IsNotEmpty() @MaxLength(100) lastName: string;
  @ApiPropertyOptional({ type: [String], example: ['2026-CF-001234'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(40, { each: true })
  caseNumbers?: string[];
  @ApiPropertyOptional({ type: [ChargeDto] }) @IsOptional() @IsArray() @ArrayMaxSize(20) @ValidateNested({ each: true }) @Type(() => ChargeDto) charges?: ChargeDto[];
  @ApiPropertyOptional() @IsOptional() @IsUUID() caseManagerId?: string;
}

export class UpdateParticipantDto extends PersonDetailsDto {
  @ApiPropertyOptional() @IsOptionalNotNull() @Trim() @IsString() @IsNotEmpty() @MaxLength(100) firstName?: string;
  @ApiPropertyOptional() @IsOptionalNotNull() @Trim() @IsString() @IsNotEmpty() @MaxLength(100) lastName?: string;
  @ApiPropertyOptional({ description: 'Only before enrolment' }) @IsOptionalNotNull() @IsUUID() programId?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @IsUUID() caseManagerId?: string | null;
  @ApiPropertyOptional({ type: [String] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(40, { each: true })
  caseNumbers?: string[];
  @ApiPropertyOptional({ type: [ChargeDto] })
  @IsOptionalNotNull()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ChargeDto)
  charges?: ChargeDto[];
}
