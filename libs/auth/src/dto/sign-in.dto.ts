import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'casemanager' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username: string;

  @ApiProperty({ example: 'demo-password' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password: string;

  @ApiPropertyOptional({ description: 'Current code of the authenticator app, when the account has a second factor', example: '123456' })
  @IsOptional()
  @Matches(/^\d{6}$/, { message: 'totp must be the 6-digit code from the authenticator app' })
  totp?: string;
}

export class ParticipantLoginDto {
  @ApiProperty({ description: "The court's code", example: 'DEMO' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(16)
  court: string;

  @ApiProperty({ example: 'D-0001' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  participantNumber: string;

  @ApiProperty({ example: '135790' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(32)
  pin: string;
}

export class RefreshDto {
  @ApiProperty()
  @IsString()
  @IsNotEmpty()
  @MaxLength(128)
  refreshToken: string;
}

export class ChangeSecretDto {
  @ApiProperty({ description: 'The current password (staff) or PIN (participants)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  currentSecret: string;

  @ApiProperty({ description: 'Staff: a password of 12-256 characters. Participants: a PIN of 6-12 digits.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  newSecret: string;
}

export class ConfirmTotpDto {
  @ApiProperty({ example: '123456' })
  @Matches(/^\d{6}$/, { message: 'code must be the 6-digit code from the authenticator app' })
  code: string;
}

export class TokenPairDto {
  @ApiProperty() accessToken: string;
  @ApiProperty() refreshToken: string;
  @ApiProperty({ description: 'When the access token expires' }) accessTokenExpiresAt: string;
  @ApiProperty({ enum: ['Bearer'] }) tokenType: 'Bearer';
}

export class TotpSetupDto {
  @ApiProperty({ description: 'Base32 secret, for typing into an authenticator app' }) secret: string;
  @ApiProperty({ description: 'otpauth:// URI, for a QR code' }) otpauthUri: string;
}
