import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { type CalendarDate, Clock, courtDateAt, daysBetween, type FieldProblem, ValidationFailedError } from '@app/core';
import { assertEnrolled, enrolmentFacts } from '@app/participants';
import { DataSource } from 'typeorm';
import { courtTesting } from '../draw/court-schedule';
import { TestingOrder } from '../entities/testing-order.entity';
import { CreateTestingOrderDto, TestingOrderDto } from './dto/testing-order.dto';

/** The longest order: a year. */
export const MAX_ORDER_DAYS = 365;

const toDto = (row: TestingOrder, today: CalendarDate): TestingOrderDto => ({
  id: row.id,
  participantId: row.participantId,
  testsPerWeek: Number(row.testsPerWeek),
  startsOn: row.startsOn,
  endsOn: row.endsOn,
  reason: row.reason,
  orderedBy: row.orderedBy,
  createdAt: row.createdAt.toISOString(),
  inForce: row.startsOn <= today && today <= row.endsOn,
});

/** The problems with an order's period: not starting in the past, not ending before it starts, at most a year long. */
export function orderPeriodProblems(startsOn: CalendarDate, endsOn: CalendarDate, today: CalendarDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (startsOn < today) problems.push({ field: 'startsOn', message: `is in the past (today is ${today}, court time)` });
  if (endsOn < startsOn) problems.push({ field: 'endsOn', message: 'is before startsOn' });
  else if (daysBetween(startsOn, endsOn) > MAX_ORDER_DAYS) problems.push({ field: 'endsOn', message: `is more than ${MAX_ORDER_DAYS} days after startsOn` });
  return problems;
}

/**
 * Court orders of increased testing (a sanction): for their period the
 * draw uses the highest order in force when it exceeds the phase's frequency.
 */
@Injectable()
export class TestingOrdersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async create(principal: Principal, participantId: string, input: CreateTestingOrderDto): Promise<TestingOrderDto> {
    const grant = await this.access.participant(principal, Permission.DrugTestOrder, participantId);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const facts = await enrolmentFacts(manager, participantId, now);
      assertEnrolled(facts);
      const problems = orderPeriodProblems(input.startsOn, input.endsOn, facts.today);
      if (problems.length > 0) throw new ValidationFailedError(problems);
      const order = await manager.save(
        manager.create(TestingOrder, {
          courtId: grant.courtId,
          participantId,
          testsPerWeek: input.testsPerWeek,
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          reason: input.reason,
          orderedBy: principal.userId,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        {
          action: 'testing_order.create',
          entityType: 'testing_order',
          entityIds: [order.id],
          details: { testsPerWeek: input.testsPerWeek, startsOn: input.startsOn, endsOn: input.endsOn, reason: input.reason },
        },
        manager,
      );
      return toDto(order, facts.today);
    });
  }

  /** A participant's orders, latest first, each saying whether it is in force today. */
  async list(principal: Principal, participantId: string): Promise<TestingOrderDto[]> {
    const grant = await this.access.participant(principal, Permission.DrugTestOrder, participantId);
    const today = courtDateAt(this.clock.now(), (await courtTesting(this.dataSource.manager, grant.courtId)).timeZone);
    const rows = await this.dataSource.manager.find(TestingOrder, { where: { participantId }, order: { startsOn: 'DESC', createdAt: 'DESC' } });
    await this.access.record(principal, [grant], { action: 'testing_order.read', entityType: 'testing_order', entityIds: rows.map((r) => r.id) });
    return rows.map((row) => toDto(row, today));
  }
}
