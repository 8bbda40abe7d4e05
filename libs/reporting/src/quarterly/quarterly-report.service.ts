import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Permission, Principal } from '@app/auth';
import { Clock, courtDateAt, ValidationFailedError, type Language } from '@app/core';
import { CourtAccess, requireCourt } from '@app/courts';
import { SwiftnessService } from '@app/violations';
import { DataSource } from 'typeorm';
import { FidelityService } from '../fidelity/fidelity.service';
import { OutcomeMeasuresService } from '../outcomes/outcome-measures.service';
import { PhaseMeasuresService } from '../phase-measures.service';
import { ResultTurnaroundService } from '../result-turnaround.service';
import { TestingFidelityService } from '../testing-fidelity.service';
import { parseQuarter } from './quarter';
import { renderQuarterlyReport } from './quarterly-report-document';

/**
 * The court's quarterly report for its funder: one PDF in the court's
 * language, made from the same services as the measures screens (each
 * audits its own read), never recomputed here.
 */
@Injectable()
export class QuarterlyReportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly testingFidelity: TestingFidelityService,
    private readonly phaseMeasures: PhaseMeasuresService,
    private readonly turnaround: ResultTurnaroundService,
    private readonly swiftness: SwiftnessService,
    private readonly outcomes: OutcomeMeasuresService,
    private readonly fidelity: FidelityService,
  ) {}

  async render(principal: Principal, courtId: string, quarterText: string, options: { compress?: boolean } = {}): Promise<Buffer> {
    CourtAccess.holding(principal, courtId, Permission.MeasuresRead);
    const quarter = parseQuarter(quarterText);
    if (!quarter) throw new ValidationFailedError([{ field: 'quarter', message: 'must be a quarter written YYYY-Qn, e.g. 2026-Q3' }]);
    const court = await requireCourt(this.dataSource.manager, courtId);
    const now = this.clock.now();
    const today = courtDateAt(now, court.timeZone);
    if (quarter.from > today) throw new ValidationFailedError([{ field: 'quarter', message: `has not begun (court date today is ${today})` }]);
    // A quarter under way is reported up to today.
    const to = quarter.to > today ? today : quarter.to;
    const [testing, phases, turnaround, swiftness, outcomes, equity, fidelity] = await Promise.all([
      this.testingFidelity.measure(principal, courtId, quarter.from, to),
      this.phaseMeasures.measure(principal, courtId, quarter.from, to),
      this.turnaround.measure(principal, courtId, quarter.from, to),
      this.swiftness.measure(principal, courtId, quarter.from, to),
      this.outcomes.measure(principal, courtId, quarter.from, to),
      this.outcomes.measure(principal, courtId, quarter.from, to, { groupBy: 'raceEthnicity' }),
      this.fidelity.measure(principal, courtId, quarter.from, to),
    ]);
    return renderQuarterlyReport(
      court.name,
      { quarter: { ...quarter, to }, asOf: today, testing, phases, turnaround, swiftness, outcomes, equity, fidelity },
      court.language as Language,
      now,
      options,
    );
  }
}
