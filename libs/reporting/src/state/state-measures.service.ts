import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { ForbiddenError, Permission, Principal } from '@app/auth';
import { Clock } from '@app/core';
import { SwiftnessService } from '@app/violations';
import { DataSource } from 'typeorm';
import {
  StateFidelityDto,
  StateOutcomeMeasuresDto,
  StatePhaseMeasuresDto,
  StateResultTurnaroundDto,
  StateSwiftnessDto,
  StateTestingFidelityDto,
} from '../dto/state-measures.dto';
import { FidelityService } from '../fidelity/fidelity.service';
import { checkMeasurePeriod } from '../measure-period';
import { OutcomeMeasuresService } from '../outcomes/outcome-measures.service';
import type { DemographicDimension } from '@app/participants';
import { PhaseMeasuresService } from '../phase-measures.service';
import { ResultTurnaroundService } from '../result-turnaround.service';
import { TestingFidelityService } from '../testing-fidelity.service';

/**
 * The court measures for the whole state: each measure's own service run
 * over every court at once (`measureCourts`), so a statewide figure is the
 * same computation as a court's, never a second one that could drift.
 * Only the system administrator holds `measures.read_state`; each read is
 * written to the system's audit chain with the measure and the period.
 */
@Injectable()
export class StateMeasuresService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly testingFidelity: TestingFidelityService,
    private readonly phases: PhaseMeasuresService,
    private readonly turnaround: ResultTurnaroundService,
    private readonly swiftness: SwiftnessService,
    private readonly outcomes: OutcomeMeasuresService,
    private readonly fidelity: FidelityService,
  ) {}

  testingFidelityOf(principal: Principal, from: string, to: string): Promise<StateTestingFidelityDto> {
    return this.read(principal, 'testing_fidelity', from, to, (courtIds) => this.testingFidelity.measureCourts(courtIds, from, to));
  }

  phasesOf(principal: Principal, from: string, to: string): Promise<StatePhaseMeasuresDto> {
    const now = this.clock.now();
    return this.read(principal, 'phases', from, to, async (courtIds) => ({ from, to, at: now.toISOString(), ...(await this.phases.measureCourts(courtIds, from, to, now)) }));
  }

  resultTurnaroundOf(principal: Principal, from: string, to: string): Promise<StateResultTurnaroundDto> {
    return this.read(principal, 'result_turnaround', from, to, (courtIds) => this.turnaround.measureCourts(courtIds, from, to));
  }

  swiftnessOf(principal: Principal, from: string, to: string): Promise<StateSwiftnessDto> {
    return this.read(principal, 'swiftness', from, to, (courtIds) => this.swiftness.measureCourts(courtIds, from, to));
  }

  outcomesOf(principal: Principal, from: string, to: string, groupBy?: DemographicDimension): Promise<StateOutcomeMeasuresDto> {
    return this.read(principal, 'outcomes', from, to, (courtIds) => this.outcomes.measureCourts(courtIds, from, to, { groupBy }), { groupBy: groupBy ?? null });
  }

  fidelityOf(principal: Principal, from: string, to: string): Promise<StateFidelityDto> {
    return this.read(principal, 'fidelity', from, to, async (courtIds) => ({ from, to, lines: await this.fidelity.measureCourts(courtIds, from, to) }));
  }

  /** Every court, active or not: a court closed this year still has this year's history. */
  private async courtIds(): Promise<string[]> {
    const rows = (await this.dataSource.query(`SELECT id FROM courts ORDER BY code`)) as Array<{ id: string }>;
    return rows.map((r) => r.id);
  }

  /**
   * A statewide read: the permission, the period, every court's id for
   * `compute`, and the audit row on the system's chain. Public so the
   * measures of modules built on this one (the funnel, equity) are read
   * for the state the same way.
   */
  async read<T extends object>(
    principal: Principal,
    measure: string,
    from: string,
    to: string,
    compute: (courtIds: string[]) => Promise<T>,
    details: Record<string, unknown> = {},
  ): Promise<T & { courts: number }> {
    // The route's guard checks the permission too; the service does not rely on it.
    if (!principal.hasSystemWide(Permission.MeasuresReadState)) throw new ForbiddenError(`Your role does not allow ${Permission.MeasuresReadState}.`);
    checkMeasurePeriod(from, to);
    const courtIds = await this.courtIds();
    const figures = await compute(courtIds);
    await this.audit.record(principal.auditActor(null), {
      courtId: null,
      action: `measures.state_${measure}_read`,
      entityType: 'court',
      entityIds: [],
      basis: `role:${principal.systemRole}`,
      details: { from, to, ...details, courts: courtIds.length },
    });
    return { courts: courtIds.length, ...figures };
  }
}
