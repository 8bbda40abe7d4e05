import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNumber, IsOptional, Max, Min, ValidateNested } from 'class-validator';
import { SUBSTANCE_PANELS, type SubstancePanel } from '../../entities/drug-test-result.entity';

export class TestPanelInputDto {
  @ApiProperty({ enum: SUBSTANCE_PANELS, example: 'thc' })
  @IsIn(SUBSTANCE_PANELS)
  substance: SubstancePanel;

  @ApiProperty({ example: 50, description: 'Initial screen cut-off, ng/mL: a screen reading below it is negative' })
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(1_000_000)
  screenCutoffNgMl: number;

  @ApiPropertyOptional({ type: Number, nullable: true, example: 15, description: "Confirmation cut-off, ng/mL (not above the screen's); null: the laboratory's own" })
  @IsOptional()
  @IsNumber({ maxDecimalPlaces: 3, allowNaN: false, allowInfinity: false })
  @Min(0.001)
  @Max(1_000_000)
  confirmationCutoffNgMl?: number | null;
}

export class ReplaceTestPanelsDto {
  @ApiProperty({ type: [TestPanelInputDto], maxItems: SUBSTANCE_PANELS.length, description: "The program's whole list; [] removes every cut-off" })
  @IsArray()
  @ArrayMaxSize(SUBSTANCE_PANELS.length)
  @ValidateNested({ each: true })
  @Type(() => TestPanelInputDto)
  panels: TestPanelInputDto[];
}

export class TestPanelDto {
  @ApiProperty({ enum: SUBSTANCE_PANELS }) substance: SubstancePanel;
  @ApiProperty() screenCutoffNgMl: number;
  @ApiProperty({ type: Number, nullable: true }) confirmationCutoffNgMl: number | null;
}
