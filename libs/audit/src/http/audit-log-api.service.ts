import { Injectable } from '@nestjs/common';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock } from '@app/core';
import { AuditEventView, AuditLogReader, AuditPage, AccessLogEntryView } from '../audit-log/audit-log-reader';
import { AuditService } from '../audit-log/audit.service';
import { isTreatmentEvent, redactTreatmentDetails } from '../audit-log/treatment-redaction';
import { AccessLogPageDto, AuditEventPageDto } from './dto/audit-event.dto';
import { AuditEventQueryDto } from './dto/audit-event-query.dto';
import { AuditPageQueryDto, DEFAULT_PAGE_LIMIT } from './dto/audit-page-query.dto';

/**
 * Reading the audit log over the API: the court administrators' search and a
 * participant's access log. Scope comes from the caller's roles, and every
 * read is itself written to the log (after the query, so it does not list itself).
 */
@Injectable()
export class AuditLogApiService {
  constructor(
    private readonly access: AccessService,
    private readonly reader: AuditLogReader,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async search(principal: Principal, query: AuditEventQueryDto): Promise<AuditEventPageDto> {
    const courtIds = principal.courtsWith(Permission.AuditRead).map((m) => m.courtId);
    const page = await this.reader.search({
      courtIds,
      participantId: query.participantId,
      userId: query.userId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      limit: query.limit ?? DEFAULT_PAGE_LIMIT,
      before: query.before,
    });
    const entry = { action: 'audit.read', entityType: 'audit_event', details: { filter: { ...query }, returned: page.items.length } };
    // About one participant: recorded against them, so it shows in their access log.
    const grant = query.participantId
      ? (await this.access.participants(principal, Permission.AuditRead, [query.participantId])).get(query.participantId)
      : undefined;
    if (grant) {
      await this.access.record(principal, [grant], entry);
    } else {
      for (const courtId of courtIds) {
        await this.audit.record(
          principal.auditActor(courtId),
          { ...entry, courtId, basis: `role:${principal.roleIn(courtId)}` },
        );
      }
    }
    // Treatment facts stay with those who may read treatment information in the row's court.
    const treatmentCourts = new Set(principal.courtsWith(Permission.TreatmentRead).map((m) => m.courtId));
    return toPage(page, (event) =>
      toAuditEventDto(
        isTreatmentEvent(event) && !(event.courtId && treatmentCourts.has(event.courtId)) ? { ...event, details: redactTreatmentDetails(event.details) } : event,
      ),
    );
  }

  async accessLog(principal: Principal, participantId: string, query: AuditPageQueryDto): Promise<AccessLogPageDto> {
    const grant = await this.access.participant(principal, Permission.AccessLogRead, participantId);
    const page = await this.reader.accessLog(grant.participantId, {
      limit: query.limit ?? DEFAULT_PAGE_LIMIT,
      before: query.before,
      participantNow: grant.basis === 'self' ? this.clock.now() : undefined,
    });
    await this.access.record(principal, [grant], {
      action: 'access_log.read',
      entityType: 'audit_event',
      details: { ...query, returned: page.items.length },
    });
    return toPage(page, (entry: AccessLogEntryView) => ({ ...entry, occurredAt: entry.occurredAt.toISOString() }));
  }
}

function toPage<T, D>(page: AuditPage<T>, map: (item: T) => D): { items: D[]; nextBefore: string | null } {
  return { items: page.items.map(map), nextBefore: page.nextBefore };
}

function toAuditEventDto(event: AuditEventView) {
  return {
    id: event.id,
    occurredAt: event.occurredAt.toISOString(),
    actorUserId: event.actorUserId,
    actorDisplayName: event.actorDisplayName,
    actorRole: event.actorRole,
    courtCode: event.courtCode,
    action: event.action,
    entityType: event.entityType,
    entityIds: event.entityIds,
    participantIds: event.participantIds,
    basis: event.basis,
    consentId: event.consentId,
    requestId: event.requestId,
    details: event.details,
  };
}
