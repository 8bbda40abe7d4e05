import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Principal } from '@app/auth';
import { ConflictError, isUniqueViolation, NotFoundError, ValidationFailedError, type Translations } from '@app/core';
import { changedFields, CourtAccess, courtActor, courtEntry, notFoundAs } from '@app/courts';
import { ProgramAccess, requireProgram } from '@app/programs';
import { DataSource, EntityManager } from 'typeorm';
import { ResponseCatalogueEntry } from '../responses/response.entities';
import type { CatalogueEntryTranslatedField, ResponseEffect, ResponseKind } from '../responses/response.entities';
import { catalogueEntry, insertCatalogueEntries, programCatalogue } from './catalogue-entries';
import { catalogueEntryProblems, DEFAULT_CATALOGUES, restrictsLibertyByDefault } from './default-catalogue';

const CODE_KEY = 'response_catalogue_entries_program_code_key';

export interface NewCatalogueEntry {
  kind: ResponseKind;
  code: string;
  name: string;
  /** The name in other languages; defaults to none. */
  translations?: Translations<CatalogueEntryTranslatedField>;
  level: number;
  /** Defaults to `none`. */
  effect?: ResponseEffect;
  /** Defaults to jail and the usual curfew, monitoring and home-detention codes. */
  restrictsLiberty?: boolean;
}

/** Kind, code and effect never change: responses copy them when ordered. */
export interface CatalogueEntryChanges {
  name?: string;
  /** Replaces the whole map. */
  translations?: Translations<CatalogueEntryTranslatedField>;
  level?: number;
  active?: boolean;
}

/**
 * A program's graduated catalogue of sanctions, incentives and treatment
 * adjustments. Court configuration: read by anyone in the program's court,
 * changed by its administrators (or the system administrator), audited as
 * such. A program of a court out of reach is "not found". Entries are
 * retired, never deleted.
 */
@Injectable()
export class ResponseCatalogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async list(principal: Principal, programId: string): Promise<ResponseCatalogueEntry[]> {
    const manager = this.dataSource.manager;
    const program = await requireProgram(manager, programId);
    ProgramAccess.read(principal, program);
    return programCatalogue(manager, programId);
  }

  /** One new entry; 409 `catalogue-code-taken` when the program has the code already. */
  async create(principal: Principal, programId: string, input: NewCatalogueEntry): Promise<ResponseCatalogueEntry> {
    const courtId = await this.programCourt(programId);
    const grant = notFoundAs('program', () => CourtAccess.configure(principal, courtId));
    const values = { kind: input.kind, code: input.code, name: input.name, level: input.level, effect: input.effect ?? 'none' };
    const restrictsLiberty = input.restrictsLiberty ?? restrictsLibertyByDefault(values);
    const problems = catalogueEntryProblems({ ...values, restrictsLiberty, translations: input.translations });
    if (problems.length > 0) throw new ValidationFailedError(problems);

    return this.dataSource.transaction(async (manager) => {
      // A share lock: entries may be added side by side, but not while the default is being copied.
      await requireProgram(manager, programId, 'pessimistic_read');
      const translations = input.translations ?? {};
      const entry = await saveUnique(manager, manager.create(ResponseCatalogueEntry, { programId, ...values, restrictsLiberty, translations, active: true }));
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, {
          action: 'court.response_catalogue_create',
          entityType: 'response_catalogue_entry',
          entityIds: [entry.id, programId],
          details: { programId, ...values, translations },
        }),
        manager,
      );
      return entry;
    });
  }

  /**
   * Copies the program model's default catalogue into an empty catalogue, in
   * one statement; 409 `catalogue-not-empty` when the program has entries.
   * Returns the whole catalogue.
   */
  async copyDefault(principal: Principal, programId: string): Promise<ResponseCatalogueEntry[]> {
    const courtId = await this.programCourt(programId);
    const grant = notFoundAs('program', () => CourtAccess.configure(principal, courtId));
    return this.dataSource.transaction(async (manager) => {
      const program = await requireProgram(manager, programId, 'pessimistic_write');
      const [{ n }] = (await manager.query(`SELECT count(*)::int AS n FROM response_catalogue_entries WHERE program_id = $1`, [programId])) as Array<{ n: number }>;
      if (n > 0) {
        throw new ConflictError('catalogue-not-empty', 'Catalogue not empty', `The program has ${n} catalogue entries already; the default is copied only into an empty catalogue.`);
      }
      const defaults = DEFAULT_CATALOGUES[program.model];
      await insertCatalogueEntries(manager, programId, defaults);
      const entries = await programCatalogue(manager, programId);
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, {
          action: 'court.response_catalogue_copy_default',
          entityType: 'response_catalogue_entry',
          entityIds: [programId, ...entries.map((e) => e.id)],
          details: { programId, model: program.model, codes: entries.map((e) => e.code) },
        }),
        manager,
      );
      return entries;
    });
  }

  /** Renames, re-levels, retires or reinstates an entry; audited with what changed. 404 for an entry in a court out of reach. */
  async update(principal: Principal, entryId: string, changes: CatalogueEntryChanges): Promise<ResponseCatalogueEntry> {
    const found = await catalogueEntry(this.dataSource.manager, entryId);
    if (!found) throw new NotFoundError('response catalogue entry');
    const grant = notFoundAs('response catalogue entry', () => CourtAccess.configure(principal, found.courtId));
    const problems = catalogueEntryProblems({ kind: found.entry.kind, effect: found.entry.effect, ...definedOnly(changes) });
    if (problems.length > 0) throw new ValidationFailedError(problems);

    return this.dataSource.transaction(async (manager) => {
      const entry = await manager.findOne(ResponseCatalogueEntry, { where: { id: entryId }, lock: { mode: 'pessimistic_write' } });
      if (!entry) throw new NotFoundError('response catalogue entry');
      const changed = changedFields(entry, changes);
      if (Object.keys(changed).length === 0) return entry;
      Object.assign(entry, definedOnly(changes));
      const saved = await manager.save(entry);
      await this.audit.record(
        courtActor(principal, grant),
        courtEntry(grant, {
          action: 'court.response_catalogue_update',
          entityType: 'response_catalogue_entry',
          entityIds: [entry.id, entry.programId],
          details: { programId: entry.programId, code: entry.code, changes: changed },
        }),
        manager,
      );
      return saved;
    });
  }

  /** The court of the program, or 404 (before any access check, so both answers look alike). */
  private async programCourt(programId: string): Promise<string> {
    return (await requireProgram(this.dataSource.manager, programId)).courtId;
  }
}

function definedOnly<T extends object>(changes: T): Partial<T> {
  return Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) as Partial<T>;
}

async function saveUnique(manager: EntityManager, entry: ResponseCatalogueEntry): Promise<ResponseCatalogueEntry> {
  try {
    return await manager.save(entry);
  } catch (error) {
    if (isUniqueViolation(error, CODE_KEY)) {
      throw new ConflictError('catalogue-code-taken', 'Catalogue code in use', `The program's catalogue already has an entry with code ${entry.code}.`, {
        field: 'code',
      });
    }
    throw error;
  }
}
