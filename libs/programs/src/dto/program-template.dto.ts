import { ApiProperty } from '@nestjs/swagger';
import { CHARGE_CATEGORIES, PROGRAM_MODELS, SCREENING_PARTIES } from '../program-model';
import type { ChargeCategory, ProgramModel, ScreeningParty } from '../program-model';
import type { ProgramTemplate } from '../program-templates';
import { PhaseRequirementsDto } from './phase-plan.dto';

export class ProgramTemplateDto {
  @ApiProperty({ enum: PROGRAM_MODELS }) model: ProgramModel;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: SCREENING_PARTIES, isArray: true }) requiredApprovals: ScreeningParty[];
  @ApiProperty({ enum: CHARGE_CATEGORIES, isArray: true }) excludedChargeCategories: ChargeCategory[];
  @ApiProperty({ type: [PhaseRequirementsDto] }) phases: PhaseRequirementsDto[];

  static of(template: ProgramTemplate): ProgramTemplateDto {
    return {
      model: template.model,
      name: template.name,
      description: template.description,
      requiredApprovals: [...template.requiredApprovals],
      excludedChargeCategories: [...template.excludedChargeCategories],
      phases: template.phases.map(PhaseRequirementsDto.of),
    };
  }
}
