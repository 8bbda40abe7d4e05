import { Module } from '@nestjs/common';
import { PhasePlansController } from './phase-plans.controller';
import { PhasePlansService } from './phase-plans.service';
import { ProgramReader } from './program-reader';
import { ProgramTemplatesController } from './program-templates.controller';
import { ProgramsController } from './programs.controller';
import { ProgramsService } from './programs.service';

/**
 * Programs and their versioned phase plans, with templates per model.
 * Access and the audit log come from the global AuthModule.
 */
@Module({
  controllers: [ProgramTemplatesController, ProgramsController, PhasePlansController],
  providers: [ProgramReader, ProgramsService, PhasePlansService],
  exports: [ProgramReader, ProgramsService, PhasePlansService],
})
export class ProgramsModule {}
