import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { COURT_ROLES } from '../permissions';

export class MembershipDto {
  @ApiProperty() courtId: string;
  @ApiProperty({ description: "The court's code", example: 'DEMO' }) code: string;
  @ApiProperty({ enum: COURT_ROLES }) role: string;
  @ApiPropertyOptional({ nullable: true, description: 'Provider organisation of a treatment provider' }) organisationId: string | null;
}

export class MeDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['staff', 'participant'] }) kind: 'staff' | 'participant';
  @ApiProperty() displayName: string;
  @ApiPropertyOptional({ nullable: true, enum: ['system_admin'] }) systemRole: string | null;
  @ApiProperty({ type: [MembershipDto] }) memberships: MembershipDto[];
  @ApiPropertyOptional({ nullable: true, description: "A participant's own record" }) participantId: string | null;
  @ApiPropertyOptional({
    nullable: true,
    enum: ['mfa-enrolment-required', 'secret-change-required'],
    description: 'A step the user must take before using anything else',
  })
  signInIncomplete: string | null;
  @ApiProperty() secondFactorEnabled: boolean;
}
