import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class ActivationTokenDto {
  @ApiProperty({ description: 'The token from the activation link (after its #)' })
  @IsString()
  @MaxLength(200)
  token: string;
}

export class ActivateAccountDto extends ActivationTokenDto {
  @ApiProperty({ description: 'The owner’s own password: 12-256 characters, not containing the username' })
  @IsString()
  @MaxLength(256)
  password: string;
}

/** Whose account a link activates, so the page can name it. */
export class ActivationInfoDto {
  @ApiProperty() username: string;
  @ApiProperty() displayName: string;
  @ApiProperty() expiresAt: string;
}

export class ActivatedAccountDto {
  @ApiProperty({ description: 'The username to sign in with' }) username: string;
}
