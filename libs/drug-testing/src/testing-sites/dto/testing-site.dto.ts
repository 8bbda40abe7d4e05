import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, Trim } from '@app/core';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { TestingSiteWithPrograms } from '../testing-sites.service';

const MAX_PROGRAMS = 50;

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

  @ApiPropertyOptional({ nullable: true, maxLength: 2000, description: 'What to bring, where to park… shown to a selected participant' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  instructions?: string | null;

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

  @ApiPropertyOptional({ nullable: true, maxLength: 2000, description: 'null removes them' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(2000)
  instructions?: string | null;

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
  @ApiPropertyOptional({ nullable: true, type: String }) instructions: string | null;
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
      active: site.active,
      programIds,
      createdAt: site.createdAt.toISOString(),
      updatedAt: site.updatedAt.toISOString(),
    };
  }
}
