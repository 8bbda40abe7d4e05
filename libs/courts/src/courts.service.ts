import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { ForbiddenError, Permission, Principal, Role } from '@app/auth';
import { ConflictError, isUniqueViolation, type Language, LANGUAGES, NotFoundError, ValidationFailedError } from '@app/core';
import { DataSource, EntityManager, In } from 'typeorm';
import { callInWindowProblem, defaultReportByTime, reportByProblem } from './call-in-window';
import { CourtAccess, CourtGrant } from './court-access';
import { changedFields, courtActor, courtEntry } from './court-audit';
import { Court, type CourtroomTranslations } from './court.entity';

export interface NewCourt {
  code: string;
  name: string;
  timeZone: string;
  callInWindowStart: string;
  callInWindowEnd: string;
  mfaRequiredRoles?: string[];
  redisclosureNotice?: string | null;
  /** Defaults to 17:00, or 24:00 when the window ends later. */
  reportByTime?: string;
  drawLeadMinutes?: number;
  /** Defaults to en. */
  language?: Language;
}

export interface CourtChanges {
  name?: string;
  timeZone?: string;
  callInWindowStart?: string;
  callInWindowEnd?: string;
  mfaRequiredRoles?: string[];
  redisclosureNotice?: string | null;
  reportByTime?: string;
  drawLeadMinutes?: number;
  language?: Language;
  lawName?: string;
  redisclosureNotices?: Partial<Record<Language, string>>;
  hotlineNumber?: string | null;
  helpNumber?: string | null;
  currency?: string;
  address?: string | null;
  courtroomTranslations?: CourtroomTranslations;
  active?: boolean;
}

/** Courts and their settings: created by the system administrator, configured by each court's administrators. */
@Injectable()
export class CourtsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A new court (the route requires court.manage: the system administrator). */
  async create(principal: Principal, input: NewCourt): Promise<Court> {
    assertWindow(input.callInWindowStart, input.callInWindowEnd);
    const reportByTime = input.reportByTime ?? defaultReportByTime(input.callInWindowEnd);
    assertReportBy(input.callInWindowEnd, reportByTime, 'reportByTime');
    const role = principal.systemRole ?? Role.SystemAdmin;
    return this.dataSource.transaction(async (manager) => {
      let court: Court;
      try {
        court = await manager.save(
          manager.create(Court, {
            ...input,
            reportByTime,
            mfaRequiredRoles: input.mfaRequiredRoles ?? [],
            redisclosureNotice: input.redisclosureNotice ?? null,
          }),
        );
      } catch (error) {
        if (isUniqueViolation(error, 'courts_code_key')) {
          throw new ConflictError('court-code-taken', 'Court code in use', `A court with code ${input.code} already exists.`, { field: 'code' });
        }
        throw error;
      }
      const grant: CourtGrant = { courtId: court.id, role, basis: `role:${role}` };
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, { action: 'court.create', entityType: 'court', entityIds: [court.id], details: { code: court.code, name: court.name } }),
        manager,
      );
      return court;
    });
  }

  /** Every court for the system administrator; the courts one belongs to for everyone else. */
  async list(principal: Principal): Promise<Court[]> {
    const readable = CourtAccess.readable(principal);
    if (readable !== 'all' && readable.length === 0) return [];
    return this.dataSource.manager.find(Court, {
      where: readable === 'all' ? {} : { id: In(readable) },
      order: { code: 'ASC' },
    });
  }

  /** An active court by its public code, for pages shown before sign-in; an inactive or unknown one is not found. */
  async publicByCode(code: string): Promise<Court> {
    const court = await this.dataSource.manager.findOne(Court, { where: { code, active: true } });
    if (!court) throw new NotFoundError('court');
    return court;
  }

  async get(principal: Principal, id: string): Promise<Court> {
    CourtAccess.read(principal, id);
    return requireCourt(this.dataSource.manager, id);
  }

  /**
   * Changes a court's settings. The window is checked as a whole after the
   * change, so moving only its end still has to stay after its start.
   * Deactivating a court shuts out all of its staff and participants (the
   * session check ignores memberships in inactive courts), court
   * administrators included, so that is the system administrator's decision.
   */
  async update(principal: Principal, id: string, changes: CourtChanges): Promise<Court> {
    const grant = CourtAccess.configure(principal, id);
    if (changes.active !== undefined && !principal.hasSystemWide(Permission.CourtManage)) {
      throw new ForbiddenError('Only the system administrator may deactivate or reactivate a court.', 'court-manage-required');
    }
    return this.dataSource.transaction(async (manager) => {
      const court = await requireCourt(manager, id, true);
      const windowEnd = changes.callInWindowEnd ?? court.callInWindowEnd;
      assertWindow(changes.callInWindowStart ?? court.callInWindowStart, windowEnd);
      // The deadline is checked against the window's end whenever either moves.
      if (changes.reportByTime !== undefined || changes.callInWindowEnd !== undefined) {
        assertReportBy(windowEnd, changes.reportByTime ?? court.reportByTime, changes.reportByTime !== undefined ? 'reportByTime' : 'callInWindowEnd');
      }
      if (changes.redisclosureNotices) changes = { ...changes, redisclosureNotices: inLanguageOrder(changes.redisclosureNotices) };
      if (changes.hotlineNumber) await assertHotlineNumberFree(manager, id, changes.hotlineNumber);
      const changed = changedFields(court, changes);
      if (Object.keys(changed).length === 0) return court;
      Object.assign(court, pickDefined(changes));
      const saved = await manager.save(court);
      // The notice is long free text: the audit row says that it changed, not what it says.
      if (changed.redisclosureNotice) {
        changed.redisclosureNotice = { from: noticeSummary(changed.redisclosureNotice.from), to: noticeSummary(changed.redisclosureNotice.to) };
      }
      if (changed.redisclosureNotices) {
        changed.redisclosureNotices = { from: noticesSummary(changed.redisclosureNotices.from), to: noticesSummary(changed.redisclosureNotices.to) };
      }
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, { action: 'court.configure', entityType: 'court', entityIds: [id], details: { changes: changed } }),
        manager,
      );
      return saved;
    });
  }
}

/** A hotline number answers for one court only: the webhooks find their court by it. */
async function assertHotlineNumberFree(manager: EntityManager, courtId: string, hotlineNumber: string): Promise<void> {
  const taken = (await manager.query(`SELECT 1 FROM courts WHERE hotline_number = $1 AND id <> $2`, [hotlineNumber, courtId])) as unknown[];
  if (taken.length > 0) {
    throw new ConflictError('hotline-number-taken', 'Hotline number in use', 'Another court answers calls on this number.', { field: 'hotlineNumber' });
  }
}

/** The court, or 404. `lock` takes a row lock for a read-modify-write. */
export async function requireCourt(manager: EntityManager, id: string, lock = false): Promise<Court> {
  const court = await manager.findOne(Court, { where: { id }, ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}) });
  if (!court) throw new NotFoundError('court');
  return court;
}

function assertWindow(start: string, end: string): void {
  const problem = callInWindowProblem(start, end);
  if (problem) throw new ValidationFailedError([problem]);
}

function assertReportBy(windowEnd: string, reportBy: string, field: 'reportByTime' | 'callInWindowEnd'): void {
  const problem = reportByProblem(windowEnd, reportBy, field);
  if (problem) throw new ValidationFailedError([problem]);
}

function noticeSummary(notice: unknown): string | null {
  return typeof notice === 'string' ? `${notice.length} characters` : null;
}

/** The same texts with their keys in LANGUAGES order, as Postgres keeps a jsonb object's (so an unchanged map compares equal). */
function inLanguageOrder(texts: Partial<Record<Language, string>>): Partial<Record<Language, string>> {
  return Object.fromEntries(LANGUAGES.filter((l) => texts[l] !== undefined).map((l) => [l, texts[l]]));
}

/** Per language, how long the notice is: `{ es: '1200 characters' }`. */
function noticesSummary(notices: unknown): Record<string, string | null> {
  return Object.fromEntries(Object.entries((notices ?? {}) as Record<string, unknown>).map(([language, text]) => [language, noticeSummary(text)]));
}

function pickDefined<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}
