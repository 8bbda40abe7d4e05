import { ApiProperty } from '@nestjs/swagger';
import { MembershipDto } from '../../dto/me.dto';

/** A user account as administrators see it: never a secret hash or a second-factor secret. */
export class UserDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['staff', 'participant'] }) kind: 'staff' | 'participant';
  @ApiProperty({ type: String, nullable: true, description: 'Null for participant accounts' }) username: string | null;
  @ApiProperty() displayName: string;
  @ApiProperty({ type: String, nullable: true }) email: string | null;
  @ApiProperty({ nullable: true, enum: ['system_admin'] }) systemRole: string | null;
  @ApiProperty() active: boolean;
  @ApiProperty({ type: String, nullable: true }) deactivatedAt: string | null;
  @ApiProperty({ description: 'Whether the user must replace an administrator-set password or PIN at next sign-in' }) mustChangeSecret: boolean;
  @ApiProperty({ description: 'A staff account whose owner has not set a password yet (through an activation link): it cannot sign in' })
  activationPending: boolean;
  @ApiProperty() secondFactorEnabled: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Locked out after failed sign-ins until then' }) lockedUntil: string | null;
  @ApiProperty({ type: [MembershipDto], description: "Memberships in the courts the caller administers (every court for the system administrator)" })
  memberships: MembershipDto[];
  @ApiProperty() createdAt: string;
}

/** A one-time link for an account's owner to set their own password: shown once, to be handed to them. */
export class ActivationLinkDto {
  @ApiProperty({ example: 'https://court.example.gov/activate#Xw2…', description: 'Works once, until expiresAt; never shown again' }) url: string;
  @ApiProperty({ description: '24 hours after issue' }) expiresAt: string;
}

/** A new staff account, with the activation link for its owner (the only time it is shown). */
export class CreatedUserDto extends UserDto {
  @ApiProperty({ type: ActivationLinkDto }) activation: ActivationLinkDto;
}
