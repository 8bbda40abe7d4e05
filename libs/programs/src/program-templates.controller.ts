import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, Permission } from '@app/auth';
import { ProgramTemplateDto } from './dto/program-template.dto';
import { PROGRAM_TEMPLATES } from './program-templates';

@ApiTags('programs')
@Controller('program-templates')
export class ProgramTemplatesController {
  @Get()
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: 'The ready-made program templates, one per program model (treatment court, HOPE probation, deferred judgment)' })
  @ApiOkResponse({ type: [ProgramTemplateDto] })
  list(): ProgramTemplateDto[] {
    return PROGRAM_TEMPLATES.map(ProgramTemplateDto.of);
  }
}
