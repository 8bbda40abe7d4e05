import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Principal } from '@app/auth';
import { ConflictError, type FieldProblem, isUniqueViolation, isUuid, NotFoundError, ValidationFailedError, type Translations } from '@app/core';
import { changedFields, CourtAccess, CourtGrant, courtActor, courtEntry, requireCourt } from '@app/courts';
import { DataSource, EntityManager } from 'typeorm';
import { ProgramTestingSite, TestingSite, type TestingSiteTranslatedField } from '../entities/testing-site.entity';
import { describeHours, type OpeningHours, openingHoursProblems, parseOpeningHours, type SiteClosure, sortedHours } from './opening-hours';

export interface NewTestingSite {
  name: string;
  address: string;
  /** Hours as text, read into `weeklyHours` (422 when it cannot be read); not with `weeklyHours`. */
  hours?: string;
  weeklyHours?: OpeningHours[];
  /** Replaces the whole list. */
  closures?: SiteClosure[];
  instructions?: string | null;
  /** Instructions in other languages; on a change, replaces the whole map. */
  translations?: Translations<TestingSiteTranslatedField>;
  active?: boolean;
  programIds?: string[];
}

export type TestingSiteChanges = Partial<NewTestingSite>;

export interface TestingSiteWithPrograms {
  site: TestingSite;
  /** Sorted, so the list reads the same every time. */
  programIds: string[];
}

/**
 * Where a court's participants give specimens, and which programs each site
 * serves (the call-in answer names them). Court configuration: read by
 * anyone in the court, changed by its administrators, audited as such.
 * Sites are deactivated rather than deleted, since collections refer to them.
 */
@Injectable()
export class TestingSitesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, courtId: string): Promise<TestingSiteWithPrograms[]> {
    CourtAccess.read(principal, courtId);
    const manager = this.dataSource.manager;
    await requireCourt(manager, courtId);
    const sites = await manager.find(TestingSite, { where: { courtId }, order: { name: 'ASC' } });
    const links = await programLinks(manager, sites.map((s) => s.id));
    return sites.map((site) => ({ site, programIds: links.get(site.id) ?? [] }));
  }

  async create(principal: Principal, courtId: string, input: NewTestingSite): Promise<TestingSiteWithPrograms> {
    const grant = CourtAccess.configure(principal, courtId);
    return this.dataSource.transaction(async (manager) => {
      await requireCourt(manager, courtId);
      const programIds = sorted(input.programIds ?? []);
      await assertCourtPrograms(manager, courtId, programIds);
      const schedule = siteSchedule(input);
      if (!schedule.weeklyHours) throw new ValidationFailedError([{ field: 'weeklyHours', message: 'is required: when the site is open each week' }]);
      const site = await saveUnique(
        manager,
        manager.create(TestingSite, {
          courtId,
          name: input.name,
          address: input.address,
          ...schedule,
          closures: schedule.closures ?? [],
          instructions: input.instructions || null,
          translations: input.translations ?? {},
          active: input.active ?? true,
        }),
      );
      await linkPrograms(manager, site.id, programIds);
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, {
          action: 'court.testing_site_create',
          entityType: 'testing_site',
          entityIds: [site.id],
          details: { name: site.name, active: site.active, programIds, weeklyHours: site.weeklyHours, closures: site.closures, translations: site.translations },
        }),
        manager,
      );
      return { site, programIds };
    });
  }

  /** Changes a site; `programIds` replaces the list of programs it serves. 404 for a site in a court out of reach. */
  async update(principal: Principal, siteId: string, changes: TestingSiteChanges): Promise<TestingSiteWithPrograms> {
    if (!isUuid(siteId)) throw new NotFoundError('testing site');
    const found = await this.dataSource.manager.findOneBy(TestingSite, { id: siteId });
    if (!found) throw new NotFoundError('testing site');
    const grant = configureSiteCourt(principal, found.courtId);
    return this.dataSource.transaction(async (manager) => {
      const site = await manager.findOne(TestingSite, { where: { id: siteId }, lock: { mode: 'pessimistic_write' } });
      if (!site) throw new NotFoundError('testing site');
      const before = { ...site, programIds: (await programLinks(manager, [site.id])).get(site.id) ?? [] };
      const { hours: _text, ...rest } = changes;
      const schedule = siteSchedule(changes);
      const after = {
        ...rest,
        ...(schedule.weeklyHours ? { weeklyHours: schedule.weeklyHours, hours: schedule.hours } : {}),
        ...(schedule.closures ? { closures: schedule.closures } : {}),
        ...(changes.instructions !== undefined ? { instructions: changes.instructions || null } : {}),
        ...(changes.programIds !== undefined ? { programIds: sorted(changes.programIds) } : {}),
      };
      if (after.programIds !== undefined) await assertCourtPrograms(manager, site.courtId, after.programIds);
      const changed = changedFields(before, after);
      if (Object.keys(changed).length === 0) return { site, programIds: before.programIds };
      for (const field of ['name', 'address', 'hours', 'weeklyHours', 'closures', 'instructions', 'translations', 'active'] as const) {
        if (after[field] !== undefined) Object.assign(site, { [field]: after[field] });
      }
      const saved = await saveUnique(manager, site);
      if (changed.programIds) {
        await manager.delete(ProgramTestingSite, { testingSiteId: site.id });
        await linkPrograms(manager, site.id, after.programIds ?? []);
      }
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, { action: 'court.testing_site_update', entityType: 'testing_site', entityIds: [site.id], details: { changes: changed } }),
        manager,
      );
      return { site: saved, programIds: after.programIds ?? before.programIds };
    });
  }
}

/**
 * The hours of a write: `weeklyHours` as given, or read from the `hours`
 * text (422 naming `hours` when it cannot be read: hours are never
 * guessed), worded in English for the `hours` column; closures sorted, one a day.
 */
function siteSchedule(input: TestingSiteChanges): { weeklyHours?: OpeningHours[]; hours?: string; closures?: SiteClosure[] } {
  const problems: FieldProblem[] = [];
  let weeklyHours: OpeningHours[] | undefined;
  if (input.weeklyHours !== undefined && input.hours !== undefined) {
    problems.push({ field: 'hours', message: 'is worded from weeklyHours: give one or the other' });
  } else if (input.weeklyHours !== undefined) {
    // A site open on no day is a site not offered: that is `active: false`, not an empty week.
    if (input.weeklyHours.length === 0) problems.push({ field: 'weeklyHours', message: 'needs at least one opening; to stop offering the site, make it inactive' });
    problems.push(...openingHoursProblems(input.weeklyHours));
    weeklyHours = sortedHours(input.weeklyHours);
  } else if (input.hours !== undefined) {
    weeklyHours = parseOpeningHours(input.hours) ?? undefined;
    if (!weeklyHours) problems.push({ field: 'hours', message: 'could not be read as opening hours (e.g. "Mon-Fri 06:00-17:00, Sat 08:00-12:00"); give weeklyHours' });
  }
  const closures = input.closures ? [...input.closures].sort((a, b) => a.date.localeCompare(b.date)) : undefined;
  closures?.forEach((c, i) => {
    if (i > 0 && closures[i - 1].date === c.date) problems.push({ field: 'closures', message: `names ${c.date} twice` });
  });
  if (problems.length > 0) throw new ValidationFailedError(problems);
  return {
    ...(weeklyHours ? { weeklyHours, hours: describeHours(weeklyHours, 'en') } : {}),
    ...(closures ? { closures: closures.map((c) => (c.reason ? { date: c.date, reason: c.reason } : { date: c.date })) } : {}),
  };
}

/** A site in a court the caller does not belong to is "not found", like one that does not exist. */
function configureSiteCourt(principal: Principal, courtId: string): CourtGrant {
  try {
    return CourtAccess.configure(principal, courtId);
  } catch (error) {
    if (error instanceof NotFoundError) throw new NotFoundError('testing site');
    throw error;
  }
}

const sorted = (ids: readonly string[]) => [...new Set(ids.map((id) => id.toLowerCase()))].sort();

/** 422 naming `programIds` unless every id is a program of this court. */
async function assertCourtPrograms(manager: EntityManager, courtId: string, programIds: readonly string[]): Promise<void> {
  if (programIds.length === 0) return;
  const rows = (await manager.query(`SELECT id FROM programs WHERE court_id = $1 AND id = ANY($2::uuid[])`, [courtId, programIds])) as Array<{ id: string }>;
  const known = new Set(rows.map((row) => row.id));
  const unknown = programIds.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new ValidationFailedError([{ field: 'programIds', message: `must name programs of this court (not ${unknown.join(', ')})` }]);
  }
}

async function linkPrograms(manager: EntityManager, siteId: string, programIds: readonly string[]): Promise<void> {
  if (programIds.length === 0) return;
  await manager.insert(
    ProgramTestingSite,
    programIds.map((programId) => ({ programId, testingSiteId: siteId })),
  );
}

async function programLinks(manager: EntityManager, siteIds: readonly string[]): Promise<Map<string, string[]>> {
  if (siteIds.length === 0) return new Map();
  const rows = (await manager.query(
    `SELECT testing_site_id, array_agg(program_id::text ORDER BY program_id::text) AS program_ids
       FROM program_testing_sites WHERE testing_site_id = ANY($1::uuid[]) GROUP BY testing_site_id`,
    [siteIds],
  )) as Array<{ testing_site_id: string; program_ids: string[] }>;
  return new Map(rows.map((row) => [row.testing_site_id, row.program_ids]));
}

async function saveUnique(manager: EntityManager, site: TestingSite): Promise<TestingSite> {
  try {
    return await manager.save(site);
  } catch (error) {
    if (isUniqueViolation(error, 'testing_sites_court_name_key')) {
      throw new ConflictError('testing-site-name-taken', 'Testing site name in use', `The court already has a testing site named ${site.name}.`, {
        field: 'name',
      });
    }
    throw error;
  }
}
