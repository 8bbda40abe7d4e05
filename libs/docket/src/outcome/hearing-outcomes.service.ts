import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, courtDateAt, DomainError, isUniqueViolation, NotFoundError, ValidationFailedError } from '@app/core';
import { CourtAccess } from '@app/courts';
import { HearingOutcome, HearingsService } from '@app/hearings';
import { type HearingPresence, isDischarge, participantHeard, PhaseChangesService, StatusChangesService } from '@app/participants';
import { dismissOpenViolations, markHeard, markResponded, recordViolations, ResponsesService, settleAnswered } from '@app/violations';
import { DataSource, EntityManager } from 'typeorm';
import {
  AmendHearingOutcomeDto,
  HearingOutcomeDto,
  HearingOutcomeHistoryDto,
  OutcomeEffectsDto,
  RecordHearingOutcomeDto,
} from './dto/hearing-outcome.dto';
import { outcomeFingerprint } from './outcome-fingerprint';

interface HearingRow {
  id: string;
  participant_id: string;
  court_id: string;
  program_id: string | null;
  kind: string;
  status: string;
  scheduled_at: Date;
  time_zone: string;
}

/** What an outcome that orders nothing beyond attendance and notes leaves behind. */
export const noEffects = (): OutcomeEffectsDto => ({
  responses: [],
  violationsAnswered: [],
  violationsDismissed: [],
  failureToAppearViolationId: null,
  phaseChangeId: null,
  statusChangeId: null,
  nextHearingId: null,
});

const failureToAppearKey = (hearingId: string) => `hearing:${hearingId}:failed-to-appear`;

const toDto = (o: HearingOutcome, replayed: boolean): HearingOutcomeDto => ({
  id: o.id,
  hearingId: o.hearingId,
  participantId: o.participantId,
  version: o.version,
  attendance: o.attendance,
  notes: o.notes,
  effects: o.effects as unknown as OutcomeEffectsDto,
  amendmentReason: o.amendmentReason,
  recordedBy: o.recordedBy,
  recordedAt: o.recordedAt.toISOString(),
  replayed,
});

/**
 * Recording what happened at a hearing, in one transaction: attendance (a
 * failure to appear is a violation, and may bring a bench warrant), the
 * court's responses from the catalogue (answering violations, which stops
 * their clocks), dismissals, a promotion or demotion, a status change and
 * the next hearing. Each part goes through the service that owns it, inside
 * this transaction, so any refusal leaves nothing written. A repeat of the
 * same request returns what was recorded; a changed outcome is a new version.
 */
@Injectable()
export class HearingOutcomesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly responses: ResponsesService,
    private readonly phases: PhaseChangesService,
    private readonly statuses: StatusChangesService,
    private readonly hearings: HearingsService,
    private readonly clock: Clock,
  ) {}

  async record(principal: Principal, hearingId: string, input: RecordHearingOutcomeDto): Promise<HearingOutcomeDto> {
    const grant = await this.hearings.hearingGrant(principal, hearingId, Permission.HearingRecordOutcome);
    const fingerprint = outcomeFingerprint(input);
    try {
      return await this.dataSource.transaction((manager) => this.recordIn(manager, principal, grant, hearingId, input, fingerprint));
    } catch (error) {
      // Two identical requests at once: the second waited on the hearing's lock, or lost the race for version 1.
      if (isUniqueViolation(error, 'hearing_outcomes_hearing_version_key')) {
        return this.dataSource.transaction((manager) => this.recordIn(manager, principal, grant, hearingId, input, fingerprint));
      }
      throw error;
    }
  }

  private async recordIn(
    manager: EntityManager,
    principal: Principal,
    grant: ParticipantGrant,
    hearingId: string,
    input: RecordHearingOutcomeDto,
    fingerprint: string,
  ): Promise<HearingOutcomeDto> {
    const hearing = await this.lockHearing(manager, grant.participantId, hearingId);
    if (hearing.status === 'held') {
      const latest = await this.latest(manager, hearingId);
      if (latest && latest.fingerprint === fingerprint) return toDto(latest, true);
      throw new ConflictError(
        'outcome-already-recorded',
        'Outcome already recorded',
        'This hearing already has an outcome; amend it (PATCH …/outcome) rather than recording it again.',
        { version: latest?.version ?? null },
      );
    }
    if (hearing.status === 'cancelled') throw new ConflictError('hearing-cancelled', 'Hearing cancelled', 'A cancelled hearing has no outcome.');
    const now = this.clock.now();
    const hearingDay = courtDateAt(hearing.scheduled_at, hearing.time_zone);
    if (hearingDay > courtDateAt(now, hearing.time_zone)) {
      throw new ConflictError('hearing-not-held-yet', 'Hearing not held yet', `The hearing is on ${hearingDay}; its outcome can be recorded from that day.`);
    }
    this.assertCoherent(input);
    this.assertHolds(principal, grant, input);

    // Liberty, demotion and discharge need the participant heard: present, or their waiver recorded (DESIGN rule 8).
    const presence: HearingPresence = { attendance: input.attendance, waiver: input.presenceWaiver ?? null };
    // Held first: a discharge ordered below cancels the participant's upcoming hearings, never this one.
    await manager.query(`UPDATE hearings SET status = 'held' WHERE id = $1`, [hearingId]);
    const effects = noEffects();
    if (input.attendance === 'failed_to_appear') {
      [effects.failureToAppearViolationId = null] = await recordViolations(manager, [
        {
          courtId: grant.courtId,
          participantId: grant.participantId,
          kind: 'failure_to_appear',
          detectedAt: now,
          sourceKey: failureToAppearKey(hearingId),
          evidence: { hearingId },
        },
      ]);
    }
    if (hearing.kind === 'warning' && input.attendance === 'appeared') {
      // The judge has explained the rules: testing begins the next court day (HOPE). The first such hearing counts.
      await manager.query(`UPDATE participants SET warning_hearing_on = COALESCE(warning_hearing_on, $2) WHERE id = $1`, [grant.participantId, hearingDay]);
    }
    const takenUp: string[] = [];
    for (const [i, response] of (input.responses ?? []).entries()) {
      const saved = await prefixed(`responses.${i}`, () =>
        this.responses.recordIn(manager, principal, grant, { ...response, hearingId, orderedOn: hearingDay }, { hearing: presence }),
      );
      effects.responses.push({ id: saved.id!, code: saved.code, kind: saved.kind, violationIds: saved.violationIds, warnings: saved.warnings });
      takenUp.push(...saved.violationIds);
    }
    effects.violationsAnswered = await this.hear(manager, grant.participantId, hearingId, input, presence, takenUp, now);
    effects.violationsDismissed = await this.dismiss(manager, grant.participantId, input, now);
    if (input.phaseChange) {
      const change = await prefixed('phaseChange', () =>
        this.phases.changeIn(manager, principal, grant, { ...input.phaseChange!, hearingId, orderedOn: hearingDay }, presence),
      );
      effects.phaseChangeId = change.id;
    }
    const status = input.warrant ? { status: 'warrant' as const, reason: 'bench warrant: failed to appear at the hearing' } : input.statusChange;
    if (status) {
      const change = await prefixed(input.warrant ? 'warrant' : 'statusChange', () =>
        this.statuses.changeIn(manager, principal, grant, { ...status, effectiveOn: hearingDay }, presence),
      );
      effects.statusChangeId = change.id;
    }
    if (input.nextHearing) {
      const next = await this.hearings.scheduleInSession(manager, {
        ...input.nextHearing,
        participantId: grant.participantId,
        courtId: grant.courtId,
        programId: hearing.program_id,
        createdBy: principal.userId,
        field: 'nextHearing.sessionId',
      });
      effects.nextHearingId = next.id;
    }
    const outcome = await manager.save(
      manager.create(HearingOutcome, {
        hearingId,
        participantId: grant.participantId,
        version: 1,
        attendance: input.attendance,
        notes: input.notes ?? null,
        fingerprint,
        request: { ...input } as Record<string, unknown>,
        effects: effects as unknown as Record<string, unknown>,
        amendmentReason: null,
        recordedBy: principal.userId!,
      }),
    );
    await this.access.record(
      principal,
      [grant],
      { action: 'hearing.outcome', entityType: 'hearing', entityIds: [hearingId], details: { version: 1, attendance: input.attendance, effects } },
      manager,
    );
    return toDto(outcome, false);
  }

  /**
   * Amends the attendance or the notes: a new version, the earlier ones kept.
   * A failure to appear added raises its violation; one withdrawn dismisses
   * it. Orders (responses, phase and status changes, the next hearing) have
   * their own routes and are not undone here, which the effects say.
   */
  async amend(principal: Principal, hearingId: string, input: AmendHearingOutcomeDto): Promise<HearingOutcomeDto> {
    const grant = await this.hearings.hearingGrant(principal, hearingId, Permission.HearingRecordOutcome);
    return this.dataSource.transaction(async (manager) => {
      await this.lockHearing(manager, grant.participantId, hearingId);
      const latest = await this.latest(manager, hearingId);
      if (!latest) throw new ConflictError('outcome-not-recorded', 'No outcome yet', 'Record the outcome (POST …/outcome) before amending it.');
      const attendance = input.attendance ?? latest.attendance;
      const notes = input.notes === undefined ? latest.notes : input.notes;
      if (attendance === latest.attendance && notes === latest.notes) return toDto(latest, true);
      const now = this.clock.now();
      const effects: OutcomeEffectsDto = { ...(latest.effects as unknown as OutcomeEffectsDto), amendmentNotes: [] };
      if (attendance !== latest.attendance && latest.attendance === 'failed_to_appear') {
        const dismissed = await dismissOpenViolations(manager, { sourceKeys: [failureToAppearKey(hearingId)] }, `hearing outcome amended: ${input.reason}`, now);
        effects.amendmentNotes!.push(
          dismissed.length > 0 ? 'the failure-to-appear violation was dismissed' : 'the failure-to-appear violation was already answered and stays',
        );
        if (effects.statusChangeId) effects.amendmentNotes!.push('a warrant or status change ordered at the hearing stands until the court changes the status');
      }
      if (attendance === 'failed_to_appear' && latest.attendance !== 'failed_to_appear') {
        const [violationId] = await recordViolations(manager, [
          { courtId: grant.courtId, participantId: grant.participantId, kind: 'failure_to_appear', detectedAt: now, sourceKey: failureToAppearKey(hearingId), evidence: { hearingId } },
        ]);
        effects.failureToAppearViolationId = violationId ?? effects.failureToAppearViolationId;
        effects.amendmentNotes!.push(violationId ? 'a failure-to-appear violation was recorded' : 'the earlier failure-to-appear violation was not raised again');
      }
      const request = { ...latest.request, attendance, notes: notes ?? undefined };
      const outcome = await manager.save(
        manager.create(HearingOutcome, {
          hearingId,
          participantId: grant.participantId,
          version: latest.version + 1,
          attendance,
          notes,
          fingerprint: outcomeFingerprint(request),
          request,
          effects: effects as unknown as Record<string, unknown>,
          amendmentReason: input.reason,
          recordedBy: principal.userId!,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        {
          action: 'hearing.outcome_amend',
          entityType: 'hearing',
          entityIds: [hearingId],
          details: { version: outcome.version, before: { attendance: latest.attendance, notes: latest.notes }, after: { attendance, notes }, reason: input.reason },
        },
        manager,
      );
      return toDto(outcome, false);
    });
  }

  async history(principal: Principal, hearingId: string): Promise<HearingOutcomeHistoryDto> {
    const grant = await this.hearings.hearingGrant(principal, hearingId, Permission.DocketRead);
    const versions = await this.dataSource.manager.find(HearingOutcome, { where: { hearingId }, order: { version: 'ASC' } });
    await this.access.record(principal, [grant], { action: 'hearing.outcome_read', entityType: 'hearing', entityIds: [hearingId] });
    return { versions: versions.map((v) => toDto(v, false)) };
  }

  /** The participant's row, then the hearing's: the order every hearing change takes its locks in, so none deadlocks another. */
  private async lockHearing(manager: EntityManager, participantId: string, hearingId: string): Promise<HearingRow> {
    await manager.query(`SELECT 1 FROM participants WHERE id = $1 FOR UPDATE`, [participantId]);
    const [row] = (await manager.query(
      `SELECT h.id, h.participant_id, h.court_id, p.program_id, h.kind, h.status, h.scheduled_at, c.time_zone
         FROM hearings h JOIN participants p ON p.id = h.participant_id JOIN courts c ON c.id = h.court_id
        WHERE h.id = $1 FOR UPDATE OF h`,
      [hearingId],
    )) as HearingRow[];
    if (!row) throw new NotFoundError('hearing');
    return row;
  }

  private latest(manager: EntityManager, hearingId: string): Promise<HearingOutcome | null> {
    return manager.findOne(HearingOutcome, { where: { hearingId }, order: { version: 'DESC' } });
  }

  /** Orders that contradict each other are refused before anything is written. */
  private assertCoherent(input: RecordHearingOutcomeDto): void {
    const problems: Array<{ field: string; message: string }> = [];
    if (input.warrant && input.attendance !== 'failed_to_appear') problems.push({ field: 'warrant', message: 'is only issued when the participant failed to appear' });
    if (input.presenceWaiver !== undefined && input.attendance === 'appeared') {
      problems.push({ field: 'presenceWaiver', message: 'is only for a participant who was not present' });
    }
    if (input.warrant && input.statusChange) problems.push({ field: 'statusChange', message: 'cannot be ordered with a warrant (the warrant is the status change)' });
    if (input.attendance === 'failed_to_appear' && input.phaseChange?.direction === 'promote') {
      problems.push({ field: 'phaseChange', message: 'a participant who failed to appear is not promoted at this hearing' });
    }
    if (input.statusChange && isDischarge(input.statusChange.status) && input.nextHearing) {
      problems.push({ field: 'nextHearing', message: `a participant ${input.statusChange.status} leaves the program and has no next hearing` });
    }
    const answered = (input.responses ?? []).flatMap((r) => r.violationIds ?? []);
    (input.dismissals ?? []).forEach((d, i) => {
      if (answered.includes(d.violationId)) problems.push({ field: `dismissals.${i}.violationId`, message: 'is also answered by a response' });
      if ((input.heardViolationIds ?? []).includes(d.violationId)) problems.push({ field: `dismissals.${i}.violationId`, message: 'is also heard without a response' });
    });
    (input.heardViolationIds ?? []).forEach((id, i) => {
      if (answered.includes(id)) problems.push({ field: `heardViolationIds.${i}`, message: 'is also named by a response (that response answers it)' });
    });
    if ((input.heardViolationIds ?? []).length > 0 && !participantHeard({ attendance: input.attendance, waiver: input.presenceWaiver ?? null })) {
      problems.push({ field: 'heardViolationIds', message: 'a violation is heard only at a hearing the participant attended (or waived)' });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  /**
   * Each order needs its own permission in the court (the judge holds them
   * all), refused before anything is written. Dismissing a violation at a
   * hearing is the court's own decision, which recording the outcome covers.
   */
  private assertHolds(principal: Principal, grant: ParticipantGrant, input: RecordHearingOutcomeDto): void {
    const needed: Array<[boolean, Permission]> = [
      [(input.responses ?? []).length > 0, Permission.ResponseRecord],
      [input.phaseChange !== undefined, Permission.PhaseChange],
      [input.statusChange !== undefined || input.warrant === true, Permission.ParticipantStatusChange],
      [input.nextHearing !== undefined, Permission.HearingSchedule],
    ];
    for (const [wanted, permission] of needed) if (wanted) CourtAccess.holding(principal, grant.courtId, permission);
  }

  /**
   * The violations this hearing took up: those its responses name and those
   * it heard without a new response (a delegated response stands, or the
   * court decides on none, which is then their response). Held with the
   * participant present (or their waiver of presence recorded), each is
   * heard here and answered; otherwise (a failure to appear, an excused
   * absence) they stay open, their clocks running, until such a hearing.
   */
  private async hear(
    manager: EntityManager,
    participantId: string,
    hearingId: string,
    input: RecordHearingOutcomeDto,
    presence: HearingPresence,
    responded: string[],
    now: Date,
  ): Promise<string[]> {
    const heard = [...new Set(input.heardViolationIds ?? [])];
    if (heard.length > 0) {
      const open = new Set(
        (
          (await manager.query(`SELECT id FROM violations WHERE id = ANY($1::uuid[]) AND participant_id = $2 AND status = 'open' FOR UPDATE`, [
            heard,
            participantId,
          ])) as Array<{ id: string }>
        ).map((r) => r.id),
      );
      const problems = heard.flatMap((id, i) => (open.has(id) ? [] : [{ field: `heardViolationIds.${i}`, message: 'is not an open violation of this participant' }]));
      if (problems.length > 0) throw new ValidationFailedError(problems);
      await markResponded(manager, heard, now);
    }
    if (!participantHeard(presence)) return [];
    const takenUp = [...new Set([...responded, ...heard])];
    await markHeard(manager, takenUp, hearingId, now);
    return settleAnswered(manager, takenUp);
  }

  private async dismiss(manager: EntityManager, participantId: string, input: RecordHearingOutcomeDto, now: Date): Promise<string[]> {
    const dismissals = input.dismissals ?? [];
    if (dismissals.length === 0) return [];
    const open = new Set(
      (
        (await manager.query(`SELECT id FROM violations WHERE id = ANY($1::uuid[]) AND participant_id = $2 AND status = 'open' FOR UPDATE`, [
          dismissals.map((d) => d.violationId),
          participantId,
        ])) as Array<{ id: string }>
      ).map((r) => r.id),
    );
    const problems = dismissals.flatMap((d, i) => (open.has(d.violationId) ? [] : [{ field: `dismissals.${i}.violationId`, message: "is not an open violation of this participant" }]));
    if (problems.length > 0) throw new ValidationFailedError(problems);
    const dismissed: string[] = [];
    for (const d of dismissals) dismissed.push(...(await dismissOpenViolations(manager, { ids: [d.violationId] }, `dismissed at hearing: ${d.reason}`, now)));
    return dismissed;
  }
}

/** Runs one part of the outcome, naming its place in the request in any field error it raises. */
async function prefixed<T>(path: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof ValidationFailedError) {
      throw new ValidationFailedError(error.errors.map((e) => ({ field: `${path}.${e.field}`, message: e.message })));
    }
    if (error instanceof DomainError && !(error instanceof ValidationFailedError)) {
      error.extensions.at = path;
    }
    throw error;
  }
}
