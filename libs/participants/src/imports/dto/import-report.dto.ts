import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';

export const IMPORT_KINDS = ['participants', 'drug-tests', 'violations', 'responses', 'hearings', 'criminal-history'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export class ImportQueryDto {
  @ApiPropertyOptional({ default: true, description: 'Check the file and report every problem, writing nothing (the default); `false` imports it' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  dryRun?: boolean;
}

export class ImportProblemDto {
  @ApiProperty({ description: 'Line of the file (the header is line 1)' }) line: number;
  @ApiProperty({ type: String, nullable: true, description: 'The column, when the problem is about one' }) column: string | null;
  @ApiProperty({ example: 'unknown-program' }) code: string;
  @ApiProperty({ description: "The problem in the reader's language" }) message: string;
}

export class ImportReportDto {
  @ApiProperty({ enum: IMPORT_KINDS }) kind: ImportKind;
  @ApiProperty() dryRun: boolean;
  @ApiProperty({ description: 'Data lines read (the header not counted)' }) lines: number;
  @ApiProperty({ description: 'New participants or records: to be created (dry run) or created' }) created: number;
  @ApiProperty({ description: 'Lines already in the court (a participant by number, a history record by participant and source id): left as they are' }) alreadyPresent: number;
  @ApiProperty({ type: [ImportProblemDto], description: 'Every problem, line by line; a file with any imports nothing' }) problems: ImportProblemDto[];
  @ApiPropertyOptional({
    description:
      "Participants file: the court's participants in the program with no PIN issued yet, counting this file's (after it, for a dry run). They are in no draw until the court issues their PIN",
  })
  needingPin?: number;
}
