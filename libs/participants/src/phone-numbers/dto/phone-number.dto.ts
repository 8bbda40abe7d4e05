import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptionalNotNull, Trim } from '@app/core';
import { IsBoolean, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';

export class CreatePhoneNumberDto {
  @ApiProperty({
    example: '+1 312 555 0101',
    description: 'With the country code; spaces, dashes, dots and brackets are ignored, `00` counts as `+`. Stored and shown in E.164.',
  })
  @Trim()
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  phoneE164: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'mobile', maxLength: 60, description: "The participant's own word for it" })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(60)
  label?: string | null;

  @ApiPropertyOptional({
    default: false,
    description: "The participant's consent to receive text messages at this number (reminders, and answers to text call-ins they did not send)",
  })
  @IsOptionalNotNull()
  @IsBoolean()
  smsOptIn?: boolean;
}

export class UpdatePhoneNumberDto {
  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 60 })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(60)
  label?: string | null;

  @ApiPropertyOptional({ description: "The participant's consent to receive text messages at this number" })
  @IsOptionalNotNull()
  @IsBoolean()
  smsOptIn?: boolean;
}

export class PhoneNumberDto {
  @ApiProperty() id: string;
  @ApiProperty({ example: '+13125550101' }) phoneE164: string;
  @ApiProperty({ type: String, nullable: true }) label: string | null;
  @ApiProperty({ description: 'The participant agreed to receive texts at this number' }) smsOptIn: boolean;
  @ApiProperty({
    description: 'The number replied STOP: no text goes to it, whatever smsOptIn says, until it replies START (carriers require that the phone itself says so)',
  })
  optedOut: boolean;
  @ApiProperty() createdAt: string;
}
