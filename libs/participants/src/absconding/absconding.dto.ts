import { ApiProperty } from '@nestjs/swagger';

export class PossiblyAbscondedDto {
  @ApiProperty() participantId: string;
  @ApiProperty({ type: String, nullable: true }) participantNumber: string | null;
  @ApiProperty() firstName: string;
  @ApiProperty() lastName: string;
  @ApiProperty() programCode: string;
  @ApiProperty({ description: 'The program’s threshold: days with no contact, call-in or test' }) thresholdDays: number;
  @ApiProperty({ description: 'Days since the last contact (a case note or a hearing attended), or since enrolment when none' }) daysSinceContact: number;
  @ApiProperty({ description: 'Days since the last call-in, or since enrolment when none' }) daysSinceCallIn: number;
  @ApiProperty({ description: 'Days since the last specimen collected, or since enrolment when none' }) daysSinceTest: number;
  @ApiProperty({ type: String, nullable: true }) lastContactOn: string | null;
  @ApiProperty({ type: String, nullable: true }) lastCallInOn: string | null;
  @ApiProperty({ type: String, nullable: true }) lastTestOn: string | null;
}

export class PossiblyAbscondedListDto {
  @ApiProperty() courtId: string;
  @ApiProperty({ description: 'The court’s today, the days are counted to' }) today: string;
  @ApiProperty({ type: [PossiblyAbscondedDto], description: 'Longest silence first' }) items: PossiblyAbscondedDto[];
}
