import { Module } from '@nestjs/common';
import { ViolationsModule } from '@app/violations';
import { MeasuresController } from './measures.controller';
import { PhaseMeasuresService } from './phase-measures.service';
import { TestingFidelityService } from './testing-fidelity.service';
import { ResultTurnaroundService } from './result-turnaround.service';
import { OutcomesController } from './outcomes.controller';
import { OutcomeMeasuresService } from './outcomes/outcome-measures.service';
import { StateMeasuresController } from './state/state-measures.controller';
import { StateMeasuresService } from './state/state-measures.service';
import { QuarterlyReportController } from './quarterly/quarterly-report.controller';
import { QuarterlyReportService } from './quarterly/quarterly-report.service';
import { FidelityController } from './fidelity/fidelity.controller';
import { FidelityService } from './fidelity/fidelity.service';
import { FidelityCasesService } from './fidelity/fidelity-cases.service';
import { TestingFidelitySummaryService } from './testing-fidelity-summary.service';

/** What the worker needs to keep the measures' summaries (the testing fidelity weeks) in step. */
@Module({
  providers: [TestingFidelitySummaryService],
  exports: [TestingFidelitySummaryService],
})
export class ReportingJobsModule {}

/**
 * Reports for the court and its funders: testing fidelity, phase progress, outcomes and the fidelity dashboard, read
 * with SQL aggregates over the domain tables; and the same measures over every court for the state (swiftness is read from violations).
 */
@Module({
  // The summary's service too, so an API instance can refresh on demand (the bench, the tests).
  imports: [ViolationsModule, ReportingJobsModule],
  controllers: [MeasuresController, OutcomesController, StateMeasuresController, FidelityController, QuarterlyReportController],
  providers: [TestingFidelityService, PhaseMeasuresService, ResultTurnaroundService, OutcomeMeasuresService, StateMeasuresService, FidelityService, FidelityCasesService, QuarterlyReportService],
  exports: [TestingFidelityService, PhaseMeasuresService, ResultTurnaroundService, OutcomeMeasuresService, FidelityService, StateMeasuresService],
})
export class ReportingModule {}
