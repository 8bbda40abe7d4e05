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
  @ApiProperty() secondFactorEnabled: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'Locked out after failed sign-ins until then' }) lockedUntil: string | null;
  @ApiProperty({ type: [MembershipDto], description: "Memberships in the courts the caller administers (every court for the system administrator)" })
  memberships: MembershipDto[];
  @ApiProperty() createdAt: string;
}
