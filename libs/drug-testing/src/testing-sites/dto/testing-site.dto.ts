import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, IsTranslations, Trim, TrimTranslations, type Translations } from '@app/core';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { TestingSiteTranslatedField } from '../../entities/testing-site.entity';
import type { TestingSiteWithPrograms } from '../testing-sites.service';

const MAX_PROGRAMS = 50;

const TRANSLATED_FIELDS = { instructions: 2000, hours: 500 } as const;

const TRANSLATIONS_SCHEMA = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { instructions: { type: 'string', minLength: 1, maxLength: 2000 }, hours: { type: 'string', minLength: 1, maxLength: 500 } },
    additionalProperties: false,
  },
  example: { es: { instructions: 'Traiga su identificación.', hours: 'Lun-Dom 06:00-17:00' } },
} as const;

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

  @ApiProperty({ example: 'Mon-Sun 06:00-17:00', maxLength: 500, description: 'Opening hours as the court words them' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  hours: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'What to bring, where to park… shown to a selected participant' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  instructions?: string | null;

  @ApiPropertyOptional({
    ...TRANSLATIONS_SCHEMA,
    description: 'Instructions and hours in other languages (keys en, es, pt; each { instructions, hours }, either optional); defaults to none',
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

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  hours?: string;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 2000, description: 'null removes them' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  instructions?: string | null;

  @ApiPropertyOptional({ ...TRANSLATIONS_SCHEMA, description: 'Replaces the instructions and hours in other languages; {} removes them all' })
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
  @ApiProperty() hours: string;
  @ApiProperty({ nullable: true, type: String }) instructions: string | null;
  @ApiProperty({ ...TRANSLATIONS_SCHEMA, description: 'Instructions and hours in other languages, as stored ({} when none)' })
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
      instructions: site.instructions,
      translations: site.translations,
      active: site.active,
      programIds,
      createdAt: site.createdAt.toISOString(),
      updatedAt: site.updatedAt.toISOString(),
    };
  }
}
