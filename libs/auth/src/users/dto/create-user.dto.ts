import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { STAFF_ROLES, type StaffRole } from '../../permissions';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/**
 * A new staff account with its first court role. There is no `systemRole`
 * field: the system administrator's role cannot be granted through the API.
 * There is no password either: the owner sets their own through the
 * one-time activation link the answer carries.
 */
export class CreateUserDto {
  @ApiProperty({ example: 'jsmith', description: 'Sign-in name, stored lower-case: 3-64 of a-z, 0-9, dot, underscore, hyphen' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsString()
  @Matches(/^[a-z0-9._-]{3,64}$/, { message: 'username must be 3 to 64 letters, digits, dots, underscores or hyphens' })
  username: string;

  @ApiProperty({ example: 'Jordan Smith' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  displayName: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'jsmith@court.example.gov' })
  @IsOptional()
  @Transform(trim)
  @IsEmail()
  @MaxLength(254)
  email?: string | null;

  @ApiProperty({ description: 'The court of the first membership' })
  @IsUUID()
  courtId: string;

  @ApiProperty({ enum: STAFF_ROLES })
  @IsIn(STAFF_ROLES, { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  role: StaffRole;

  @ApiPropertyOptional({ type: String, nullable: true, description: "Required for a treatment_provider (one of the court's provider organisations); refused otherwise" })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

export class UserListQueryDto {
  @ApiPropertyOptional({ description: 'Only users with a membership in this court' })
  @IsOptional()
  @IsUUID()
  courtId?: string;
}

export class AssignMembershipDto {
  @ApiProperty({ enum: STAFF_ROLES, description: 'Participant accounts come from enrolment, not from here' })
  @IsIn(STAFF_ROLES, { message: `role must be one of ${STAFF_ROLES.join(', ')}` })
  role: StaffRole;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Required for a treatment_provider; refused otherwise' })
  @IsOptional()
  @IsUUID()
  organisationId?: string | null;
}

/**
 * A password reset takes no password: no administrator chooses one, and a
 * field carrying one (the `temporaryPassword` of old) is refused as unknown.
 */
export class ResetPasswordDto {
  @ApiPropertyOptional({ example: 'forgotten password, confirmed by phone', description: 'Why, for the audit log' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(300)
  reason?: string;
}

export class ResetPinDto {
  @ApiProperty({ example: '135790', description: 'A temporary PIN of 6-12 digits; the participant must replace it at their next sign-in' })
  @IsString()
  @MaxLength(32)
  pin: string;
}
