import { Module } from '@nestjs/common';
import { MeasuresController } from './measures.controller';
import { PhaseMeasuresService } from './phase-measures.service';
import { TestingFidelityService } from './testing-fidelity.service';
import { ResultTurnaroundService } from './result-turnaround.service';
import { OutcomesController } from './outcomes.controller';
import { OutcomeMeasuresService } from './outcomes/outcome-measures.service';

/** Reports for the court and its funders: testing fidelity, phase progress and outcomes, read with SQL aggregates over the domain tables. */
@Module({
  controllers: [MeasuresController, OutcomesController],
  providers: [TestingFidelityService, PhaseMeasuresService, ResultTurnaroundService, OutcomeMeasuresService],
  exports: [TestingFidelityService, PhaseMeasuresService, OutcomeMeasuresService],
})
export class ReportingModule {}
