import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsCalendarDate, IsOptionalNotNull, Trim } from '@app/core';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsOptional, IsString, Length, MaxLength } from 'class-validator';

export class CreateAdmittedUseDto {
  @ApiProperty({ example: '2026-11-18', description: 'The (last) court-local day of use; not after the admission' })
  @IsCalendarDate()
  usedOn: string;

  @ApiPropertyOptional({ example: '2026-11-20', description: 'Court-local date of the admission; today when omitted, never in the future' })
  @IsOptionalNotNull()
  @IsCalendarDate()
  admittedOn?: string;

  @ApiProperty({ example: ['alcohol'], description: 'Substances admitted to, as the participant named them' })
  @Transform(({ value }) => (Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v.trim() : v)) : value))
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ArrayUnique((s: unknown) => (typeof s === 'string' ? s.toLowerCase() : s))
  @IsString({ each: true })
  @Length(1, 60, { each: true })
  substances: string[];

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 1000 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class AdmittedUseDto {
  @ApiProperty() id: string;
  @ApiProperty() participantId: string;
  @ApiProperty() usedOn: string;
  @ApiProperty() admittedOn: string;
  @ApiProperty({ type: [String] }) substances: string[];
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: String, nullable: true }) recordedBy: string | null;
  @ApiProperty() createdAt: string;
}
