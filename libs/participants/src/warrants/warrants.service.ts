import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ParticipantGrant, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, NotFoundError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { assertOwnHearing, assertTransition, courtToday, lockParticipant, recordStatusChange } from '../path/participant-path';
import { IssueWarrantDto, RecallWarrantDto, ServeWarrantDto, WarrantDto, WarrantsDto } from './dto/warrant.dto';
import { insertWarrant, markRecalled, markServed, openWarrant } from './warrant-records';
import { Warrant, warrantState } from './warrant.entity';

/**
 * Bench warrants: the judge issues and recalls them, staff record their
 * service. Each step moves the participant's status with it, in one
 * transaction: issued → `warrant`; served → `in_custody`, or `active` when
 * released; recalled → `active`.
 */
@Injectable()
export class WarrantsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, participantId: string): Promise<WarrantsDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const rows = await this.dataSource.manager.find(Warrant, { where: { participantId }, order: { issuedAt: 'DESC' } });
    const items = await this.toDtos(this.dataSource.manager, rows);
    await this.access.record(principal, [grant], { action: 'warrant.read', entityType: 'warrant', entityIds: rows.map((w) => w.id) });
    return { items };
  }

  async issue(principal: Principal, participantId: string, input: IssueWarrantDto): Promise<WarrantDto> {
    const grant = await this.access.participant(principal, Permission.WarrantOrder, participantId);
    return this.dataSource.transaction(async (manager) => {
      const participant = await lockParticipant(manager, participantId);
      assertTransition(participant.status, 'warrant');
      if (input.hearingId) await assertOwnHearing(manager, participantId, input.hearingId);
      const today = await courtToday(manager, participant.courtId, this.clock);
      await recordStatusChange(manager, participant, { to: 'warrant', reason: `bench warrant: ${input.reason}`, effectiveOn: today, by: principal.userId });
      const warrant = await insertWarrant(manager, {
        participantId,
        courtId: participant.courtId,
        issuedAt: this.clock.now(),
        issuedBy: principal.userId,
        reason: input.reason,
        hearingId: input.hearingId ?? null,
      });
      await this.audit(manager, principal, grant, 'warrant.issue', warrant, { hearingId: warrant.hearingId });
      return (await this.toDtos(manager, [warrant]))[0];
    });
  }

  async serve(principal: Principal, warrantId: string, input: ServeWarrantDto): Promise<WarrantDto> {
    const grant = await this.grantForWarrant(principal, Permission.WarrantServe, warrantId);
    return this.dataSource.transaction(async (manager) => {
      const { participant, warrant } = await this.lockOpen(manager, grant, warrantId);
      const to = input.outcome === 'in_custody' ? 'in_custody' : 'active';
      assertTransition(participant.status, to);
      const today = await courtToday(manager, participant.courtId, this.clock);
      const reason = input.outcome === 'in_custody' ? 'bench warrant served: in custody' : 'bench warrant served: released';
      await recordStatusChange(manager, participant, { to, reason, effectiveOn: today, by: principal.userId });
      const served = await markServed(manager, warrant, { at: this.clock.now(), by: principal.userId, outcome: input.outcome, note: input.note ?? null });
      await this.audit(manager, principal, grant, 'warrant.serve', served, { outcome: input.outcome });
      return (await this.toDtos(manager, [served]))[0];
    });
  }

  async recall(principal: Principal, warrantId: string, input: RecallWarrantDto): Promise<WarrantDto> {
    const grant = await this.grantForWarrant(principal, Permission.WarrantOrder, warrantId);
    return this.dataSource.transaction(async (manager) => {
      const { participant, warrant } = await this.lockOpen(manager, grant, warrantId);
      assertTransition(participant.status, 'active');
      const today = await courtToday(manager, participant.courtId, this.clock);
      await recordStatusChange(manager, participant, { to: 'active', reason: `bench warrant recalled: ${input.reason}`, effectiveOn: today, by: principal.userId });
      const recalled = await markRecalled(manager, warrant, { at: this.clock.now(), by: principal.userId, reason: input.reason });
      await this.audit(manager, principal, grant, 'warrant.recall', recalled, {});
      return (await this.toDtos(manager, [recalled]))[0];
    });
  }

  /** The grant to the warrant's participant; 404 for a warrant that does not exist or is out of reach. */
  private async grantForWarrant(principal: Principal, permission: Permission, warrantId: string): Promise<ParticipantGrant> {
    const warrant = await this.dataSource.manager.findOne(Warrant, { where: { id: warrantId }, select: { id: true, participantId: true } });
    if (!warrant) throw new NotFoundError('warrant');
    const grant = (await this.access.participants(principal, permission, [warrant.participantId])).get(warrant.participantId);
    if (!grant) throw new NotFoundError('warrant');
    return grant;
  }

  /** The participant locked, and the warrant, which must still be the open one (a retry after it ended is a 409, never a second change). */
  private async lockOpen(manager: EntityManager, grant: ParticipantGrant, warrantId: string) {
    const participant = await lockParticipant(manager, grant.participantId);
    const warrant = await openWarrant(manager, grant.participantId);
    if (!warrant || warrant.id !== warrantId) {
      throw new ConflictError('warrant-closed', 'The warrant is no longer open', 'This warrant was already served or recalled.');
    }
    return { participant, warrant };
  }

  private audit(manager: EntityManager, principal: Principal, grant: ParticipantGrant, action: string, warrant: Warrant, details: Record<string, unknown>) {
    return this.access.record(principal, [grant], { action, entityType: 'warrant', entityIds: [warrant.id], details: { state: warrantState(warrant), ...details } }, manager);
  }

  private async toDtos(manager: EntityManager, rows: Warrant[]): Promise<WarrantDto[]> {
    const ids = [...new Set(rows.flatMap((w) => [w.issuedBy, w.servedBy, w.recalledBy]).filter((id): id is string => !!id))];
    const names = new Map<string, string>();
    if (ids.length > 0) {
      const users = (await manager.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [ids])) as Array<{ id: string; display_name: string }>;
      for (const u of users) names.set(u.id, u.display_name);
    }
    const name = (id: string | null) => (id ? (names.get(id) ?? null) : null);
    return rows.map((w) => ({
      id: w.id,
      participantId: w.participantId,
      state: warrantState(w),
      issuedAt: w.issuedAt.toISOString(),
      issuedBy: w.issuedBy,
      issuedByName: name(w.issuedBy),
      reason: w.reason,
      hearingId: w.hearingId,
      servedAt: w.servedAt?.toISOString() ?? null,
      servedByName: name(w.servedBy),
      serviceOutcome: w.serviceOutcome,
      serviceNote: w.serviceNote,
      recalledAt: w.recalledAt?.toISOString() ?? null,
      recalledByName: name(w.recalledBy),
      recallReason: w.recallReason,
    }));
  }
}
