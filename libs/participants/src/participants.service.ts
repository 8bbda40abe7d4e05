import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { ConflictError, type Language, translated } from '@app/core';
import { milestoneName, ProgramReader } from '@app/programs';
import { DataSource } from 'typeorm';
import { PhaseHistoryDto } from './dto/phase-change.dto';
import { ParticipantDetailDto, ReadinessDto, ScreeningViewDto } from './dto/participant.dto';
import { StatusChangeDto } from './dto/status.dto';
import { ParticipantStatusChange } from './entities/history.entities';
import { Participant } from './entities/participant.entity';
import { Screening, ScreeningDecision } from './entities/screening.entities';
import { NO_PIN_SQL, SUMMARY_COLUMNS, SUMMARY_FROM, SummaryRow, toSummary } from './caseload.service';
import { nextStatuses } from './participant-status';
import { ageAtReferral, raceAnswerOf } from './demographics/demographics';
import { PhaseStanding, ReadinessService } from './readiness.service';

/**
 * One participant's record: the whole of it, its status and phase history,
 * and its readiness. Every read goes through the access check and is audited.
 */
@Injectable()
export class ParticipantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly readiness: ReadinessService,
    private readonly programs: ProgramReader,
  ) {}

  async get(principal: Principal, id: string): Promise<ParticipantDetailDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, id, { providerMinimum: true });
    // A provider without a consent on file finds the client, and learns nothing more of the record.
    const limited = grant.organisationId !== null && !(await this.access.participants(principal, Permission.ParticipantRead, [id])).has(id);
    const [[row], participant, standing] = await Promise.all([
      this.dataSource.query(`SELECT ${SUMMARY_COLUMNS}, 1 AS total, ${NO_PIN_SQL('p')} AS no_pin FROM ${SUMMARY_FROM} WHERE p.id = $1`, [id]) as Promise<Array<SummaryRow & { no_pin: boolean }>>,
      this.dataSource.manager.findOneByOrFail(Participant, { id }),
      limited ? null : this.readiness.standing(principal, grant),
    ]);
    const screening = limited ? null : await this.screening(participant);
    await this.access.record(principal, [grant], {
      action: 'participant.read',
      entityType: 'participant',
      entityIds: [id],
      ...(limited ? { details: { view: 'minimum', reason: 'no consent on file' } } : {}),
    });
    if (limited) return minimumDetail(toSummary(row), participant);
    return {
      ...toSummary(row),
      limited: false,
      phasePlanId: participant.phasePlanId,
      enrolledOn: participant.enrolledOn,
      dischargedOn: participant.dischargedOn,
      referralSource: participant.referralSource,
      referredOn: participant.referredOn,
      arrestedOn: participant.arrestedOn,
      caseNumbers: participant.caseNumbers,
      charges: participant.charges,
      dateOfBirth: participant.dateOfBirth,
      gender: participant.gender,
      sex: participant.sex,
      ethnicity: participant.ethnicity,
      races: participant.races,
      raceDeclined: participant.raceDeclined,
      race: raceAnswerOf(participant),
      primaryLanguage: participant.primaryLanguage,
      ageAtReferral: ageAtReferral(participant.dateOfBirth, participant.referredOn),
      contact: participant.contact,
      disposition: participant.disposition,
      markedForExpungement: participant.markedForExpungement,
      nextStatuses: [...nextStatuses(participant.status)],
      accountId: participant.userId,
      noPinYet: row.no_pin,
      screening,
      readiness: standing ? toReadiness(standing) : null,
    };
  }

  /** 409 `participant-not-enrolled` for someone not (or no longer) in a phase. */
  /** The phase name is in `language` where the court gave one, else as the court entered it. */
  async readinessOf(principal: Principal, id: string, language: Language): Promise<ReadinessDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, id);
    const standing = await this.readiness.standing(principal, grant);
    await this.audit(principal, grant, 'participant.readiness_read');
    if (!standing) throw new ConflictError('participant-not-enrolled', 'Not enrolled', 'Readiness is measured against a current phase; this participant has none.');
    return toReadiness(standing, language);
  }

  async statusHistory(principal: Principal, id: string): Promise<StatusChangeDto[]> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, id);
    const changes = await this.dataSource.manager.find(ParticipantStatusChange, { where: { participantId: id }, order: { createdAt: 'ASC' } });
    await this.audit(principal, grant, 'participant.status_history_read');
    return changes.map((c) => ({
      id: c.id,
      fromStatus: c.fromStatus,
      toStatus: c.toStatus,
      reason: c.reason,
      effectiveOn: c.effectiveOn,
      changedBy: c.changedBy,
      createdAt: c.createdAt.toISOString(),
    }));
  }

  async phaseHistory(principal: Principal, id: string): Promise<PhaseHistoryDto[]> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, id);
    const rows = (await this.dataSource.query(
      `SELECT h.id, h.phase_plan_id, pp.version, h.phase_id, ph.position, ph.name, h.started_on::text, h.ended_on::text,
              h.start_reason, h.end_reason, h.order_note, h.remedial_plan, h.hearing_id, h.unmet_at_order
         FROM participant_phases h JOIN phases ph ON ph.id = h.phase_id JOIN phase_plans pp ON pp.id = h.phase_plan_id
        WHERE h.participant_id = $1 ORDER BY h.started_on, h.created_at`,
      [id],
    )) as Array<Record<string, never>>;
    await this.audit(principal, grant, 'participant.phase_history_read');
    return rows.map((r) => ({
      id: r.id,
      phasePlanId: r.phase_plan_id,
      planVersion: r.version,
      phaseId: r.phase_id,
      position: r.position,
      name: r.name,
      startedOn: r.started_on,
      endedOn: r.ended_on,
      startReason: r.start_reason,
      endReason: r.end_reason,
      orderNote: r.order_note,
      remedialPlan: r.remedial_plan,
      hearingId: r.hearing_id,
      unmetAtOrder: r.unmet_at_order,
    }));
  }

  private async screening(participant: Participant): Promise<ScreeningViewDto | null> {
    const participantId = participant.id;
    const screening = await this.dataSource.manager.findOne(Screening, { where: { participantId } });
    if (!screening) return null;
    const decisions = await this.dataSource.manager.find(ScreeningDecision, { where: { participantId }, order: { decidedOn: 'ASC' } });
    const program = participant.programId ? await this.programs.program(participant.programId) : null;
    return {
      legallyEligible: screening.legallyEligible,
      excludedCharges: screening.excludedCharges,
      otherExclusion: screening.otherExclusion,
      assessedOn: screening.assessedOn,
      instrument: screening.instrument,
      score: screening.score,
      riskLevel: screening.riskLevel,
      needLevel: screening.needLevel,
      decisions: decisions.map((d) => ({ party: d.party, decision: d.decision, reason: d.reason, decidedOn: d.decidedOn })),
      pendingApprovals: (program?.requiredApprovals ?? []).filter((party) => !decisions.some((d) => d.party === party)),
    };
  }

  private audit(principal: Principal, grant: ParticipantGrant, action: string): Promise<void> {
    return this.access.record(principal, [grant], { action, entityType: 'participant', entityIds: [grant.participantId] });
  }
}

/**
 * What a treatment provider sees of a client without a consent on file: who
 * they are (name, number, program and phase) and the referral, and none of
 * charges, case numbers, demographics, contact details, screening, disposition
 * or readiness (which carries sobriety and treatment facts).
 */
function minimumDetail(summary: ReturnType<typeof toSummary>, participant: Participant): ParticipantDetailDto {
  return {
    ...summary,
    limited: true,
    phasePlanId: null,
    enrolledOn: participant.enrolledOn,
    dischargedOn: participant.dischargedOn,
    referralSource: participant.referralSource,
    referredOn: participant.referredOn,
    arrestedOn: null,
    caseNumbers: [],
    charges: [],
    dateOfBirth: null,
    gender: null,
    sex: null,
    ethnicity: null,
    races: [],
    raceDeclined: false,
    race: null,
    primaryLanguage: null,
    ageAtReferral: null,
    contact: {},
    disposition: null,
    markedForExpungement: false,
    nextStatuses: [],
    accountId: null,
    noPinYet: false,
    screening: null,
    readiness: null,
  };
}

/** The API form of a standing, shared by one participant's readiness and the court's board; the phase name in `language` when given (as the court entered it otherwise). */
export function toReadiness(standing: PhaseStanding, language?: Language): ReadinessDto {
  const { phase, readiness } = standing;
  const name = language ? translated(phase.name, phase.translations, language, 'name') : phase.name;
  return {
    ready: readiness.ready,
    finalPhase: phase.position === standing.phaseCount,
    phase: { id: phase.id, position: phase.position, name },
    daysInPhase: readiness.daysInPhase,
    continuousSoberDays: readiness.continuousSoberDays,
    soberSince: readiness.soberSince,
    asOf: standing.today,
    // A milestone is court wording like the phase name: the reader's language when the court gave it.
    requirements: language
      ? readiness.requirements.map((r) => (r.code === 'milestone' && r.name ? { ...r, name: milestoneName(phase, r.name, language) } : r))
      : readiness.requirements,
  };
}
