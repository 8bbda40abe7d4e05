import { ApiProperty } from '@nestjs/swagger';

export class ProgramTurnaroundDto {
  @ApiProperty({ nullable: true, type: String, description: 'Null for participants in no program' }) programId: string | null;
  @ApiProperty({ nullable: true, type: String }) programCode: string | null;
  @ApiProperty({ nullable: true, type: String }) programName: string | null;
  @ApiProperty({ description: 'Collections of the period with a result' }) collections: number;
  @ApiProperty({ description: 'Of them, confirmed by a laboratory' }) confirmed: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Median hours from collection to the result that settles it (the confirmation, else the screen)' })
  medianHours: number | null;
  @ApiProperty({ nullable: true, type: Number, description: '90th percentile of the same hours' }) p90Hours: number | null;
}

export class ResultTurnaroundDto {
  @ApiProperty() courtId: string;
  @ApiProperty({ example: '2026-09-01' }) from: string;
  @ApiProperty({ example: '2026-11-30' }) to: string;
  @ApiProperty({ type: [ProgramTurnaroundDto] }) byProgram: ProgramTurnaroundDto[];
}
