import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, ForbiddenError, ParticipantGrant, Permission, Principal } from '@app/auth';
import { Clock, ConflictError, isUuid, NotFoundError } from '@app/core';
import { raiseStaffAlerts } from '@app/notifications';
import { DataSource, EntityManager } from 'typeorm';
import { ViolationDto } from './dto/violation.dto';
import { dismissOpenViolations } from './violation-recorder';
import { ViolationsService } from './violations.service';

interface LockedViolation {
  id: string;
  court_id: string;
  participant_id: string;
  participant_number: string | null;
  status: string;
  deadline_at: Date;
  escalated_at: Date | null;
  dismissal_requested_by: string | null;
  dismissal_request_reason: string | null;
}

/**
 * Dismissing a violation, always with a reason. One in time is dismissed at
 * once by whoever may record violations. One already overdue (its deadline
 * passed unmet) is a lapse of the court's own: dismissing it would also
 * drop it from the overdue count, so it needs a second person. The first
 * asks (with the reason); a coordinator or judge other than the asker
 * confirms, or declines, from their alerts. Until confirmed the violation
 * stays open, and overdue.
 */
@Injectable()
export class ViolationDismissalsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly violations: ViolationsService,
    private readonly clock: Clock,
  ) {}

  /** Dismisses an open violation in time, or asks for a second person's confirmation of an overdue one. */
  async dismiss(principal: Principal, violationId: string, reason: string): Promise<ViolationDto> {
    const grant = await this.grant(principal, violationId, Permission.ViolationWrite);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const violation = await this.lockOpen(manager, violationId, 'Only an open violation can be dismissed; this one was already answered or dismissed.');
      if (!this.overdue(violation, now)) {
        await dismissOpenViolations(manager, { ids: [violationId] }, reason, now);
        await this.access.record(principal, [grant], { action: 'violation.dismiss', entityType: 'violation', entityIds: [violationId], details: { reason } }, manager);
        return;
      }
      if (violation.dismissal_requested_by) {
        throw new ConflictError(
          'dismissal-already-requested',
          'Dismissal already requested',
          'A dismissal of this overdue violation is already waiting for a second person to confirm or decline it.',
        );
      }
      await manager.query(
        `UPDATE violations SET dismissal_requested_by = $2, dismissal_requested_at = $3, dismissal_request_reason = $4 WHERE id = $1`,
        [violationId, principal.userId, now, reason],
      );
      // The coordinators and judges see it in their alerts: one of them (not the asker) confirms.
      await raiseStaffAlerts(manager, [
        {
          courtId: violation.court_id,
          kind: 'violation-dismissal-requested',
          eventKey: `violation:${violationId}:dismissal-request:${now.getTime()}`,
          params: { participantNumber: violation.participant_number ?? '—' },
          link: `/participants/${violation.participant_id}`,
          roles: ['coordinator', 'judge'],
        },
      ]);
      await this.access.record(
        principal,
        [grant],
        { action: 'violation.dismissal_request', entityType: 'violation', entityIds: [violationId], details: { reason } },
        manager,
      );
    });
    return this.violations.one(violationId);
  }

  /** A coordinator or judge other than the asker confirms the requested dismissal: the violation is dismissed with the reason given. */
  async confirm(principal: Principal, violationId: string): Promise<ViolationDto> {
    const grant = await this.grant(principal, violationId, Permission.ViolationDismissalConfirm);
    await this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const violation = await this.pendingRequest(manager, principal, violationId);
      await dismissOpenViolations(manager, { ids: [violationId] }, violation.dismissal_request_reason!, now);
      await manager.query(`UPDATE violations SET dismissal_confirmed_by = $2 WHERE id = $1`, [violationId, principal.userId]);
      await this.access.record(
        principal,
        [grant],
        { action: 'violation.dismissal_confirm', entityType: 'violation', entityIds: [violationId], details: { requestedBy: violation.dismissal_requested_by, reason: violation.dismissal_request_reason } },
        manager,
      );
    });
    return this.violations.one(violationId);
  }

  /** The second person declines: the request is withdrawn (kept in the audit log), the violation stays open and overdue. */
  async decline(principal: Principal, violationId: string, reason: string): Promise<ViolationDto> {
    const grant = await this.grant(principal, violationId, Permission.ViolationDismissalConfirm);
    await this.dataSource.transaction(async (manager) => {
      const violation = await this.pendingRequest(manager, principal, violationId);
      await manager.query(
        `UPDATE violations SET dismissal_requested_by = NULL, dismissal_requested_at = NULL, dismissal_request_reason = NULL WHERE id = $1`,
        [violationId],
      );
      await this.access.record(
        principal,
        [grant],
        {
          action: 'violation.dismissal_decline',
          entityType: 'violation',
          entityIds: [violationId],
          details: { requestedBy: violation.dismissal_requested_by, requestReason: violation.dismissal_request_reason, reason },
        },
        manager,
      );
    });
    return this.violations.one(violationId);
  }

  /** The open violation with a dismissal waiting, which the principal (not its asker) may decide on. */
  private async pendingRequest(manager: EntityManager, principal: Principal, violationId: string): Promise<LockedViolation> {
    const violation = await this.lockOpen(manager, violationId, 'The violation is no longer open: there is no dismissal to decide on.');
    if (!violation.dismissal_requested_by) {
      throw new ConflictError('dismissal-not-requested', 'No dismissal requested', 'No dismissal of this violation is waiting for confirmation.');
    }
    if (violation.dismissal_requested_by === principal.userId) {
      throw new ForbiddenError('The dismissal of an overdue violation needs a second person: another coordinator or judge must confirm it.', 'dismissal-needs-second-person');
    }
    return violation;
  }

  private overdue(violation: LockedViolation, now: Date): boolean {
    return violation.escalated_at !== null || violation.deadline_at <= now;
  }

  private async lockOpen(manager: EntityManager, violationId: string, notOpen: string): Promise<LockedViolation> {
    const [violation] = (await manager.query(
      `SELECT v.id, v.court_id, v.participant_id, p.participant_number, v.status, v.deadline_at, v.escalated_at, v.dismissal_requested_by, v.dismissal_request_reason
         FROM violations v JOIN participants p ON p.id = v.participant_id WHERE v.id = $1 FOR UPDATE OF v`,
      [violationId],
    )) as LockedViolation[];
    if (violation.status !== 'open') throw new ConflictError('violation-not-open', 'Violation not open', notOpen);
    return violation;
  }

  /** The caller's grant on the violation's participant, or "not found" (existence does not leak). */
  private async grant(principal: Principal, violationId: string, permission: Permission): Promise<ParticipantGrant> {
    const [target] = isUuid(violationId)
      ? ((await this.dataSource.query(`SELECT participant_id FROM violations WHERE id = $1`, [violationId])) as Array<{ participant_id: string }>)
      : [];
    const grant = target ? (await this.access.participants(principal, permission, [target.participant_id])).get(target.participant_id) : undefined;
    if (!grant) throw new NotFoundError('violation');
    return grant;
  }
}
