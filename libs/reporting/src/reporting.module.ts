import { Module } from '@nestjs/common';
import { MeasuresController } from './measures.controller';
import { PhaseMeasuresService } from './phase-measures.service';
import { TestingFidelityService } from './testing-fidelity.service';
import { ResultTurnaroundService } from './result-turnaround.service';

/** Reports for the court and its funders: testing fidelity and phase progress, read with SQL aggregates over the domain tables. */
@Module({
  controllers: [MeasuresController],
  providers: [TestingFidelityService, PhaseMeasuresService, ResultTurnaroundService],
  exports: [TestingFidelityService, PhaseMeasuresService],
})
export class ReportingModule {}
