import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';

/** `/public/courts/{code}`: the code as printed on a participant's papers. */
export class PublicCourtCodeParams {
  @ApiProperty({ example: 'DEMO', description: "The court's public code" })
  @Matches(/^[A-Z0-9-]{2,16}$/, { message: 'code must be a court code (2-16 capital letters, digits or hyphens)' })
  code: string;
}

/**
 * What the sign-in page shows a participant who typed their court's code,
 * before they sign in: whose page it is, and whom to call when the PIN is
 * forgotten. Nothing about any person.
 */
export class PublicCourtDto {
  @ApiProperty({ example: 'DEMO' }) code: string;
  @ApiProperty({ example: 'Demo County Treatment Court' }) name: string;
  @ApiProperty({ type: String, nullable: true, example: '+13125550199', description: 'The number a person answers for participants (E.164); null when the court gave none' })
  helpNumber: string | null;
}

export class MissingWordingDto {
  @ApiProperty({ enum: ['phase', 'milestone', 'catalogue_entry', 'courtroom', 'testing_site'] }) kind: string;
  @ApiProperty({ example: 'Stabilisation', description: 'As the court entered it' }) text: string;
  @ApiProperty({ type: String, nullable: true, example: 'ATC', description: "The program's code (phases, milestones, catalogue entries)" }) programCode: string | null;
  @ApiProperty({ type: [String], example: ['es'], description: 'The languages it has no wording in' }) languages: string[];
}

/** What the court's people read that the court has not worded: for the administrator's screens. */
export class WordingReportDto {
  @ApiProperty({ type: [String], example: ['es', 'pt'], description: "The languages the court's members chose other than the court's own" }) languages: string[];
  @ApiProperty({ type: [MissingWordingDto] }) missing: MissingWordingDto[];
}
