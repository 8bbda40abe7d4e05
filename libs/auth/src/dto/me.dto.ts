import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LANGUAGES, type Language } from '@app/core';
import { IsIn, ValidateIf } from 'class-validator';
import { COURT_ROLES, Permission } from '../permissions';

export class MembershipDto {
  @ApiProperty() courtId: string;
  @ApiProperty({ description: "The court's code", example: 'DEMO' }) code: string;
  @ApiProperty({ enum: COURT_ROLES }) role: string;
  @ApiProperty({ type: String, nullable: true, description: 'Provider organisation of a treatment provider' }) organisationId: string | null;
}

/** A membership of the signed-in user, with its court's language. */
export class MeMembershipDto extends MembershipDto {
  @ApiProperty({ enum: LANGUAGES, description: "The court's language: the screens' language for a user who has not chosen one" }) language: Language;
  @ApiProperty({
    enum: Permission,
    isArray: true,
    description: "What the role lets the user do in this court, so a screen offers only the actions the API would take; the API still checks each request (and the record's scope)",
  })
  permissions: Permission[];
}

export class MeDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['staff', 'participant'] }) kind: 'staff' | 'participant';
  @ApiProperty() displayName: string;
  @ApiProperty({ nullable: true, enum: ['system_admin'] }) systemRole: string | null;
  @ApiProperty({ type: [MeMembershipDto] }) memberships: MeMembershipDto[];
  @ApiProperty({ enum: Permission, isArray: true, description: "What the system role lets the user do in every court (empty without one)" })
  systemPermissions: Permission[];
  @ApiProperty({ type: String, nullable: true, description: "A participant's own record" }) participantId: string | null;
  @ApiProperty({
    nullable: true,
    enum: ['mfa-enrolment-required', 'secret-change-required'],
    description: 'A step the user must take before using anything else',
  })
  signInIncomplete: string | null;
  @ApiProperty() secondFactorEnabled: boolean;
  @ApiProperty({ nullable: true, enum: LANGUAGES, description: "The user's own language; null follows the court's" })
  language: Language | null;
}

/** What a signed-in user may change about themselves. Absent fields stay as they are. */
export class UpdateMeDto {
  @ApiPropertyOptional({ nullable: true, enum: LANGUAGES, description: "The user's own language for every screen; null follows the court's" })
  @ValidateIf((_object, value) => value !== undefined)
  @IsIn([...LANGUAGES, null], { message: `language must be one of ${LANGUAGES.join(', ')}, or null to follow the court's language` })
  language?: Language | null;
}
