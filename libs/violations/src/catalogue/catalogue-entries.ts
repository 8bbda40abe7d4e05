import { isUuid } from '@app/core';
import { Program } from '@app/programs';
import type { EntityManager } from 'typeorm';
import { ResponseCatalogueEntry } from '../responses/response.entities';
import { restrictsLibertyByDefault, type CatalogueEntryValues } from './default-catalogue';

/** A catalogue entry with the court its program belongs to (what an access check needs). */
export interface CatalogueEntryInCourt {
  entry: ResponseCatalogueEntry;
  programId: string;
  courtId: string;
}

/**
 * The entry with its program and court, or null when there is none (or the
 * id is not a UUID). No access check: the caller decides who may use it.
 * `lock` takes a share lock on the entry (SELECT … FOR SHARE OF e), so it is
 * not changed while a response that copies it is written.
 */
export async function catalogueEntry(manager: EntityManager, entryId: string, lock = false): Promise<CatalogueEntryInCourt | null> {
  if (!isUuid(entryId)) return null;
  const query = manager
    .createQueryBuilder(ResponseCatalogueEntry, 'e')
    .innerJoin(Program, 'p', 'p.id = e.programId')
    .addSelect('p.courtId', 'court_id')
    .where('e.id = :entryId', { entryId });
  if (lock) query.setLock('pessimistic_read', undefined, ['e']);
  const { entities, raw } = await query.getRawAndEntities<{ court_id: string }>();
  const entry = entities[0];
  if (!entry) return null;
  return { entry, programId: entry.programId, courtId: raw[0].court_id };
}

/** A program's entries: by kind (sanctions, incentives, treatment adjustments), then level, then code. */
export function programCatalogue(manager: EntityManager, programId: string): Promise<ResponseCatalogueEntry[]> {
  return manager
    .createQueryBuilder(ResponseCatalogueEntry, 'e')
    .where('e.programId = :programId', { programId })
    .orderBy(`CASE e.kind WHEN 'sanction' THEN 1 WHEN 'incentive' THEN 2 ELSE 3 END`)
    .addOrderBy('e.level')
    .addOrderBy('e.code')
    .getMany();
}

/**
 * Writes entries into a program's catalogue in one statement (the demo seed
 * and "copy the default" both use it). A code already in the program fails
 * on `response_catalogue_entries_program_code_key`. Returns how many were written.
 */
export async function insertCatalogueEntries(manager: EntityManager, programId: string, entries: readonly CatalogueEntryValues[]): Promise<number> {
  if (entries.length === 0) return 0;
  const rows = (await manager.query(
    `INSERT INTO response_catalogue_entries (program_id, kind, code, name, level, effect, restricts_liberty, translations)
     SELECT $1, kind, code, name, level, effect, restricts_liberty, translations
       FROM unnest($2::varchar[], $3::varchar[], $4::varchar[], $5::int[], $6::varchar[], $7::boolean[], $8::jsonb[]) AS e(kind, code, name, level, effect, restricts_liberty, translations)
     RETURNING id`,
    [
      programId,
      entries.map((e) => e.kind),
      entries.map((e) => e.code),
      entries.map((e) => e.name),
      entries.map((e) => e.level),
      entries.map((e) => e.effect),
      entries.map((e) => e.restrictsLiberty ?? restrictsLibertyByDefault(e)),
      entries.map((e) => JSON.stringify(e.translations ?? {})),
    ],
  )) as Array<{ id: string }>;
  return rows.length;
}
