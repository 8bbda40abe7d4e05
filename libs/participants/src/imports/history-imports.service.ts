import { createHash, randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal } from '@app/auth';
import { Clock, courtDateAt, type Language } from '@app/core';
import { CourtAccess } from '@app/courts';
import { CriminalHistoryService } from '../criminal-history/criminal-history.service';
import { DataSource, EntityManager } from 'typeorm';
import { readCsvFile } from './csv-file';
import { ImportReportDto } from './dto/import-report.dto';
import {
  checkHistoryLines,
  sourceKey,
  type CatalogueEntryRef,
  type CriminalHistoryRow,
  type DrugTestRow,
  type HearingRow,
  type HistoryImportCheck,
  type HistoryImportContext,
  type HistoryKind,
  type HistoryRow,
  type ResponseRow,
  type ViolationRow,
} from './history-import-format';
import { ImportHasProblemsError, reportOf } from './participant-imports.service';

/** The table a kind's records are matched in by participant and source id (criminal history: by its external key). */
const TABLE_OF: Readonly<Record<Exclude<HistoryKind, 'criminal-history'>, string>> = {
  'drug-tests': 'drug_test_collections',
  violations: 'violations',
  responses: 'court_responses',
  hearings: 'hearings',
};
const ENTITY_OF: Readonly<Record<HistoryKind, string>> = {
  'drug-tests': 'drug_test_collection',
  violations: 'violation',
  responses: 'court_response',
  hearings: 'hearing',
  'criminal-history': 'criminal_history_event',
};

/** An imported arrest's or conviction's key in the court (the criminal-history service's `externalKey`): the participant and the source id. */
const externalKeyOf = (participantId: string, sourceId: string) => `${participantId}:${sourceId}`;
const IMPORTED = "imported from the court's earlier records";
/** The 72-hour rule's deadline as it would have stood; an imported violation is closed, so no clock runs on it. */
const RESPONSE_WINDOW_MS = 72 * 3_600_000;

/**
 * Brings a court's history in from its earlier records: drug tests,
 * violations, responses and hearings, each file checked first (a dry run
 * reporting every problem line by line and writing nothing) and then
 * imported in one transaction, all lines or none, as the participants file is.
 *
 * An imported record is history, never a charge: it is written straight to
 * its table, marked `imported_at`, and through none of the services that act
 * on a new record. So no 72-hour clock or reminder is scheduled (no clock
 * moment, no outbox event), no alert or message goes out, an imported
 * positive test makes no violation, an imported jail day puts nobody in
 * custody, and the swiftness measure and treatment-offer rule leave imported
 * violations out. Imported violations are closed (answered or dismissed):
 * one still open is a line problem, recorded by hand so its clock starts here.
 *
 * A record is matched by its participant and the earlier system's id of it
 * (`source_id`, unique per participant in each table): one already there is
 * left as it is, so running the same file again imports nothing twice.
 */
@Injectable()
export class HistoryImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly criminalHistory: CriminalHistoryService,
  ) {}

  async importHistory(principal: Principal, courtId: string, kind: HistoryKind, csv: unknown, dryRun: boolean, language: Language): Promise<ImportReportDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.DataImport);
    // A refusal is thrown after the transaction commits, so its audit row stays.
    const { report, refused } = await this.dataSource.transaction(async (manager) => {
      // One import of a court at a time (the participants import takes the same lock): the second waits, then finds the first's records present.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('participant-import:' || $1, 0))`, [courtId]);
      const file = readCsvFile(typeof csv === 'string' ? csv : '');
      const check: HistoryImportCheck =
        'header' in file ? checkHistoryLines(kind, file.header, file.records, await this.contextOf(manager, courtId, kind)) : { rows: [], alreadyPresent: [], lines: 0, problems: [file] };
      const report = reportOf(kind, check, dryRun, language);
      const actor = principal.auditActor(courtId);
      const counts = { kind, lines: report.lines, created: report.created, alreadyPresent: report.alreadyPresent };
      if (dryRun || check.problems.length > 0) {
        await this.audit.record(
          actor,
          {
            courtId,
            action: dryRun ? 'history.import_checked' : 'history.import_refused',
            entityType: ENTITY_OF[kind],
            basis: grant.basis,
            details: { ...counts, problems: report.problems.length },
          },
          manager,
        );
        return { report, refused: !dryRun };
      }
      if (kind === 'criminal-history') await this.writeCriminalHistory(manager, principal.userId, courtId, check.rows as CriminalHistoryRow[]);
      else await WRITERS[kind](manager, principal.userId, courtId, check.rows, this.clock.now());
      await this.audit.record(
        actor,
        {
          courtId,
          action: 'history.import',
          entityType: ENTITY_OF[kind],
          participantIds: [...new Set(check.rows.map((r) => r.participantId))],
          basis: grant.basis,
          details: counts,
        },
        manager,
      );
      return { report, refused: false };
    });
    if (refused) throw new ImportHasProblemsError(report);
    return report;
  }

  private async contextOf(manager: EntityManager, courtId: string, kind: HistoryKind): Promise<HistoryImportContext> {
    // One after the other: they share the transaction's connection. A sealed record is hidden by row-level security, so its number is unknown here.
    const [{ time_zone: timeZone }] = (await manager.query(`SELECT time_zone FROM courts WHERE id = $1`, [courtId])) as Array<{ time_zone: string }>;
    const participantRows = (await manager.query(
      `SELECT id, upper(participant_number) AS number, program_id FROM participants WHERE court_id = $1 AND participant_number IS NOT NULL`,
      [courtId],
    )) as Array<{ id: string; number: string; program_id: string | null }>;
    const presentRows =
      kind === 'criminal-history'
        ? await this.importedCriminalHistory(manager, courtId)
        : ((await manager.query(`SELECT participant_id, source_record_id FROM ${TABLE_OF[kind]} WHERE court_id = $1 AND source_record_id IS NOT NULL`, [
            courtId,
          ])) as Array<{ participant_id: string; source_record_id: string }>);
    const catalogue = new Map<string, Map<string, CatalogueEntryRef>>();
    const violations = new Map<string, string>();
    if (kind === 'responses') {
      const entries = (await manager.query(
        `SELECT e.id, e.program_id, upper(e.code) AS code, e.kind, e.level, e.effect, e.restricts_liberty
           FROM response_catalogue_entries e JOIN programs pr ON pr.id = e.program_id WHERE pr.court_id = $1`,
        [courtId],
      )) as Array<{ id: string; program_id: string; code: string; kind: CatalogueEntryRef['kind']; level: number; effect: string; restricts_liberty: boolean }>;
      for (const e of entries) {
        const program = catalogue.get(e.program_id) ?? new Map<string, CatalogueEntryRef>();
        program.set(e.code, { id: e.id, kind: e.kind, level: e.level, effect: e.effect, restrictsLiberty: e.restricts_liberty });
        catalogue.set(e.program_id, program);
      }
      const imported = (await manager.query(`SELECT id, participant_id, source_record_id FROM violations WHERE court_id = $1 AND source_record_id IS NOT NULL`, [
        courtId,
      ])) as Array<{ id: string; participant_id: string; source_record_id: string }>;
      for (const v of imported) violations.set(sourceKey(v.participant_id, v.source_record_id), v.id);
    }
    return {
      today: courtDateAt(this.clock.now(), timeZone),
      timeZone,
      participants: new Map(participantRows.map((r) => [r.number, { id: r.id, programId: r.program_id }])),
      present: new Set(presentRows.map((r) => sourceKey(r.participant_id, r.source_record_id))),
      catalogue,
      violations,
    };
  }

  /** Arrests and convictions this import wrote before, by their external key. */
  private async importedCriminalHistory(manager: EntityManager, courtId: string): Promise<Array<{ participant_id: string; source_record_id: string }>> {
    const rows = (await manager.query(`SELECT participant_id, external_key FROM criminal_history_events WHERE court_id = $1 AND source = 'import' AND external_key IS NOT NULL`, [
      courtId,
    ])) as Array<{ participant_id: string; external_key: string }>;
    const prefix = (r: { participant_id: string }) => `${r.participant_id}:`;
    return rows.filter((r) => r.external_key.startsWith(prefix(r))).map((r) => ({ participant_id: r.participant_id, source_record_id: r.external_key.slice(prefix(r).length) }));
  }

  /** Through the criminal-history service, which owns those records and keeps an external key once. */
  private async writeCriminalHistory(manager: EntityManager, importerId: string, courtId: string, rows: CriminalHistoryRow[]): Promise<void> {
    await this.criminalHistory.importEvents(
      manager,
      courtId,
      importerId,
      rows.map((r) => ({
        participantId: r.participantId,
        kind: r.kind,
        occurredOn: r.occurredOn,
        description: r.description,
        offenseLevel: r.offenseLevel,
        externalKey: externalKeyOf(r.participantId, r.sourceId),
      })),
    );
  }
}

type Writer = (manager: EntityManager, importerId: string, courtId: string, rows: HistoryRow[], now: Date) => Promise<void>;

/**
 * One statement a table, whatever the file's size. `ON CONFLICT DO NOTHING`
 * on the participant and source id keeps a record once even if two imports
 * ever raced past the lock.
 */
const WRITERS: Readonly<Record<Exclude<HistoryKind, 'criminal-history'>, Writer>> = {
  'drug-tests': async (manager, importerId, courtId, all, now) => {
    const rows = all as DrugTestRow[];
    if (rows.length === 0) return;
    const collections = (await manager.query(
      `INSERT INTO drug_test_collections (id, court_id, participant_id, court_day, collected_at, observed, specimen_type, basis, notes, lab, collected_by, imported_at, source_record_id)
       SELECT id, $1, participant_id, court_day, collected_at, false, specimen, 'random', $7, lab, $8, $9, source_id
         FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::timestamptz[], $6::text[], $10::text[], $11::text[]) AS r(id, participant_id, court_day, collected_at, specimen, lab, source_id)
       ON CONFLICT (participant_id, source_record_id) WHERE source_record_id IS NOT NULL DO NOTHING
       RETURNING id, participant_id, source_record_id`,
      [
        courtId,
        rows.map(() => randomUUID()),
        rows.map((r) => r.participantId),
        rows.map((r) => r.courtDay),
        rows.map((r) => r.collectedAt),
        rows.map((r) => r.specimen),
        IMPORTED,
        importerId,
        now,
        rows.map((r) => r.lab),
        rows.map((r) => r.sourceId),
      ],
    )) as Array<{ id: string; participant_id: string; source_record_id: string }>;
    // The results of each collection written (a line that conflicted writes none).
    const collectionOf = new Map(collections.map((c) => [sourceKey(c.participant_id, c.source_record_id), c.id]));
    const results = rows.flatMap((row) => {
      const collectionId = collectionOf.get(sourceKey(row.participantId, row.sourceId));
      return collectionId ? row.results.map((result) => ({ row, collectionId, ...result })) : [];
    });
    await manager.query(
      `INSERT INTO drug_test_results (court_id, participant_id, collection_id, tested_on, substance, outcome, method, lab, released_at, recorded_by, imported_at)
       SELECT $1, participant_id, collection_id, tested_on, substance, outcome, method, lab, $7, $8, $7
         FROM unnest($2::uuid[], $3::uuid[], $4::date[], $5::text[], $6::text[], $9::text[], $10::text[]) AS r(participant_id, collection_id, tested_on, substance, outcome, method, lab)`,
      [
        courtId,
        results.map((r) => r.row.participantId),
        results.map((r) => r.collectionId),
        results.map((r) => r.row.courtDay),
        results.map((r) => r.substance),
        results.map((r) => r.outcome),
        now,
        importerId,
        results.map((r) => (r.row.confirmed ? 'confirmation' : 'screen')),
        results.map((r) => r.row.lab),
      ],
    );
  },
  violations: async (manager, importerId, courtId, all, now) => {
    const rows = all as ViolationRow[];
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO violations (court_id, participant_id, kind, detected_at, deadline_at, status, answered_at, dismissed_at, dismissed_reason, description, recorded_by, imported_at, source_record_id)
       SELECT $1, participant_id, kind, detected_at, detected_at + $9::interval, status,
              CASE WHEN status = 'answered' THEN closed_at END, CASE WHEN status = 'dismissed' THEN closed_at END, CASE WHEN status = 'dismissed' THEN $10 END,
              description, $11, $12, source_id
         FROM unnest($2::uuid[], $3::text[], $4::timestamptz[], $5::text[], $6::timestamptz[], $7::text[], $8::text[]) AS r(participant_id, kind, detected_at, status, closed_at, description, source_id)
       ON CONFLICT (participant_id, source_record_id) WHERE source_record_id IS NOT NULL DO NOTHING`,
      [
        courtId,
        rows.map((r) => r.participantId),
        rows.map((r) => r.kind),
        rows.map((r) => r.detectedAt),
        rows.map((r) => r.status),
        rows.map((r) => r.closedAt),
        rows.map((r) => r.description),
        rows.map((r) => r.sourceId),
        `${RESPONSE_WINDOW_MS} milliseconds`,
        IMPORTED,
        importerId,
        now,
      ],
    );
  },
  responses: async (manager, importerId, courtId, all, now) => {
    const rows = all as ResponseRow[];
    if (rows.length === 0) return;
    const ids = rows.map(() => randomUUID());
    const inserted = (await manager.query(
      `INSERT INTO court_responses (id, court_id, participant_id, catalogue_entry_id, kind, level, effect, amount, ordered_on, note, restricts_liberty, ordered_by, imported_at, source_record_id)
       SELECT id, $1, participant_id, entry_id, kind, level, effect, amount, ordered_on, note, restricts_liberty, $13, $14, source_id
         FROM unnest($2::uuid[], $3::uuid[], $4::uuid[], $5::text[], $6::int[], $7::text[], $8::numeric[], $9::date[], $10::text[], $11::boolean[], $12::text[])
           AS r(id, participant_id, entry_id, kind, level, effect, amount, ordered_on, note, restricts_liberty, source_id)
       ON CONFLICT (participant_id, source_record_id) WHERE source_record_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        courtId,
        ids,
        rows.map((r) => r.participantId),
        rows.map((r) => r.entry.id),
        rows.map((r) => r.entry.kind),
        rows.map((r) => r.entry.level),
        rows.map((r) => r.entry.effect),
        rows.map((r) => r.amount),
        rows.map((r) => r.orderedOn),
        rows.map((r) => r.note),
        rows.map((r) => r.entry.restrictsLiberty),
        rows.map((r) => r.sourceId),
        importerId,
        now,
      ],
    )) as Array<{ id: string }>;
    const kept = new Set(inserted.map((r) => r.id));
    const links = rows.map((row, i) => ({ id: ids[i], violationId: row.violationId })).filter((l) => l.violationId !== null && kept.has(l.id));
    await manager.query(`INSERT INTO court_response_violations (response_id, violation_id) SELECT * FROM unnest($1::uuid[], $2::uuid[])`, [
      links.map((l) => l.id),
      links.map((l) => l.violationId),
    ]);
  },
  hearings: async (manager, importerId, courtId, all, now) => {
    const rows = all as HearingRow[];
    if (rows.length === 0) return;
    const ids = rows.map(() => randomUUID());
    const inserted = (await manager.query(
      `INSERT INTO hearings (id, court_id, participant_id, kind, scheduled_at, status, created_by, imported_at, source_record_id)
       SELECT id, $1, participant_id, kind, held_at, 'held', $6, $7, source_id
         FROM unnest($2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[], $8::text[]) AS r(id, participant_id, kind, held_at, source_id)
       ON CONFLICT (participant_id, source_record_id) WHERE source_record_id IS NOT NULL DO NOTHING
       RETURNING id`,
      [courtId, ids, rows.map((r) => r.participantId), rows.map((r) => r.kind), rows.map((r) => r.heldAt), importerId, now, rows.map((r) => r.sourceId)],
    )) as Array<{ id: string }>;
    const kept = new Set(inserted.map((r) => r.id));
    const outcomes = rows.map((row, i) => ({ row, id: ids[i] })).filter((o) => kept.has(o.id));
    await manager.query(
      `INSERT INTO hearing_outcomes (hearing_id, participant_id, version, attendance, notes, fingerprint, request, recorded_by, imported_at)
       SELECT hearing_id, participant_id, 1, attendance, notes, fingerprint, '{"imported": true}'::jsonb, $6, $7
         FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::text[]) AS r(hearing_id, participant_id, attendance, notes, fingerprint)`,
      [
        outcomes.map((o) => o.id),
        outcomes.map((o) => o.row.participantId),
        outcomes.map((o) => o.row.attendance),
        outcomes.map((o) => o.row.outcome),
        outcomes.map((o) => createHash('sha256').update(`import:${o.row.participantId}:${o.row.sourceId}`).digest('hex')),
        importerId,
        now,
      ],
    );
    // A warning hearing the participant attended, held in the earlier system: the rules were explained, so testing
    // has begun (HOPE), as a warning hearing recorded here starts it. Without this an imported HOPE caseload would
    // never be drawn. The earliest counts, and one already recorded is kept.
    await manager.query(
      `UPDATE participants p SET warning_hearing_on = w.day
         FROM (SELECT h.participant_id, min((h.scheduled_at AT TIME ZONE c.time_zone)::date) AS day
                 FROM hearings h JOIN hearing_outcomes o ON o.hearing_id = h.id JOIN courts c ON c.id = h.court_id
                WHERE h.id = ANY($1::uuid[]) AND h.kind = 'warning' AND o.attendance = 'appeared'
                GROUP BY h.participant_id) w
        WHERE p.id = w.participant_id AND p.warning_hearing_on IS NULL`,
      [outcomes.map((o) => o.id)],
    );
  },
};
