import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class RevokeConsentDto {
  // Optional: a participant may revoke for any reason or none (42 CFR §2.31(a)(6)); a form must not stand in the way.
  @ApiPropertyOptional({ maxLength: 1000, example: 'The participant asked to revoke it at the hearing.' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(1000)
  reason?: string;
}
