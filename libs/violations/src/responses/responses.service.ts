import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ForbiddenError, ParticipantGrant, Permission, Principal, Role } from '@app/auth';
import { addCalendarDays, Clock, ConflictError, courtDayBounds, ValidationFailedError } from '@app/core';
import {
  assertHeard,
  assertJudgeOrders,
  assertOwnHearing,
  assertRecordable,
  enrolmentFacts,
  type HearingPresence,
  lockParticipant,
  recordStatusChange,
} from '@app/participants';
import { addToOutbox, JobName } from '@app/queue';
import { DataSource, EntityManager } from 'typeorm';
import { CourtResponseDto, CreateResponseDto, ResponseHistoryDto } from '../dto/response.dto';
import { heldWithParticipantAt, markHeard, markResponded, settleAnswered } from '../violation-answers';
import { incentiveRatio, orderProblems, responseWarnings, type ResponseWarning } from './response-rules';
import { CourtOrdersService } from '../orders/court-orders.service';
import type { ResponseEffect, ResponseKind } from './response.entities';

interface EntryRow {
  id: string;
  kind: ResponseKind;
  code: string;
  name: string;
  level: number;
  effect: ResponseEffect;
  restricts_liberty: boolean;
  jail_limit_days: number;
  incentive_gap_weeks: number;
  delegated_responses: boolean;
}

interface HistoryRow {
  id: string;
  participant_id: string;
  kind: ResponseKind;
  code: string;
  name: string;
  level: number;
  effect: ResponseEffect;
  amount: string | null;
  tests_per_week: number | null;
  ordered_on: string;
  hearing_id: string | null;
  delegated: boolean;
  note: string | null;
  restricts_liberty: boolean;
  over_limit_reason: string | null;
  court_order_id: string | null;
  warnings: ResponseWarning[];
  violation_ids: string[];
  testing_order_id: string | null;
  custody_ends_at: Date | null;
  imported_at: Date | null;
}

/**
 * The court's responses: sanctions and incentives from the program's
 * graduated catalogue, and treatment adjustments, which are never counted
 * as sanctions. Recording one responds to its violations (they are answered,
 * and their clocks stop, once a hearing held with the participant took them
 * up) and applies its effect in the same transaction: a testing order the draw
 * reads, hours added to the community service required, or custody for the
 * days ordered with a job that returns the participant to active.
 */
@Injectable()
export class ResponsesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly orders: CourtOrdersService,
    private readonly clock: Clock,
  ) {}

  /** Records the response; with `dryRun`, only validates it and returns the warnings the court would see. */
  async record(principal: Principal, participantId: string, input: CreateResponseDto, options: { dryRun?: boolean } = {}): Promise<CourtResponseDto> {
    const grant = await this.access.participant(principal, Permission.ResponseRecord, participantId);
    return this.dataSource.transaction((manager) => this.recordIn(manager, principal, grant, input, options));
  }

  /**
   * Records the response inside the caller's transaction (a hearing's outcome
   * records several with everything else the court ordered, and passes the
   * participant's presence at it). The grant must come from
   * `access.participant` with `response.record`. A `hearingId` must be one
   * of the participant's hearings. A sanction restricting liberty is the
   * judge's alone and only at a hearing the participant attended or waived;
   * a check (`dryRun`) asks only the first.
   */
  async recordIn(
    manager: EntityManager,
    principal: Principal,
    grant: ParticipantGrant,
    input: CreateResponseDto,
    options: { dryRun?: boolean; hearing?: HearingPresence } = {},
  ): Promise<CourtResponseDto> {
    const participantId = grant.participantId;
    const delegated = principal.membershipIn(grant.courtId)?.role !== Role.Judge;
    const now = this.clock.now();
    const facts = await enrolmentFacts(manager, participantId, now, { lock: true });
    const orderedOn = input.orderedOn ?? facts.today;
    assertRecordable(facts, [{ field: 'orderedOn', date: orderedOn, notBeforeEnrolment: true }]);
    const entry = await this.entry(manager, input.catalogueEntryId, participantId);
    if (entry.restricts_liberty) {
      assertJudgeOrders(principal, grant.courtId, 'liberty');
      if (!options.dryRun) assertHeard(options.hearing, 'liberty');
    }
    if (delegated && !entry.delegated_responses) {
      throw new ForbiddenError('This program lets only the judge order responses; record it at a hearing.', 'delegation-not-allowed');
    }
    if (input.hearingId) await assertOwnHearing(manager, participantId, input.hearingId);
    const violationIds = [...new Set(input.violationIds ?? [])];
    const order = { kind: entry.kind, effect: entry.effect, level: entry.level, violationCount: violationIds.length, amount: input.amount, testsPerWeek: input.testsPerWeek };
    const problems = orderProblems(order);
    if (problems.length > 0) throw new ValidationFailedError(problems);
    await this.assertOpenViolations(manager, participantId, violationIds, input.hearingId !== undefined);
    const warnings = responseWarnings(order, await this.decisionContext(manager, participantId, entry, now));
    const overLimit = warnings.some((w) => w.code === 'jail_over_limit');
    if (input.overLimitReason !== undefined && !overLimit) {
      throw new ValidationFailedError([{ field: 'overLimitReason', message: "is only for jail longer than the program's limit" }]);
    }
    if (overLimit && input.overLimitReason === undefined && !options.dryRun) {
      throw new ValidationFailedError([
        { field: 'overLimitReason', message: `is required: jail longer than the program's limit of ${entry.jail_limit_days} days needs the judge's written reason` },
      ]);
    }
    const draft = { participantId, entry, input, orderedOn, delegated, warnings, violationIds };
    if (options.dryRun) return this.toDto({ ...draft, id: null, testingOrderId: null, custodyEndsAt: null, courtOrderId: null });
    const saved = await this.save(manager, principal, grant.courtId, draft, facts.timeZone, now);
    // Every sanction has its written order, made in this transaction: never a sanction without one.
    const courtOrderId = entry.kind === 'sanction' ? (await this.orders.issueIn(manager, saved.id, options.hearing)).id : null;
    await this.access.record(
      principal,
      [grant],
      {
        action: 'response.create',
        entityType: 'court_response',
        entityIds: [saved.id],
        details: { code: entry.code, kind: entry.kind, violationIds, warnings: warnings.map((w) => w.code), restrictsLiberty: entry.restricts_liberty, courtOrderId },
      },
      manager,
    );
    return this.toDto({ ...draft, ...saved, courtOrderId });
  }

  async history(principal: Principal, participantId: string): Promise<ResponseHistoryDto> {
    const grant = await this.access.participant(principal, Permission.ViolationRead, participantId);
    const rows = (await this.dataSource.query(
      `SELECT r.id, r.participant_id, r.kind, e.code, e.name, r.level, r.effect, r.amount, r.tests_per_week, r.ordered_on::text, r.hearing_id,
              r.delegated, r.note, r.restricts_liberty, r.over_limit_reason, o.id AS court_order_id, r.warnings, r.testing_order_id, r.custody_ends_at, r.imported_at,
              COALESCE((SELECT array_agg(rv.violation_id) FROM court_response_violations rv WHERE rv.response_id = r.id), '{}') AS violation_ids
         FROM court_responses r JOIN response_catalogue_entries e ON e.id = r.catalogue_entry_id
         LEFT JOIN court_orders o ON o.response_id = r.id
        WHERE r.participant_id = $1 ORDER BY r.ordered_on DESC, r.created_at DESC`,
      [participantId],
    )) as HistoryRow[];
    await this.access.record(principal, [grant], { action: 'response.read', entityType: 'court_response', entityIds: rows.map((r) => r.id) });
    const count = (kind: ResponseKind) => rows.filter((r) => r.kind === kind).length;
    return {
      items: rows.map((row) => ({
        id: row.id,
        participantId: row.participant_id,
        kind: row.kind,
        code: row.code,
        name: row.name,
        level: row.level,
        effect: row.effect,
        amount: row.amount === null ? null : Number(row.amount),
        testsPerWeek: row.tests_per_week,
        orderedOn: row.ordered_on,
        hearingId: row.hearing_id,
        delegated: row.delegated,
        note: row.note,
        restrictsLiberty: row.restricts_liberty,
        overLimitReason: row.over_limit_reason,
        courtOrderId: row.court_order_id,
        warnings: row.warnings,
        violationIds: row.violation_ids,
        testingOrderId: row.testing_order_id,
        custodyEndsAt: row.custody_ends_at?.toISOString() ?? null,
        importedAt: row.imported_at?.toISOString() ?? null,
        dryRun: false,
      })),
      ratio: {
        incentives: count('incentive'),
        sanctions: count('sanction'),
        treatmentAdjustments: count('treatment_adjustment'),
        incentivesPerSanction: incentiveRatio(count('incentive'), count('sanction')),
      },
    };
  }

  /** The active catalogue entry of the participant's own program, with the program's guard-rail settings. */
  private async entry(manager: EntityManager, entryId: string, participantId: string): Promise<EntryRow> {
    const [entry] = (await manager.query(
      `SELECT e.id, e.kind, e.code, e.name, e.level, e.effect, (e.restricts_liberty OR e.effect = 'jail') AS restricts_liberty, pr.jail_limit_days, pr.incentive_gap_weeks, pr.delegated_responses
         FROM response_catalogue_entries e
         JOIN programs pr ON pr.id = e.program_id
         JOIN participants p ON p.program_id = pr.id
        WHERE e.id = $1 AND p.id = $2 AND e.active`,
      [entryId, participantId],
    )) as EntryRow[];
    if (!entry) throw new ValidationFailedError([{ field: 'catalogueEntryId', message: "is not an active entry of the participant's program catalogue" }]);
    return entry;
  }

  /**
   * Every violation named must be the participant's and open (an answered one
   * already has the court's response). Outside a hearing, one already
   * responded to is refused too: it waits for its hearing, where the court
   * may let that response stand or order another.
   */
  private async assertOpenViolations(manager: EntityManager, participantId: string, violationIds: string[], atHearing: boolean): Promise<void> {
    if (violationIds.length === 0) return;
    const rows = (await manager.query(`SELECT id, status, responded_at FROM violations WHERE id = ANY($1::uuid[]) AND participant_id = $2 FOR UPDATE`, [
      violationIds,
      participantId,
    ])) as Array<{ id: string; status: string; responded_at: Date | null }>;
    if (rows.length !== violationIds.length) throw new ValidationFailedError([{ field: 'violationIds', message: "must all be this participant's violations" }]);
    const closed = rows.filter((r) => r.status !== 'open').map((r) => r.id);
    if (closed.length > 0) {
      throw new ConflictError('violation-not-open', 'Violation already answered', 'A violation named has already been answered or dismissed.', { violationIds: closed });
    }
    const responded = atHearing ? [] : rows.filter((r) => r.responded_at !== null).map((r) => r.id);
    if (responded.length > 0) {
      throw new ConflictError(
        'violation-already-responded',
        'Response already recorded',
        'A violation named already has a response and waits for its hearing; the court may add to it there.',
        { violationIds: responded },
      );
    }
  }

  private async decisionContext(manager: EntityManager, participantId: string, entry: EntryRow, now: Date) {
    const since = new Date(now.getTime() - entry.incentive_gap_weeks * 7 * 86_400_000);
    const [row] = (await manager.query(
      `SELECT COALESCE((SELECT max(level) FROM court_responses WHERE participant_id = $1 AND kind = 'sanction'), 0) AS highest,
              EXISTS (SELECT 1 FROM court_responses WHERE participant_id = $1 AND kind = 'incentive' AND created_at >= $2) AS recent_incentive,
              NOT EXISTS (SELECT 1 FROM violations WHERE participant_id = $1 AND detected_at >= $2)
                AND (SELECT enrolled_on FROM participants WHERE id = $1) <= $2::date AS clean`,
      [participantId, since],
    )) as Array<{ highest: number; recent_incentive: boolean; clean: boolean | null }>;
    return {
      jailLimitDays: entry.jail_limit_days,
      highestSanctionLevel: Number(row.highest),
      incentiveGapWeeks: entry.incentive_gap_weeks,
      cleanForGap: row.clean === true,
      recentIncentive: row.recent_incentive,
    };
  }

  /** The response, its violations answered, and its effect. */
  private async save(
    manager: EntityManager,
    principal: Principal,
    courtId: string,
    draft: { participantId: string; entry: EntryRow; input: CreateResponseDto; orderedOn: string; delegated: boolean; warnings: ResponseWarning[]; violationIds: string[] },
    timeZone: string,
    now: Date,
  ): Promise<{ id: string; testingOrderId: string | null; custodyEndsAt: Date | null }> {
    const { entry, input, orderedOn } = draft;
    let testingOrderId: string | null = null;
    let custodyEndsAt: Date | null = null;
    if (entry.effect === 'increased_testing') {
      [{ id: testingOrderId }] = (await manager.query(
        `INSERT INTO testing_orders (court_id, participant_id, tests_per_week, starts_on, ends_on, reason, ordered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [courtId, draft.participantId, input.testsPerWeek, orderedOn, addCalendarDays(orderedOn, input.amount! - 1), `sanction: ${entry.name}`, principal.userId],
      )) as Array<{ id: string }>;
    }
    if (entry.effect === 'jail') {
      const participant = await lockParticipant(manager, draft.participantId);
      if (participant.status !== 'active') {
        throw new ConflictError('participant-not-active', 'Participant not active', `A jail sanction needs an active participant; this one is ${participant.status.replace(/_/g, ' ')}.`);
      }
      await recordStatusChange(manager, participant, { to: 'in_custody', reason: `jail sanction: ${input.amount} day(s)`, effectiveOn: orderedOn, by: principal.userId });
      custodyEndsAt = courtDayBounds(addCalendarDays(orderedOn, input.amount! - 1), timeZone).end;
    }
    const [{ id }] = (await manager.query(
      `INSERT INTO court_responses (court_id, participant_id, catalogue_entry_id, kind, level, effect, amount, tests_per_week, ordered_on, hearing_id,
                                    delegated, note, warnings, testing_order_id, custody_ends_at, ordered_by, restricts_liberty, over_limit_reason)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18) RETURNING id`,
      [
        courtId,
        draft.participantId,
        entry.id,
        entry.kind,
        entry.level,
        entry.effect,
        input.amount ?? null,
        input.testsPerWeek ?? null,
        orderedOn,
        input.hearingId ?? null,
        draft.delegated,
        input.note ?? null,
        JSON.stringify(draft.warnings),
        testingOrderId,
        custodyEndsAt,
        principal.userId,
        entry.restricts_liberty,
        input.overLimitReason ?? null,
      ],
    )) as Array<{ id: string }>;
    if (draft.violationIds.length > 0) {
      await manager.query(`INSERT INTO court_response_violations (response_id, violation_id) SELECT $1, unnest($2::uuid[])`, [id, draft.violationIds]);
      // Responded. Answered (the clock stops) only once a hearing held with the participant took the violation up:
      // a response against a hearing already held so is heard there; one at a hearing being recorded is heard by its outcome.
      await markResponded(manager, draft.violationIds, now);
      const heldAt = input.hearingId ? await heldWithParticipantAt(manager, input.hearingId) : null;
      if (heldAt) await markHeard(manager, draft.violationIds, input.hearingId!, heldAt);
      await settleAnswered(manager, draft.violationIds);
    }
    if (custodyEndsAt) {
      await addToOutbox(manager, { job: JobName.CustodyEnd, key: `response:${id}:custody-end`, payload: { responseId: id }, runAt: custodyEndsAt });
    }
    return { id, testingOrderId, custodyEndsAt };
  }

  private toDto(d: {
    id: string | null;
    participantId: string;
    entry: EntryRow;
    input: CreateResponseDto;
    orderedOn: string;
    delegated: boolean;
    warnings: ResponseWarning[];
    violationIds: string[];
    testingOrderId: string | null;
    custodyEndsAt: Date | null;
    courtOrderId: string | null;
  }): CourtResponseDto {
    return {
      id: d.id,
      participantId: d.participantId,
      kind: d.entry.kind,
      code: d.entry.code,
      name: d.entry.name,
      level: d.entry.level,
      effect: d.entry.effect,
      amount: d.input.amount ?? null,
      testsPerWeek: d.input.testsPerWeek ?? null,
      orderedOn: d.orderedOn,
      hearingId: d.input.hearingId ?? null,
      delegated: d.delegated,
      note: d.input.note ?? null,
      restrictsLiberty: d.entry.restricts_liberty,
      overLimitReason: d.input.overLimitReason ?? null,
      courtOrderId: d.courtOrderId,
      warnings: d.warnings,
      violationIds: d.violationIds,
      testingOrderId: d.testingOrderId,
      custodyEndsAt: d.custodyEndsAt?.toISOString() ?? null,
      importedAt: null,
      dryRun: d.id === null,
    };
  }
}

