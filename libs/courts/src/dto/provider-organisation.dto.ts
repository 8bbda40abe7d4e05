import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { ProviderOrganisation } from '../provider-organisation.entity';
import { IsOptionalNotNull, Trim } from './validators';

export class CreateProviderOrganisationDto {
  @ApiProperty({ example: 'Riverside Recovery' })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;
}

export class UpdateProviderOrganisationDto {
  @ApiPropertyOptional()
  @IsOptionalNotNull()
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ description: 'An inactive organisation cannot be given new provider staff' })
  @IsOptionalNotNull()
  @IsBoolean()
  active?: boolean;
}

export class ProviderOrganisationDto {
  @ApiProperty() id: string;
  @ApiProperty() courtId: string;
  @ApiProperty() name: string;
  @ApiProperty() active: boolean;

  static of(organisation: ProviderOrganisation): ProviderOrganisationDto {
    return { id: organisation.id, courtId: organisation.courtId, name: organisation.name, active: organisation.active };
  }
}
