import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, isUuid, NotFoundError, returnedRows } from '@app/core';
import { CourtAccess } from '@app/courts';
import { raiseStaffAlerts } from '@app/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { TreatmentProposalDto, TreatmentRequestResultDto } from './treatment-proposal.dto';

interface ProposalRow {
  id: string;
  participant_id: string;
  kind: string;
  source: string;
  status: string;
  violation_ids: string[];
  proposed_at: Date;
  closed_at: Date | null;
  close_note: string | null;
  next_hearing: { id: string; scheduled_at: string; kind: string } | null;
}

const SELECT = `
  SELECT t.id, t.participant_id, t.kind, t.source, t.status, t.violation_ids, t.proposed_at, t.closed_at, t.close_note,
         CASE WHEN t.status = 'open' THEN
           (SELECT json_build_object('id', h.id, 'scheduled_at', h.scheduled_at, 'kind', h.kind) FROM hearings h
             WHERE h.participant_id = t.participant_id AND h.status = 'scheduled' AND h.scheduled_at >= $1
             ORDER BY h.scheduled_at LIMIT 1) END AS next_hearing
    FROM treatment_proposals t`;

/**
 * Treatment offered, never imposed as a sanction: a treatment assessment
 * proposed for the participant's next hearing, after repeated positives
 * (the program's rule, applied where violations are recorded) or because
 * the participant asked from their own page, which also alerts their case
 * manager. Asking while a proposal is open finds that one. Staff close a
 * proposal with what became of it. Reads and writes are audited.
 */
@Injectable()
export class TreatmentOffersService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  /** The participant's proposals, open first: the participant's own, or the court team's (who read violations). */
  async forParticipant(principal: Principal, participantId: string): Promise<TreatmentProposalDto[]> {
    const grant = await this.grant(principal, participantId);
    const rows = (await this.dataSource.query(`${SELECT} WHERE t.participant_id = $2 ORDER BY t.status = 'open' DESC, t.proposed_at DESC`, [
      this.clock.now(),
      participantId,
    ])) as ProposalRow[];
    await this.access.record(principal, [grant], { action: 'treatment_proposal.read', entityType: 'treatment_proposal', entityIds: rows.map((r) => r.id) });
    return rows.map(toDto);
  }

  /** The participant asks for treatment: a proposal for the next hearing and an alert to their case manager, or the one already open. */
  async request(principal: Principal, participantId: string, note: string | undefined): Promise<TreatmentRequestResultDto> {
    // Only for oneself: staff propose at the hearing, they do not ask on someone's behalf.
    if (principal.participantId !== participantId) throw new NotFoundError('participant');
    const grant = await this.access.participant(principal, Permission.TreatmentRequest, participantId);
    const { id, created } = await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const [inserted] = (await manager.query(
        `INSERT INTO treatment_proposals (court_id, participant_id, source, proposed_at, requested_by)
         VALUES ($1, $2, 'participant_request', $3, $4)
         ON CONFLICT (participant_id) WHERE status = 'open' DO NOTHING
         RETURNING id`,
        [grant.courtId, participantId, now, principal.userId],
      )) as Array<{ id: string }>;
      const proposalId = inserted?.id ?? (await this.openProposal(manager, participantId));
      if (inserted) await this.alertCaseManager(manager, grant, proposalId);
      await this.access.record(
        principal,
        [grant],
        { action: inserted ? 'treatment_proposal.request' : 'treatment_proposal.request_repeated', entityType: 'treatment_proposal', entityIds: [proposalId], details: { note: note ?? null } },
        manager,
      );
      return { id: proposalId, created: inserted !== undefined };
    });
    return { ...(await this.one(id)), created };
  }

  /** Staff close an open proposal with what became of it (assessment booked, declined…). */
  async close(principal: Principal, proposalId: string, note: string): Promise<TreatmentProposalDto> {
    const [target] = isUuid(proposalId)
      ? ((await this.dataSource.query(`SELECT participant_id FROM treatment_proposals WHERE id = $1`, [proposalId])) as Array<{ participant_id: string }>)
      : [];
    const grant = target ? (await this.access.participants(principal, Permission.ResponseRecord, [target.participant_id])).get(target.participant_id) : undefined;
    if (!grant) throw new NotFoundError('treatment proposal');
    await this.dataSource.transaction(async (manager) => {
      const closed = returnedRows<{ id: string }>(
        await manager.query(
          `UPDATE treatment_proposals SET status = 'closed', closed_at = $2, closed_by = $3, close_note = $4 WHERE id = $1 AND status = 'open' RETURNING id`,
          [proposalId, this.clock.now(), principal.userId, note],
        ),
      );
      if (closed.length === 0) throw new ConflictError('treatment-proposal-closed', 'Proposal already closed', 'This treatment proposal is already closed.');
      await this.access.record(principal, [grant], { action: 'treatment_proposal.close', entityType: 'treatment_proposal', entityIds: [proposalId], details: { note } }, manager);
    });
    return this.one(proposalId);
  }

  private async grant(principal: Principal, participantId: string): Promise<ParticipantGrant> {
    if (principal.kind === 'participant') {
      if (principal.participantId !== participantId) throw new NotFoundError('participant');
      return this.access.participant(principal, Permission.ParticipantRead, participantId);
    }
    const grant = await this.access.participant(principal, Permission.ViolationRead, participantId);
    CourtAccess.holding(principal, grant.courtId, Permission.ViolationRead);
    return grant;
  }

  private async openProposal(manager: EntityManager, participantId: string): Promise<string> {
    const [row] = (await manager.query(`SELECT id FROM treatment_proposals WHERE participant_id = $1 AND status = 'open'`, [participantId])) as Array<{ id: string }>;
    return row.id;
  }

  /** Their case manager hears of it at once; the alert names no treatment fact, only that there is a request to see. */
  private async alertCaseManager(manager: EntityManager, grant: ParticipantGrant, proposalId: string): Promise<void> {
    const [p] = (await manager.query(`SELECT participant_number, case_manager_id FROM participants WHERE id = $1`, [grant.participantId])) as Array<{
      participant_number: string | null;
      case_manager_id: string | null;
    }>;
    await raiseStaffAlerts(manager, [
      {
        courtId: grant.courtId,
        kind: 'participant-request',
        eventKey: `treatment-proposal:${proposalId}:requested`,
        params: { participantNumber: p.participant_number ?? '—' },
        link: `/participants/${grant.participantId}`,
        // No case manager assigned: the coordinators take it.
        roles: p.case_manager_id ? [] : ['coordinator'],
        userId: p.case_manager_id,
      },
    ]);
  }

  private async one(id: string): Promise<TreatmentProposalDto> {
    const [row] = (await this.dataSource.query(`${SELECT} WHERE t.id = $2`, [this.clock.now(), id])) as ProposalRow[];
    return toDto(row);
  }
}

function toDto(row: ProposalRow): TreatmentProposalDto {
  return {
    id: row.id,
    participantId: row.participant_id,
    kind: row.kind,
    source: row.source,
    status: row.status,
    violationIds: row.violation_ids,
    proposedAt: row.proposed_at.toISOString(),
    nextHearing: row.next_hearing ? { id: row.next_hearing.id, scheduledAt: new Date(row.next_hearing.scheduled_at).toISOString(), kind: row.next_hearing.kind } : null,
    closedAt: row.closed_at?.toISOString() ?? null,
    closeNote: row.close_note,
  };
}
