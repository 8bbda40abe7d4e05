import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RedisclosureNoticeService } from '@app/audit';
import { AccessService, consentBasis, consentCovering, CoveringConsent, ParticipantGrant, Permission, Principal } from '@app/auth';
import { addCalendarDays, Clock, isUuid, type Language, NotFoundError, translated } from '@app/core';
import { courtroomName, CourtAccess, notFoundAs } from '@app/courts';
import { PhaseStanding, ReadinessService } from '@app/participants';
import { milestoneName } from '@app/programs';
import { incentiveRatio } from '@app/violations';
import { DataSource } from 'typeorm';
import { benchCardParts, recordedSummary } from './bench-card';
import { CardFactsRow, cardFacts } from './bench-card-queries';
import { openProposalRows } from './docket-proposals';
import { DocketOrderKey, DocketOrderName, orderDocket } from './docket-order';
import {
  attendanceRows,
  DocketHearingRow,
  hearingRows,
  latestProgressRows,
  Period,
  periodFacts,
  PeriodFactsRow,
  ProgressRow,
  responseRows,
  SessionRow,
  sessionRow,
  violationRows,
} from './docket-queries';
import { DocketAttendanceDto, DocketDto, DocketEntryDto, DocketProgressDto, DocketProvidersDto, DocketViolationDto } from './dto/docket.dto';

const ATTENDANCE = 'treatment_attendance';
const PROGRESS = 'treatment_progress';
const HOUR = 3_600_000;

const withheld = (what: string) => `withheld: no valid consent covers disclosing ${what} about this participant to you`;

/**
 * The judge's docket for a court session: for each participant on it, in the
 * court's order, what happened since their last hearing. Every fact comes
 * from one statement for the whole session, so the number of queries does
 * not grow with the number of participants. Treatment information appears
 * only where a valid consent covers it for the reader, and says "withheld"
 * otherwise (never an empty list that would read as "nothing happened").
 */
@Injectable()
export class DocketService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly readiness: ReadinessService,
    private readonly notices: RedisclosureNoticeService,
    private readonly clock: Clock,
  ) {}

  async docket(principal: Principal, sessionId: string, language: Language): Promise<DocketDto> {
    const now = this.clock.now();
    const session = isUuid(sessionId) ? await sessionRow(this.dataSource.manager, sessionId, now) : undefined;
    if (!session) throw new NotFoundError('court session');
    notFoundAs('court session', () => CourtAccess.holding(principal, session.court_id, Permission.DocketRead));

    const scope = this.access.participantScope(principal, Permission.DocketRead, 1);
    const hearings = await hearingRows(this.dataSource.manager, sessionId, scope);
    const grants = hearings.map((h) => this.access.grantFor(principal, h.id, h.court_id));
    const periods = hearings.map((h) => periodOf(h, session));
    const manager = this.dataSource.manager;
    const [standings, facts, violations, responses, consents, card, proposals] = await Promise.all([
      this.readiness.standings(principal, grants),
      periodFacts(manager, session.court_id, periods),
      violationRows(manager, periods),
      responseRows(manager, periods),
      this.access.coveringConsentsForMany(principal, grants, [ATTENDANCE, PROGRESS]),
      cardFacts(
        manager,
        hearings.map((h) => ({ participantId: h.id, hearingId: h.hearing_id, lastHearingId: h.last_hearing_id, lastHearingOn: h.last_hearing_on, hearingAt: h.hearing_at, sessionDay: session.session_date })),
      ),
      openProposalRows(manager, hearings.map((h) => h.id)),
    ]);
    const consented = periods.filter((p) => consents.has(p.participantId));
    const [attendance, progress] = await Promise.all([
      attendanceRows(manager, consented),
      latestProgressRows(manager, consented.map((p) => p.participantId)),
    ]);

    const relied = new Set<string>();
    const treatment = treatmentFacts(consents, attendance, progress, relied);
    const factsById = new Map(facts.map((f) => [f.participant_id, f]));
    const cardById = new Map(card.map((c) => [c.participant_id, c]));
    const entries = hearings.map((h, i) =>
      entryOf(h, periods[i], language, {
        standing: standings.get(h.id),
        facts: factsById.get(h.id)!,
        card: cardById.get(h.id),
        violations: violations.filter((v) => v.participant_id === h.id).map((v) => violationOf(v, now)),
        responses: responses.filter((r) => r.participant_id === h.id),
        attendance: treatment.attendance(h.id),
        progress: treatment.progress(h.id),
        providers: treatment.providers(h.id, cardById.get(h.id)?.providers ?? []),
        proposals: proposals.filter((p) => p.participant_id === h.id),
      }),
    );
    const ordered = orderDocket(
      entries.map((entry) => ({ ...orderKey(entry), entry })),
      session.docket_order as DocketOrderName,
    ).map(({ entry }, i) => ({ ...entry, position: i + 1 }));

    await this.audit(principal, session, grants, treatment.disclosedTo, [...relied]);
    const notice = treatment.disclosedTo.size > 0 ? await this.notices.forCourt(session.court_id, language) : null;
    return {
      session: sessionOf(session, language),
      generatedAt: now.toISOString(),
      entries: ordered,
      redisclosureNotice: notice?.notice ?? null,
      lawName: notice?.lawName ?? null,
    };
  }

  /** One row for reading the docket, and one more naming the consents relied on when it carried treatment information. */
  private async audit(principal: Principal, session: SessionRow, grants: ParticipantGrant[], disclosedTo: Set<string>, consentIds: string[]): Promise<void> {
    if (grants.length === 0) return;
    await this.access.record(principal, grants, {
      action: 'docket.read',
      entityType: 'court_session',
      entityIds: [session.id],
      details: { participants: grants.length },
    });
    if (disclosedTo.size > 0) {
      await this.access.record(principal, grants.filter((g) => disclosedTo.has(g.participantId)), {
        action: 'treatment.docket_read',
        entityType: 'court_session',
        entityIds: [session.id],
        ...consentBasis(consentIds),
        details: { consentIds, information: [ATTENDANCE, PROGRESS] },
      });
    }
  }
}

/** Since the last hearing held (the day after it), or since enrolment; up to today, or the session day if earlier. */
function periodOf(h: DocketHearingRow, session: SessionRow): Period {
  const to = session.session_date < session.today ? session.session_date : session.today;
  const from = h.last_hearing_on ? addCalendarDays(h.last_hearing_on, 1) : (h.enrolled_on ?? to);
  return { participantId: h.id, from, to, since: h.last_hearing_at, lastHearingId: h.last_hearing_id };
}

function violationOf(v: { id: string; kind: string; status: string; detected_at: Date; deadline_at: Date }, now: Date): DocketViolationDto {
  const open = v.status === 'open';
  const hoursLeft = Math.round(((v.deadline_at.getTime() - now.getTime()) / HOUR) * 10) / 10;
  return {
    id: v.id,
    kind: v.kind,
    status: v.status,
    detectedAt: v.detected_at.toISOString(),
    deadlineAt: v.deadline_at.toISOString(),
    hoursLeft: open ? hoursLeft : null,
    overdue: open && hoursLeft < 0,
  };
}

/**
 * Treatment facts kept to what a consent covers: a row reported by an
 * organisation counts only under a consent letting that organisation (or any
 * of the court's providers) disclose it to the reader. `relied` collects the
 * consents used, for the audit.
 */
function treatmentFacts(consents: Map<string, CoveringConsent[]>, attendance: Awaited<ReturnType<typeof attendanceRows>>, progress: ProgressRow[], relied: Set<string>) {
  const disclosedTo = new Set<string>();
  const covering = (participantId: string, information: string, organisationId: string) => {
    const consent = consentCovering(consents.get(participantId) ?? [], information, organisationId);
    if (consent) {
      relied.add(consent.consentId);
      disclosedTo.add(participantId);
    }
    return consent !== undefined;
  };
  const covers = (participantId: string, information: string) => (consents.get(participantId) ?? []).some((c) => c.information === information);
  return {
    disclosedTo,
    attendance(participantId: string): DocketAttendanceDto {
      if (!covers(participantId, ATTENDANCE)) {
        return { withheld: true, withheldReason: withheld('treatment attendance'), attended: null, excused: null, noShow: null, upcoming: null };
      }
      disclosedTo.add(participantId);
      const rows = attendance.filter((a) => a.participant_id === participantId && covering(participantId, ATTENDANCE, a.organisation_id));
      const sum = (key: 'attended' | 'excused' | 'no_show' | 'upcoming') => rows.reduce((n, r) => n + Number(r[key]), 0);
      return { withheld: false, withheldReason: null, attended: sum('attended'), excused: sum('excused'), noShow: sum('no_show'), upcoming: sum('upcoming') };
    },
    /**
     * The providers treating the participant: that someone is a patient of a
     * treatment program is itself protected, so a provider is named only
     * under a consent letting it disclose treatment information to the reader.
     */
    providers(participantId: string, referred: CardFactsRow['providers']): DocketProvidersDto {
      if (!covers(participantId, ATTENDANCE) && !covers(participantId, PROGRESS)) return { withheld: true, providers: null };
      const named = referred.filter((r) => covering(participantId, ATTENDANCE, r.organisationId) || covering(participantId, PROGRESS, r.organisationId));
      if (named.length === 0 && referred.length > 0) return { withheld: true, providers: null };
      return { withheld: false, providers: named.map((r) => ({ name: r.name, referredOn: r.referredOn })) };
    },
    progress(participantId: string): DocketProgressDto {
      if (!covers(participantId, PROGRESS)) return { withheld: true, withheldReason: withheld('treatment progress'), latest: null };
      disclosedTo.add(participantId);
      const latest = progress
        .filter((r) => r.participant_id === participantId && covering(participantId, PROGRESS, r.organisation_id))
        .sort((a, b) => b.reported_on.localeCompare(a.reported_on))[0];
      return {
        withheld: false,
        withheldReason: null,
        latest: latest
          ? {
              id: latest.id,
              organisationName: latest.organisation_name,
              reportedOn: latest.reported_on,
              engagement: latest.engagement,
              levelOfCareRecommendation: latest.level_of_care_recommendation,
              narrative: latest.narrative,
            }
          : null,
      };
    },
  };
}

interface EntryParts {
  standing: PhaseStanding | undefined;
  facts: PeriodFactsRow;
  card: CardFactsRow | undefined;
  providers: DocketProvidersDto;
  violations: DocketViolationDto[];
  responses: Awaited<ReturnType<typeof responseRows>>;
  attendance: DocketAttendanceDto;
  progress: DocketProgressDto;
  proposals: Awaited<ReturnType<typeof openProposalRows>>;
}

/** Phase and catalogue names in `language` where the court gave them, else as it entered them. */
function entryOf(h: DocketHearingRow, period: Period, language: Language, parts: EntryParts): DocketEntryDto {
  const { standing, facts } = parts;
  const readiness = standing?.readiness;
  const communityService = readiness?.requirements.find((r) => r.code === 'community_service');
  const counts = { incentives: Number(facts.incentives), sanctions: Number(facts.sanctions), treatmentAdjustments: Number(facts.treatment_adjustments) };
  return {
    position: 0,
    hearing: {
      id: h.hearing_id,
      kind: h.hearing_kind,
      status: h.hearing_status,
      outcome: h.outcome_attendance ? { attendance: h.outcome_attendance, version: Number(h.outcome_version), ...recordedSummary(parts.card, language) } : null,
    },
    participant: {
      id: h.id,
      participantNumber: h.participant_number,
      firstName: h.first_name,
      lastName: h.last_name,
      status: h.status,
      programCode: h.program_code,
      hasPhoto: h.has_photo,
    },
    compliant: parts.violations.every((v) => v.status === 'dismissed'),
    since: { lastHearingId: h.last_hearing_id, lastHearingOn: h.last_hearing_on, from: period.from, to: period.to },
    phase: standing
      ? {
          id: standing.phase.id,
          position: standing.phase.position,
          name: translated(standing.phase.name, standing.phase.translations, language, 'name'),
          phaseCount: standing.phaseCount,
          daysInPhase: standing.readiness.daysInPhase,
          continuousSoberDays: standing.readiness.continuousSoberDays,
          soberSince: standing.readiness.soberSince,
        }
      : null,
    readiness: readiness
      ? {
          ready: readiness.ready,
          requirements: standing
            ? readiness.requirements.map((r) => (r.code === 'milestone' && r.name ? { ...r, name: milestoneName(standing.phase, r.name, language) } : r))
            : readiness.requirements,
          nextRequirements: readiness.requirements.filter((r) => r.met !== true).map((r) => r.summary),
        }
      : null,
    tests: {
      selected: Number(facts.selected),
      calledIn: Number(facts.called_in),
      collected: Number(facts.collected),
      results: facts.results ?? {},
      awaitingResults: Number(facts.awaiting),
      missedCallIns: Number(facts.missed_call_ins),
      missedTests: Number(facts.missed_tests),
    },
    violations: parts.violations,
    responses: parts.responses.map((r) => ({
      id: r.id,
      kind: r.kind,
      code: r.code,
      name: translated(r.name, r.translations, language, 'name'),
      effect: r.effect,
      amount: r.amount === null ? null : Number(r.amount),
      orderedOn: r.ordered_on,
    })),
    ratio: { ...counts, incentivesPerSanction: incentiveRatio(counts.incentives, counts.sanctions) },
    treatmentAttendance: parts.attendance,
    progressReport: parts.progress,
    communityService: {
      done: Number(facts.community_service_done),
      required: communityService?.required ?? 0,
      doneSinceLastHearing: Number(facts.community_service_since),
    },
    milestonesSinceLastHearing: facts.milestones_since,
    treatmentProposals: parts.proposals.map((p) => ({ id: p.id, kind: p.kind, source: p.source, proposedAt: p.proposed_at.toISOString(), proposedOn: p.proposed_on })),
    ...benchCardParts(parts.card, language, standing?.readiness.soberSince ?? null, parts.violations),
    treatmentProviders: parts.providers,
  };
}

function orderKey(e: DocketEntryDto): DocketOrderKey {
  const open = e.violations.filter((v) => v.status === 'open');
  return {
    id: e.participant.id,
    lastName: e.participant.lastName,
    firstName: e.participant.firstName,
    participantNumber: e.participant.participantNumber,
    compliant: e.compliant,
    overdue: open.filter((v) => v.overdue).length,
    earliestDeadline: open[0]?.deadlineAt ?? null,
  };
}

function sessionOf(s: SessionRow, language: Language): DocketDto['session'] {
  return {
    id: s.id,
    courtId: s.court_id,
    date: s.session_date,
    startTime: s.start_time,
    startsAt: s.starts_at.toISOString(),
    courtroom: courtroomName(s.courtroom, s.courtroom_translations, language),
    judge: s.judge_id ? { id: s.judge_id, name: s.judge_name! } : null,
    docketOrder: s.docket_order,
    special: s.special,
    status: s.status,
    timeZone: s.time_zone,
  };
}
