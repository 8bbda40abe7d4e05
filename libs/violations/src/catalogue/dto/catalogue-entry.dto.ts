import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, IsTranslations, Trim, TrimTranslations, type Translations } from '@app/core';
import { Transform } from 'class-transformer';
import { Equals, IsBoolean, IsIn, IsInt, IsNotEmpty, IsString, Matches, Max, MaxLength, Min, ValidateBy, ValidateIf, ValidationArguments } from 'class-validator';
import { RESPONSE_EFFECTS, RESPONSE_KINDS } from '../../responses/response.entities';
import type { CatalogueEntryTranslatedField, ResponseCatalogueEntry, ResponseEffect, ResponseKind } from '../../responses/response.entities';
import { CATALOGUE_CODE, CATALOGUE_MAX_LEVEL, CATALOGUE_MIN_LEVEL, CATALOGUE_NAME_MAX_LENGTH } from '../default-catalogue';

const TRANSLATED_FIELDS = { name: CATALOGUE_NAME_MAX_LENGTH } as const;

const TRANSLATIONS_SCHEMA = {
  type: 'object',
  additionalProperties: {
    type: 'object',
    properties: { name: { type: 'string', minLength: 1, maxLength: CATALOGUE_NAME_MAX_LENGTH } },
    additionalProperties: false,
  },
  example: { es: { name: 'Cárcel (días)' }, pt: { name: 'Prisão (dias)' } },
} as const;

/**
 * With `fromDefault: true` the entry fields are skipped when absent and
 * refused when present; without it they are validated as usual.
 */
const unlessFromDefault = (field: keyof CreateCatalogueEntryDto) =>
  ValidateIf((body: CreateCatalogueEntryDto) => body.fromDefault !== true || body[field] !== undefined);

const NotWithFromDefault = () =>
  ValidateBy({
    name: 'notWithFromDefault',
    validator: {
      validate: (value: unknown, args?: ValidationArguments) => value === undefined || (args?.object as CreateCatalogueEntryDto).fromDefault !== true,
      defaultMessage: () => '$property cannot be combined with fromDefault',
    },
  });

/** Either one entry (`kind`, `code`, `name`, `level`, `effect`), or `{ fromDefault: true }` alone. */
export class CreateCatalogueEntryDto {
  @ApiPropertyOptional({ enum: [true], description: "Copy the program model's default catalogue; only when the program has no entries yet, and with no other field" })
  @IsOptionalNotNull()
  @Equals(true, { message: 'fromDefault must be true when given' })
  fromDefault?: true;

  @ApiPropertyOptional({ enum: RESPONSE_KINDS, description: 'Required unless fromDefault; fixed once created' })
  @unlessFromDefault('kind')
  @NotWithFromDefault()
  @IsIn(RESPONSE_KINDS)
  kind?: ResponseKind;

  @ApiPropertyOptional({ example: 'JAIL', description: 'Required unless fromDefault; unique in the program; stored upper-case; 2-32 of A-Z, 0-9 and _. Fixed once created.' })
  @unlessFromDefault('code')
  @NotWithFromDefault()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toUpperCase() : value))
  @IsString()
  @Matches(CATALOGUE_CODE, { message: 'code must be 2 to 32 letters, digits or underscores' })
  code?: string;

  @ApiPropertyOptional({ example: 'Jail (days)', maxLength: CATALOGUE_NAME_MAX_LENGTH, description: 'Required unless fromDefault' })
  @unlessFromDefault('name')
  @NotWithFromDefault()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CATALOGUE_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({
    ...TRANSLATIONS_SCHEMA,
    description: 'The name in other languages (keys en, es, pt; each { name }); defaults to none. Not with fromDefault.',
  })
  @IsOptionalNotNull()
  @NotWithFromDefault()
  @TrimTranslations()
  @IsTranslations(TRANSLATED_FIELDS)
  translations?: Translations<CatalogueEntryTranslatedField>;

  @ApiPropertyOptional({ minimum: CATALOGUE_MIN_LEVEL, maximum: CATALOGUE_MAX_LEVEL, description: 'Required unless fromDefault; 1 is the mildest' })
  @unlessFromDefault('level')
  @NotWithFromDefault()
  @IsInt()
  @Min(CATALOGUE_MIN_LEVEL)
  @Max(CATALOGUE_MAX_LEVEL)
  level?: number;

  @ApiPropertyOptional({ enum: RESPONSE_EFFECTS, default: 'none', description: 'jail and community_service only on a sanction; fixed once created' })
  @IsOptionalNotNull()
  @NotWithFromDefault()
  @IsIn(RESPONSE_EFFECTS)
  effect?: ResponseEffect;

  @ApiPropertyOptional({
    description:
      'A sanction restricting liberty (jail, curfew, electronic monitoring, home detention): only the judge orders it, at a hearing. Defaults to true for jail and the codes CURFEW, ELECTRONIC_MONITORING and HOME_DETENTION; fixed once created',
  })
  @IsOptionalNotNull()
  @NotWithFromDefault()
  @IsBoolean()
  restrictsLiberty?: boolean;
}

/** Kind, code and effect are fixed once created (responses copy them); anything else is refused as unknown. */
export class UpdateCatalogueEntryDto {
  @ApiPropertyOptional({ maxLength: CATALOGUE_NAME_MAX_LENGTH })
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CATALOGUE_NAME_MAX_LENGTH)
  name?: string;

  @ApiPropertyOptional({ ...TRANSLATIONS_SCHEMA, description: 'Replaces the name in other languages; {} removes them all' })
  @IsOptionalNotNull()
  @TrimTranslations()
  @IsTranslations(TRANSLATED_FIELDS)
  translations?: Translations<CatalogueEntryTranslatedField>;

  @ApiPropertyOptional({ minimum: CATALOGUE_MIN_LEVEL, maximum: CATALOGUE_MAX_LEVEL })
  @IsOptionalNotNull()
  @IsInt()
  @Min(CATALOGUE_MIN_LEVEL)
  @Max(CATALOGUE_MAX_LEVEL)
  level?: number;

  @ApiPropertyOptional({ description: 'A retired (inactive) entry cannot be ordered any more; responses already ordered keep it' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class CatalogueEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() programId: string;
  @ApiProperty({ enum: RESPONSE_KINDS }) kind: ResponseKind;
  @ApiProperty() code: string;
  @ApiProperty({ description: 'As the court entered it' }) name: string;
  @ApiProperty({ ...TRANSLATIONS_SCHEMA, description: 'The name in other languages, as stored ({} when none)' })
  translations: Translations<CatalogueEntryTranslatedField>;
  @ApiProperty({ minimum: CATALOGUE_MIN_LEVEL, maximum: CATALOGUE_MAX_LEVEL }) level: number;
  @ApiProperty({ enum: RESPONSE_EFFECTS }) effect: ResponseEffect;
  @ApiProperty({ description: 'Restricts liberty: only the judge orders it, at a hearing the participant attended or waived' }) restrictsLiberty: boolean;
  @ApiProperty() active: boolean;
  @ApiProperty() createdAt: string;
  @ApiProperty() updatedAt: string;

  static of(entry: ResponseCatalogueEntry): CatalogueEntryDto {
    return {
      id: entry.id,
      programId: entry.programId,
      kind: entry.kind,
      code: entry.code,
      name: entry.name,
      translations: entry.translations,
      level: entry.level,
      effect: entry.effect,
      restrictsLiberty: entry.restrictsLiberty || entry.effect === 'jail',
      active: entry.active,
      createdAt: entry.createdAt.toISOString(),
      updatedAt: entry.updatedAt.toISOString(),
    };
  }
}
