import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { ConflictError, FieldProblem, isUuid, NotFoundError, ValidationFailedError } from '@app/core';
import { CourtAccess, notFoundAs } from '@app/courts';
import { DataSource, EntityManager } from 'typeorm';
import {
  RecordStaffingDto,
  RecordStaffingPositionDto,
  SessionStaffingDto,
  StaffingEntryDto,
  StaffingPositionDto,
  StaffingRecommendationDto,
} from './dto/staffing.dto';
import { StaffingProposal } from './staffing.entities';

interface DocketRow {
  participant_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  hearing_id: string;
}

interface RecommendationRow {
  id: string;
  participant_id: string;
  version: number;
  proposal: StaffingProposal;
  reasons: string;
  recorded_by: string;
  updated_at: Date;
}

interface EntryRow {
  id: string;
  code: string;
  name: string;
  kind: string;
  effect: string;
  restricts_liberty: boolean;
}

/**
 * The pre-court staffing of a session: for each participant on its docket
 * the team records a recommendation (responses from the catalogue, a phase
 * or status change, a treatment adjustment, with short reasons) and each
 * member agrees or dissents. It orders nothing: the judge reads it beside
 * the outcome form and decides at the hearing. A treatment provider sees and
 * contributes only for clients whose consent lets the team hear from them
 * (the consent check of `participant.read`); every read and write is audited.
 */
@Injectable()
export class StaffingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async read(principal: Principal, sessionId: string): Promise<SessionStaffingDto> {
    const session = await this.session(principal, sessionId, Permission.StaffingRead);
    const { rows, grants } = await this.docket(principal, sessionId);
    const recommendations = await this.recommendations(this.dataSource.manager, sessionId, rows.map((r) => r.participant_id));
    if (grants.length > 0) {
      await this.access.record(principal, grants, {
        action: 'staffing.read',
        entityType: 'court_session',
        entityIds: [sessionId],
      });
    }
    return {
      sessionId,
      date: session.date,
      entries: rows.map((row) => this.entry(row, recommendations.get(row.participant_id) ?? null)),
    };
  }

  /** Records (or replaces) the team's recommendation; a changed text clears the positions taken on the earlier one. */
  async recommend(principal: Principal, sessionId: string, participantId: string, input: RecordStaffingDto): Promise<StaffingEntryDto> {
    const session = await this.session(principal, sessionId, Permission.StaffingRecord);
    const { row, grant } = await this.onDocket(principal, sessionId, participantId);
    const proposal: StaffingProposal = {
      responses: (input.responses ?? []).map((r) => ({
        catalogueEntryId: r.catalogueEntryId,
        violationIds: [...new Set(r.violationIds ?? [])],
        amount: r.amount ?? null,
        testsPerWeek: r.testsPerWeek ?? null,
        reason: r.reason ?? null,
      })),
      phaseChange: input.phaseChange ? { direction: input.phaseChange.direction, reason: input.phaseChange.reason, remedialPlan: input.phaseChange.remedialPlan ?? null } : null,
      statusChange: input.statusChange ? { status: input.statusChange.status, reason: input.statusChange.reason } : null,
      treatmentAdjustment: input.treatmentAdjustment ?? null,
    };
    return this.dataSource.transaction(async (manager) => {
      if (session.status === 'cancelled') throw new ConflictError('session-cancelled', 'Session cancelled', 'The session is cancelled.');
      await this.assertProposable(manager, participantId, proposal);
      const [saved] = (await manager.query(
        `INSERT INTO staffing_recommendations (court_id, session_id, participant_id, proposal, reasons, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (session_id, participant_id) DO UPDATE
            SET proposal = EXCLUDED.proposal, reasons = EXCLUDED.reasons, recorded_by = EXCLUDED.recorded_by, updated_at = now(),
                version = staffing_recommendations.version
                        + CASE WHEN staffing_recommendations.proposal = EXCLUDED.proposal AND staffing_recommendations.reasons = EXCLUDED.reasons THEN 0 ELSE 1 END
         RETURNING id, version, (xmax = 0) AS inserted`,
        [grant.courtId, sessionId, participantId, JSON.stringify(proposal), input.reasons, principal.userId],
      )) as Array<{ id: string; version: number; inserted: boolean }>;
      // Agreement was given to the earlier text: a changed recommendation is agreed to afresh.
      await manager.query(
        `DELETE FROM staffing_positions p USING staffing_recommendations r
          WHERE p.recommendation_id = r.id AND r.id = $1 AND p.recorded_at < r.updated_at AND r.version > 1 AND NOT $2`,
        [saved.id, saved.inserted],
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'staffing.recommend', entityType: 'staffing_recommendation', entityIds: [saved.id], details: { sessionId, version: saved.version } },
        manager,
      );
      const recommendation = (await this.recommendations(manager, sessionId, [participantId])).get(participantId)!;
      return this.entry(row, recommendation);
    });
  }

  /** The reader's own agreement or dissent with the current recommendation (one per member; a new one replaces it). */
  async position(principal: Principal, sessionId: string, participantId: string, input: RecordStaffingPositionDto): Promise<StaffingEntryDto> {
    await this.session(principal, sessionId, Permission.StaffingRecord);
    const { row, grant } = await this.onDocket(principal, sessionId, participantId);
    return this.dataSource.transaction(async (manager) => {
      const [recommendation] = (await manager.query(
        `SELECT id FROM staffing_recommendations WHERE session_id = $1 AND participant_id = $2 FOR UPDATE`,
        [sessionId, participantId],
      )) as Array<{ id: string }>;
      if (!recommendation) throw new NotFoundError('staffing recommendation');
      const role = principal.membershipIn(grant.courtId)?.role ?? 'none';
      await manager.query(
        `INSERT INTO staffing_positions (recommendation_id, user_id, role, position, reason) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (recommendation_id, user_id) DO UPDATE SET role = EXCLUDED.role, position = EXCLUDED.position, reason = EXCLUDED.reason, recorded_at = now()`,
        [recommendation.id, principal.userId, role, input.position, input.reason ?? null],
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'staffing.position', entityType: 'staffing_recommendation', entityIds: [recommendation.id], details: { position: input.position } },
        manager,
      );
      return this.entry(row, (await this.recommendations(manager, sessionId, [participantId])).get(participantId)!);
    });
  }

  private async session(principal: Principal, sessionId: string, permission: Permission): Promise<{ courtId: string; date: string; status: string }> {
    const [row] = isUuid(sessionId)
      ? ((await this.dataSource.query(`SELECT court_id, session_date::text AS date, status FROM court_sessions WHERE id = $1`, [sessionId])) as Array<{
          court_id: string;
          date: string;
          status: string;
        }>)
      : [];
    if (!row) throw new NotFoundError('court session');
    notFoundAs('court session', () => CourtAccess.holding(principal, row.court_id, permission));
    return { courtId: row.court_id, date: row.date, status: row.status };
  }

  /** The session's docket (hearings not cancelled), narrowed to the participants the reader may reach. */
  private async docket(principal: Principal, sessionId: string): Promise<{ rows: DocketRow[]; grants: ParticipantGrant[] }> {
    const all = (await this.dataSource.query(
      `SELECT DISTINCT ON (p.id) p.id AS participant_id, p.participant_number, p.first_name, p.last_name, h.id AS hearing_id
         FROM hearings h JOIN participants p ON p.id = h.participant_id
        WHERE h.session_id = $1 AND h.status <> 'cancelled'
        ORDER BY p.id, h.scheduled_at`,
      [sessionId],
    )) as DocketRow[];
    const grants = await this.access.participants(
      principal,
      Permission.ParticipantRead,
      all.map((r) => r.participant_id),
    );
    const rows = all.filter((r) => grants.has(r.participant_id)).sort((a, b) => (a.participant_number ?? '').localeCompare(b.participant_number ?? '') || a.last_name.localeCompare(b.last_name));
    return { rows, grants: rows.map((r) => grants.get(r.participant_id)!) };
  }

  private async onDocket(principal: Principal, sessionId: string, participantId: string): Promise<{ row: DocketRow; grant: ParticipantGrant }> {
    const { rows, grants } = await this.docket(principal, sessionId);
    const index = rows.findIndex((r) => r.participant_id === participantId);
    if (index < 0) throw new NotFoundError('participant');
    return { row: rows[index], grant: grants[index] };
  }

  /** Proposals name active entries of the participant's program and the participant's own open violations. */
  private async assertProposable(manager: EntityManager, participantId: string, proposal: StaffingProposal): Promise<void> {
    const problems: FieldProblem[] = [];
    const entries = await this.catalogue(manager, proposal.responses.map((r) => r.catalogueEntryId), participantId);
    const violationIds = proposal.responses.flatMap((r) => r.violationIds);
    const open = new Set(
      violationIds.length === 0
        ? []
        : ((await manager.query(`SELECT id FROM violations WHERE id = ANY($1::uuid[]) AND participant_id = $2 AND status = 'open'`, [violationIds, participantId])) as Array<{
            id: string;
          }>).map((v) => v.id),
    );
    proposal.responses.forEach((r, i) => {
      if (!entries.has(r.catalogueEntryId)) problems.push({ field: `responses.${i}.catalogueEntryId`, message: "is not an active entry of the participant's program catalogue" });
      if (r.violationIds.some((id) => !open.has(id))) problems.push({ field: `responses.${i}.violationIds`, message: "must all be this participant's open violations" });
    });
    if (proposal.phaseChange?.direction === 'demote' && !proposal.phaseChange.remedialPlan) {
      problems.push({ field: 'phaseChange.remedialPlan', message: 'is required for a demotion' });
    }
    if (problems.length > 0) throw new ValidationFailedError(problems);
  }

  private async catalogue(manager: EntityManager, ids: string[], participantId: string): Promise<Map<string, EntryRow>> {
    if (ids.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT e.id, e.code, e.name, e.kind, e.effect, (e.restricts_liberty OR e.effect = 'jail') AS restricts_liberty
         FROM response_catalogue_entries e JOIN participants p ON p.program_id = e.program_id
        WHERE e.id = ANY($1::uuid[]) AND p.id = $2 AND e.active`,
      [ids, participantId],
    )) as EntryRow[];
    return new Map(rows.map((r) => [r.id, r]));
  }

  private async recommendations(manager: EntityManager, sessionId: string, participantIds: string[]): Promise<Map<string, StaffingRecommendationDto>> {
    if (participantIds.length === 0) return new Map();
    const rows = (await manager.query(
      `SELECT r.id, r.participant_id, r.version, r.proposal, r.reasons, u.display_name AS recorded_by, r.updated_at
         FROM staffing_recommendations r JOIN users u ON u.id = r.recorded_by
        WHERE r.session_id = $1 AND r.participant_id = ANY($2::uuid[])`,
      [sessionId, participantIds],
    )) as RecommendationRow[];
    const positions = (await manager.query(
      `SELECT p.recommendation_id, p.user_id, u.display_name AS name, p.role, p.position, p.reason, p.recorded_at
         FROM staffing_positions p JOIN users u ON u.id = p.user_id
        WHERE p.recommendation_id = ANY($1::uuid[]) ORDER BY p.recorded_at`,
      [rows.map((r) => r.id)],
    )) as Array<{ recommendation_id: string; user_id: string; name: string; role: string; position: string; reason: string | null; recorded_at: Date }>;
    const entries = new Map<string, EntryRow>();
    for (const row of rows) {
      const ids = row.proposal.responses.map((r) => r.catalogueEntryId).filter((id) => !entries.has(id));
      if (ids.length === 0) continue;
      const found = (await manager.query(`SELECT id, code, name, kind, effect, (restricts_liberty OR effect = 'jail') AS restricts_liberty FROM response_catalogue_entries WHERE id = ANY($1::uuid[])`, [ids])) as EntryRow[];
      for (const entry of found) entries.set(entry.id, entry);
    }
    return new Map(
      rows.map((row) => {
        const own: StaffingPositionDto[] = positions
          .filter((p) => p.recommendation_id === row.id)
          .map((p) => ({ userId: p.user_id, name: p.name, role: p.role, position: p.position, reason: p.reason, recordedAt: p.recorded_at.toISOString() }));
        const dto: StaffingRecommendationDto = {
          id: row.id,
          version: row.version,
          responses: row.proposal.responses.map((r) => {
            const entry = entries.get(r.catalogueEntryId);
            return {
              ...r,
              code: entry?.code ?? '',
              name: entry?.name ?? '',
              kind: entry?.kind ?? 'sanction',
              effect: entry?.effect ?? 'none',
              restrictsLiberty: entry?.restricts_liberty ?? false,
            };
          }),
          phaseChange: row.proposal.phaseChange,
          statusChange: row.proposal.statusChange,
          treatmentAdjustment: row.proposal.treatmentAdjustment,
          reasons: row.reasons,
          recordedBy: row.recorded_by,
          recordedAt: row.updated_at.toISOString(),
          positions: own,
        };
        return [row.participant_id, dto];
      }),
    );
  }

  private entry(row: DocketRow, recommendation: StaffingRecommendationDto | null): StaffingEntryDto {
    return {
      participantId: row.participant_id,
      participantNumber: row.participant_number,
      name: `${row.first_name} ${row.last_name}`,
      hearingId: row.hearing_id,
      recommendation,
    };
  }
}
