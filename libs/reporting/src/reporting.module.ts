import { Module } from '@nestjs/common';
import { ViolationsModule } from '@app/violations';
import { MeasuresController } from './measures.controller';
import { PhaseMeasuresService } from './phase-measures.service';
import { TestingFidelityService } from './testing-fidelity.service';
import { ResultTurnaroundService } from './result-turnaround.service';
import { StateMeasuresController } from './state/state-measures.controller';
import { StateMeasuresService } from './state/state-measures.service';

/**
 * Reports for the court and its funders: testing fidelity and phase progress, read with SQL aggregates over the
 * domain tables; and the same measures over every court for the state (swiftness is read from violations).
 */
@Module({
  imports: [ViolationsModule],
  controllers: [MeasuresController, StateMeasuresController],
  providers: [TestingFidelityService, PhaseMeasuresService, ResultTurnaroundService, StateMeasuresService],
  exports: [TestingFidelityService, PhaseMeasuresService, ResultTurnaroundService],
})
export class ReportingModule {}
