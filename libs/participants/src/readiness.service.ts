import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Principal } from '@app/auth';
import { Clock } from '@app/core';
import { Phase, ProgramReader } from '@app/programs';
import { DataSource, EntityManager } from 'typeorm';
import { phaseReadiness, Readiness } from './phase-readiness';

/** Readiness of one participant, with the phase it is measured against. */
export interface PhaseStanding {
  participantId: string;
  phase: Phase;
  /** Phases in the participant's plan; `phase.position === phaseCount` is the last. */
  phaseCount: number;
  today: string;
  readiness: Readiness;
}

interface FactsRow {
  id: string;
  phase_id: string;
  enrolled_on: string;
  phase_started_on: string;
  today: string;
  last_use_on: string | null;
  community_service_hours: string;
  community_service_ordered: string;
  fees_paid: string;
  milestones: string[];
  sessions: string;
  phase_count: number;
}

/**
 * Gathers the facts phase readiness needs for many participants in one
 * query (never one per participant) and applies the pure rule to each.
 * Treatment attendance counts only where a consent lets the reader see it.
 */
@Injectable()
export class ReadinessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly programs: ProgramReader,
    private readonly clock: Clock,
  ) {}

  /** Standing of every enrolled participant among the grants; others are absent from the map. */
  async standings(principal: Principal, grants: readonly ParticipantGrant[], manager: EntityManager = this.dataSource.manager): Promise<Map<string, PhaseStanding>> {
    const result = new Map<string, PhaseStanding>();
    if (grants.length === 0) return result;
    const rows = (await manager.query(
      `WITH p AS (
         SELECT p.id, p.phase_id, p.phase_plan_id, p.enrolled_on, p.phase_started_on,
                ($2::timestamptz AT TIME ZONE ct.time_zone)::date AS today
           FROM participants p JOIN courts ct ON ct.id = p.court_id
          WHERE p.id = ANY($1::uuid[]) AND p.phase_id IS NOT NULL AND p.enrolled_on IS NOT NULL)
       SELECT p.id, p.phase_id, p.enrolled_on::text, p.phase_started_on::text, p.today::text,
              (SELECT max(d)::text FROM (
                 SELECT max(t.tested_on) AS d FROM drug_test_results t
                  WHERE t.participant_id = p.id AND NOT t.overturned AND t.outcome NOT IN ('negative', 'invalid', 'prescribed') AND t.tested_on <= p.today
                 UNION ALL
                 SELECT max(a.used_on) FROM substance_use_admissions a WHERE a.participant_id = p.id AND a.used_on <= p.today) AS uses
              ) AS last_use_on,
              (SELECT coalesce(sum(l.amount), 0) FROM participant_ledger_entries l
                WHERE l.participant_id = p.id AND l.kind = 'community_service' AND l.occurred_on <= p.today) AS community_service_hours,
              (SELECT coalesce(sum(r.amount), 0) FROM court_responses r
                WHERE r.participant_id = p.id AND r.effect = 'community_service' AND r.ordered_on <= p.today) AS community_service_ordered,
              (SELECT coalesce(sum(l.amount), 0) FROM participant_ledger_entries l
                WHERE l.participant_id = p.id AND l.kind = 'fee_payment' AND l.occurred_on <= p.today) AS fees_paid,
              (SELECT coalesce(array_agg(m.name), '{}') FROM participant_milestones m
                WHERE m.participant_id = p.id AND m.achieved_on <= p.today) AS milestones,
              (SELECT count(*) FROM treatment_attendance ta
                WHERE ta.participant_id = p.id AND ta.attendance = 'attended' AND ta.session_on > p.today - 7 AND ta.session_on <= p.today) AS sessions,
              (SELECT max(x.position) FROM phases x WHERE x.phase_plan_id = p.phase_plan_id) AS phase_count
         FROM p`,
      [grants.map((g) => g.participantId), this.clock.now()],
    )) as FactsRow[];
    if (rows.length === 0) return result;
    const byId = new Map(grants.map((g) => [g.participantId, g]));
    const [phases, attendanceVisible] = await Promise.all([
      this.programs.phases(rows.map((r) => r.phase_id), manager),
      this.access.participantsWithConsent(principal, rows.map((r) => byId.get(r.id)!), 'treatment_attendance'),
    ]);
    for (const row of rows) {
      const phase = phases.get(row.phase_id)!;
      const readiness = phaseReadiness(
        {
          today: row.today,
          enrolledOn: row.enrolled_on,
          phaseStartedOn: row.phase_started_on,
          lastUseOn: row.last_use_on,
          treatmentSessionsLast7Days: attendanceVisible.has(row.id) ? Number(row.sessions) : 'withheld',
          communityServiceHours: Number(row.community_service_hours),
          communityServiceOrdered: Number(row.community_service_ordered),
          feesPaid: Number(row.fees_paid),
          milestonesAchieved: row.milestones,
        },
        phase,
      );
      result.set(row.id, { participantId: row.id, phase, phaseCount: row.phase_count, today: row.today, readiness });
    }
    return result;
  }

  async standing(principal: Principal, grant: ParticipantGrant, manager?: EntityManager): Promise<PhaseStanding | null> {
    return (await this.standings(principal, [grant], manager)).get(grant.participantId) ?? null;
  }
}
