import { Injectable } from '@nestjs/common';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock } from '@app/core';
import { AuditEventView, AuditLogReader, AuditPage, AccessLogEntryView, AuditParticipantName, AuditSearch } from '../audit-log/audit-log-reader';
import { AuditLine, RepeatedViewFolder } from '../audit-log/repeated-views';
import { AuditService } from '../audit-log/audit.service';
import { isTreatmentEvent, redactTreatmentDetails } from '../audit-log/treatment-redaction';
import { AccessLogPageDto, AuditEventDto, AuditEventPageDto } from './dto/audit-event.dto';
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
    const search: AuditSearch = {
      courtIds,
      participantId: query.participantId,
      userId: query.userId,
      from: query.from ? new Date(query.from) : undefined,
      to: query.to ? new Date(query.to) : undefined,
      limit: query.limit ?? DEFAULT_PAGE_LIMIT,
      before: query.before,
    };
    const page = query.groupViews ? await this.foldedPage(search) : toPage(await this.reader.search(search), (event) => ({ event, repeats: [] }) as AuditLine);
    // Participants are named only where the reader may read their records; the names shown are part of what this read disclosed.
    const readableCourts = principal.courtsWith(Permission.ParticipantRead).map((m) => m.courtId).filter((id) => courtIds.includes(id));
    const named = await this.reader.participantNames([...new Set(page.items.flatMap((line) => line.event.participantIds))], readableCourts);
    const entry = { action: 'audit.read', entityType: 'audit_event', details: { filter: { ...query }, returned: page.items.length } };
    // About one participant: recorded against them, so it shows in their access log.
    const grant = query.participantId
      ? (await this.access.participants(principal, Permission.AuditRead, [query.participantId])).get(query.participantId)
      : undefined;
    if (grant) {
      await this.access.record(principal, [grant], entry);
    } else {
      for (const courtId of courtIds) {
        const ofCourt = new Set(page.items.filter((line) => line.event.courtId === courtId).flatMap((line) => line.event.participantIds));
        const participantIds = named.filter((p) => ofCourt.has(p.id)).map((p) => p.id);
        await this.audit.record(
          principal.auditActor(courtId),
          { ...entry, courtId, basis: `role:${principal.roleIn(courtId)}`, ...(participantIds.length ? { participantIds } : {}) },
        );
      }
    }
    // Treatment facts stay with those who may read treatment information in the row's court.
    const treatmentCourts = new Set(principal.courtsWith(Permission.TreatmentRead).map((m) => m.courtId));
    const names = new Map(named.map((p) => [p.id, p]));
    return toPage(page, ({ event, repeats }) =>
      toAuditEventDto(
        isTreatmentEvent(event) && !(event.courtId && treatmentCourts.has(event.courtId)) ? { ...event, details: redactTreatmentDetails(event.details) } : event,
        names,
        repeats,
      ),
    );
  }

  /**
   * A page of lines, repeated looks folded (RepeatedViewFolder). Reads the
   * log in batches until it has `limit` lines and the next row would start
   * another; `nextBefore` is the last row folded into this page, so the next
   * page neither repeats nor skips a row (a run cut by the page's end
   * continues as a line of the next page). At most MAX_FOLD_SCAN rows are read
   * for one page, so a very long run costs a bounded read: the page ends early.
   */
  private async foldedPage(search: AuditSearch): Promise<AuditPage<AuditLine>> {
    const folder = new RepeatedViewFolder();
    let before = search.before;
    let scanned = 0;
    for (;;) {
      const batch = await this.reader.search({ ...search, before, limit: FOLD_BATCH });
      for (const event of batch.items) {
        if (folder.lines.length === search.limit && !folder.folds(event)) return { items: folder.lines, nextBefore: before ?? null };
        folder.add(event);
        before = event.id;
      }
      scanned += batch.items.length;
      if (!batch.nextBefore) return { items: folder.lines, nextBefore: null };
      if (scanned >= MAX_FOLD_SCAN) return { items: folder.lines, nextBefore: before ?? null };
    }
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

/** Rows read at a time while folding, and the most read for one page. */
const FOLD_BATCH = 200;
const MAX_FOLD_SCAN = 5_000;

function toPage<T, D>(page: AuditPage<T>, map: (item: T) => D): { items: D[]; nextBefore: string | null } {
  return { items: page.items.map(map), nextBefore: page.nextBefore };
}

function toAuditEventDto(event: AuditEventView, names: Map<string, AuditParticipantName>, repeats: AuditEventView[]): AuditEventDto {
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
    participants: [...new Set(event.participantIds)].flatMap((id) => names.get(id) ?? []),
    repeats: repeats.map((r) => ({ id: r.id, occurredAt: r.occurredAt.toISOString(), requestId: r.requestId })),
  };
}
