import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, consentBasis, ParticipantGrant, Permission, Principal, Role } from '@app/auth';
import { NotFoundError } from '@app/core';
import { DataSource } from 'typeorm';
import { ClientConsentDto, LastAttendanceDto, LastProgressReportDto, ProviderClientDto, ProviderClientListDto } from './dto/provider-clients.dto';
import type { AttendanceValue, EngagementLevel, LevelOfCare, TreatmentModality } from './treatment-terms';

interface ClientRow {
  id: string;
  court_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  status: string;
  program_code: string | null;
  phase_position: number | null;
  phase_name: string | null;
  referral_id: string;
  level_of_care: LevelOfCare | null;
  modality: TreatmentModality | null;
  referred_on: string;
}

/**
 * A provider organisation's clients: its current treatment episodes, each
 * with the participant's summary and whether a consent on file lets the
 * caller report and read the client's attendance and progress, so the
 * provider's screen can say "no consent on file", and, where a consent lets
 * the caller read them, the organisation's latest reported attendance and
 * progress report (two queries for the whole list). Provider staff see only
 * their own organisation's; the court's treatment team may see any of the
 * court's organisations; anyone else gets 404.
 */
@Injectable()
export class ProviderClientsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
  ) {}

  async list(principal: Principal, organisationId: string): Promise<ProviderClientListDto> {
    const [organisation] = (await this.dataSource.query(`SELECT id, court_id, name FROM provider_organisations WHERE id = $1`, [organisationId])) as Array<{
      id: string;
      court_id: string;
      name: string;
    }>;
    const membership = organisation && principal.courtsWith(Permission.TreatmentRead).find((m) => m.courtId === organisation.court_id);
    const allowed = membership && (membership.role !== Role.TreatmentProvider || membership.organisationId === organisationId);
    if (!organisation || !allowed) throw new NotFoundError('provider organisation');

    // Limited by the access layer's scope too, so the list never shows a participant the caller could not open.
    const scope = this.access.participantScope(principal, Permission.TreatmentRead, 3);
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.court_id, p.participant_number, p.first_name, p.last_name, p.status, pr.code AS program_code,
              ph.position AS phase_position, ph.name AS phase_name,
              r.id AS referral_id, r.level_of_care, r.modality, r.referred_on::text AS referred_on
         FROM provider_referrals r
         JOIN participants p ON p.id = r.participant_id
         LEFT JOIN programs pr ON pr.id = p.program_id
         LEFT JOIN phases ph ON ph.id = p.phase_id
        WHERE r.organisation_id = $1 AND r.ended_at IS NULL AND p.court_id = $2 AND ${scope.sql}
        ORDER BY p.last_name, p.first_name, p.id, r.referred_on DESC`,
      [organisationId, organisation.court_id, ...scope.params],
    )) as ClientRow[];
    const grants = rows.map((row) => this.access.grantFor(principal, row.id, row.court_id));

    // Four batch checks (each one query per organisation involved), never one per client.
    const [attendanceWrite, attendanceRead, progressWrite, progressRead] = await Promise.all([
      this.covered(principal, grants, 'treatment_attendance', Permission.TreatmentWrite),
      this.covered(principal, grants, 'treatment_attendance', Permission.TreatmentRead),
      this.covered(principal, grants, 'treatment_progress', Permission.TreatmentWrite),
      this.covered(principal, grants, 'treatment_progress', Permission.TreatmentRead),
    ]);
    const consent = (write: Map<string, string>, read: Map<string, string>, participantId: string): ClientConsentDto => ({
      write: write.has(participantId),
      read: read.has(participantId),
    });
    const [lastAttendance, lastProgress] = await Promise.all([
      this.lastAttendance(organisationId, [...attendanceRead.keys()]),
      this.lastProgressReport(organisationId, [...progressRead.keys()]),
    ]);

    if (rows.length > 0) {
      await this.access.record(principal, grants, {
        action: 'participant.list',
        entityType: 'participant',
        entityIds: [],
        details: { providerOrganisationId: organisationId, view: 'provider_clients' },
      });
      // Treatment facts went out: one more row naming the consents relied on (42 CFR 2.13(d) accounting).
      const disclosedTo = new Set([...lastAttendance.keys(), ...lastProgress.keys()]);
      if (disclosedTo.size > 0) {
        const consentIds = [
          ...new Set([
            ...[...lastAttendance.keys()].map((id) => attendanceRead.get(id)!),
            ...[...lastProgress.keys()].map((id) => progressRead.get(id)!),
          ]),
        ];
        await this.access.record(principal, grants.filter((g) => disclosedTo.has(g.participantId)), {
          action: 'treatment.provider_clients_read',
          entityType: 'provider_organisation',
          entityIds: [organisationId],
          ...consentBasis(consentIds),
          details: { consentIds, information: ['treatment_attendance', 'treatment_progress'] },
        });
      }
    }
    return {
      organisationId,
      organisationName: organisation.name,
      items: rows.map(
        (row): ProviderClientDto => ({
          participant: {
            id: row.id,
            participantNumber: row.participant_number,
            firstName: row.first_name,
            lastName: row.last_name,
            status: row.status,
            programCode: row.program_code,
            phase: row.phase_position !== null && row.phase_name !== null ? { position: row.phase_position, name: row.phase_name } : null,
          },
          episode: { referralId: row.referral_id, levelOfCare: row.level_of_care, modality: row.modality, referredOn: row.referred_on },
          consents: {
            treatmentAttendance: consent(attendanceWrite, attendanceRead, row.id),
            treatmentProgress: consent(progressWrite, progressRead, row.id),
          },
          lastAttendance: lastAttendance.get(row.id) ?? null,
          lastProgressReport: lastProgress.get(row.id) ?? null,
        }),
      ),
    };
  }

  /** Participants whose `information` a consent lets flow (read) or be reported (write) for the caller, each with that consent; one query per organisation involved. */
  private async covered(
    principal: Principal,
    grants: readonly ParticipantGrant[],
    information: string,
    permission: Permission.TreatmentRead | Permission.TreatmentWrite,
  ): Promise<Map<string, string>> {
    if (grants.length === 0) return new Map();
    return this.access.consentsCovering(principal, grants, information, permission);
  }

  /** The organisation's latest reported session (not one merely scheduled) of each participant. */
  private async lastAttendance(organisationId: string, participantIds: string[]): Promise<Map<string, LastAttendanceDto>> {
    if (participantIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (participant_id) participant_id, session_on::text AS session_on, session_type, attendance
         FROM treatment_attendance
        WHERE organisation_id = $1 AND participant_id = ANY($2::uuid[]) AND attendance <> 'scheduled'
        ORDER BY participant_id, session_on DESC, created_at DESC`,
      [organisationId, participantIds],
    )) as Array<{ participant_id: string; session_on: string; session_type: string; attendance: AttendanceValue }>;
    return new Map(rows.map((r) => [r.participant_id, { sessionOn: r.session_on, sessionType: r.session_type, attendance: r.attendance }]));
  }

  /** The organisation's latest progress report on each participant. */
  private async lastProgressReport(organisationId: string, participantIds: string[]): Promise<Map<string, LastProgressReportDto>> {
    if (participantIds.length === 0) return new Map();
    const rows = (await this.dataSource.query(
      `SELECT DISTINCT ON (participant_id) participant_id, id, reported_on::text AS reported_on, engagement
         FROM treatment_progress_reports
        WHERE organisation_id = $1 AND participant_id = ANY($2::uuid[])
        ORDER BY participant_id, reported_on DESC, created_at DESC`,
      [organisationId, participantIds],
    )) as Array<{ participant_id: string; id: string; reported_on: string; engagement: EngagementLevel }>;
    return new Map(rows.map((r) => [r.participant_id, { id: r.id, reportedOn: r.reported_on, engagement: r.engagement }]));
  }
}
