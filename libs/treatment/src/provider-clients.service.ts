import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal, Role } from '@app/auth';
import { NotFoundError } from '@app/core';
import { DataSource } from 'typeorm';
import { ClientConsentDto, ProviderClientDto, ProviderClientListDto } from './dto/provider-clients.dto';
import type { LevelOfCare, TreatmentModality } from './treatment-terms';

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
 * provider's screen can say "no consent on file". Provider staff see only
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
    const consent = (write: Set<string>, read: Set<string>, participantId: string): ClientConsentDto => ({
      write: write.has(participantId),
      read: read.has(participantId),
    });

    if (rows.length > 0) {
      await this.access.record(principal, grants, {
        action: 'participant.list',
        entityType: 'participant',
        entityIds: [],
        details: { providerOrganisationId: organisationId, view: 'provider_clients' },
      });
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
        }),
      ),
    };
  }

  /** Participants whose `information` a consent lets flow (read) or be reported (write) for the caller; one query per organisation involved. */
  private async covered(
    principal: Principal,
    grants: readonly ParticipantGrant[],
    information: string,
    permission: Permission.TreatmentRead | Permission.TreatmentWrite,
  ): Promise<Set<string>> {
    if (grants.length === 0) return new Set<string>();
    return new Set((await this.access.consentsCovering(principal, grants, information, permission)).keys());
  }
}
