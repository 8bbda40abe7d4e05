import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { Permission, Principal, Role } from '@app/auth';
import { Clock, DomainError, type Language } from '@app/core';
import { CourtAccess } from '@app/courts';
import { DataSource, EntityManager } from 'typeorm';
import { IN_PROGRAM_STATUSES } from '../participant-status';
import { courtToday } from '../path/participant-path';
import { readCsvFile } from './csv-file';
import { ImportReportDto } from './dto/import-report.dto';
import { importProblemMessage } from './import-messages';
import { checkParticipantLines, withUnavailableNumbers, type ImportProblem, type ParticipantImportCheck, type ParticipantImportContext, type ParticipantImportRow } from './participant-import-format';

/** A file that cannot be imported as it is: the report says why, line by line, and nothing was written. */
export class ImportHasProblemsError extends DomainError {
  constructor(report: ImportReportDto) {
    super('import-has-problems', 422, 'The file has problems', `The file has ${report.problems.length} problem(s); nothing was imported.`, { report });
  }
}

const IMPORTED = "imported from the court's earlier records";

/**
 * Brings a court's caseload in from its old spreadsheet: a dry run that
 * reports every problem line by line and writes nothing, then the import.
 *
 * Run in the request, in one transaction, not as a queued job: 10,000
 * participants are a few statements and a few seconds, the screen gets its
 * report at once, and a request that is lost (a crash, a timeout) rolls back
 * whole, so nothing is ever half-imported. Running the file again is the
 * recovery, and is safe: a participant is matched by court and participant
 * number, and one already there is left as it is.
 */
@Injectable()
export class ParticipantImportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async importParticipants(principal: Principal, courtId: string, csv: unknown, dryRun: boolean, language: Language): Promise<ImportReportDto> {
    const grant = CourtAccess.holding(principal, courtId, Permission.DataImport);
    // A refusal is thrown after the transaction commits, so its audit row stays.
    const { report, refused } = await this.dataSource.transaction(async (manager) => {
      // One import of a court at a time: the second waits, then finds the first's participants present.
      await manager.query(`SELECT pg_advisory_xact_lock(hashtextextended('participant-import:' || $1, 0))`, [courtId]);
      const read = checkFile(typeof csv === 'string' ? csv : '', await this.contextOf(manager, courtId));
      const check = withUnavailableNumbers(read, await this.numbersHeldUnseen(manager, courtId, read.rows));
      const report = reportOf('participants', check, dryRun, language);
      const actor = principal.auditActor(courtId);
      if (dryRun || check.problems.length > 0) {
        await this.audit.record(actor, {
          courtId,
          action: dryRun ? 'participant.import_checked' : 'participant.import_refused',
          entityType: 'participant',
          basis: grant.basis,
          details: { lines: report.lines, created: report.created, alreadyPresent: report.alreadyPresent, problems: report.problems.length },
        }, manager);
        if (!dryRun) return { report, refused: true };
        return { report: { ...report, needingPin: (await this.needingPin(manager, courtId)) + check.rows.filter((r) => IN_PROGRAM_STATUSES.includes(r.status)).length }, refused: false };
      }
      const ids = await this.write(manager, principal, courtId, check.rows);
      await this.audit.record(actor, {
        courtId,
        action: 'participant.import',
        entityType: 'participant',
        entityIds: ids,
        participantIds: ids,
        basis: grant.basis,
        details: { lines: report.lines, created: report.created, alreadyPresent: report.alreadyPresent },
      }, manager);
      return { report: { ...report, needingPin: await this.needingPin(manager, courtId) }, refused: false };
    });
    if (refused) throw new ImportHasProblemsError(report);
    return report;
  }

  /**
   * The court's participants in the program who have no PIN yet: the draw
   * leaves them out (they could not call in), so the import's report says
   * how many still need one, and their pages say why they are not tested.
   */
  private async needingPin(manager: EntityManager, courtId: string): Promise<number> {
    const [{ count }] = (await manager.query(
      `SELECT count(*)::int AS count FROM participants p JOIN users u ON u.id = p.user_id
        WHERE p.court_id = $1 AND p.status = ANY($2::text[]) AND u.secret_hash IS NULL`,
      [courtId, IN_PROGRAM_STATUSES],
    )) as Array<{ count: number }>;
    return count;
  }

  private async contextOf(manager: EntityManager, courtId: string): Promise<ParticipantImportContext> {
    // One after the other: they share the transaction's connection.
    const phaseRows = (await manager.query(
        `SELECT pr.id, upper(pr.code) AS code, pp.id AS plan_id, ph.position, ph.id AS phase_id
           FROM programs pr
           LEFT JOIN LATERAL (SELECT id FROM phase_plans WHERE program_id = pr.id ORDER BY version DESC LIMIT 1) pp ON true
           LEFT JOIN phases ph ON ph.phase_plan_id = pp.id
          WHERE pr.court_id = $1`,
        [courtId],
    )) as Array<{ id: string; code: string; plan_id: string | null; position: number | null; phase_id: string | null }>;
    const managerRows = (await manager.query(
        `SELECT lower(u.username) AS username, u.id FROM court_memberships m JOIN users u ON u.id = m.user_id
          WHERE m.court_id = $1 AND m.role = ANY($2::text[]) AND u.active AND u.username IS NOT NULL`,
        [courtId, [Role.CaseManager, Role.Coordinator]],
    )) as Array<{ username: string; id: string }>;
    const numberRows = (await manager.query(`SELECT upper(participant_number) AS number FROM participants WHERE court_id = $1 AND participant_number IS NOT NULL`, [
      courtId,
    ])) as Array<{ number: string }>;
    const programs = new Map<string, { id: string; phasePlanId: string | null; phases: Map<number, string> }>();
    for (const row of phaseRows) {
      const program = programs.get(row.code) ?? { id: row.id, phasePlanId: row.plan_id, phases: new Map<number, string>() };
      if (row.phase_id !== null && row.position !== null) program.phases.set(row.position, row.phase_id);
      programs.set(row.code, program);
    }
    return {
      today: await courtToday(manager, courtId, this.clock),
      programs,
      caseManagers: new Map(managerRows.map((r) => [r.username, r.id])),
      existingNumbers: new Set(numberRows.map((r) => r.number)),
    };
  }

  /**
   * Participant numbers held by records this import cannot see (sealed
   * records, hidden by row-level security), which the court's unique number
   * still covers: found by trying the inserts under a savepoint that is
   * always rolled back, so a dry run finds them too and nothing is kept.
   */
  private async numbersHeldUnseen(manager: EntityManager, courtId: string, rows: ParticipantImportRow[]): Promise<Set<string>> {
    if (rows.length === 0) return new Set();
    const numbers = rows.map((r) => r.participantNumber);
    await manager.query('SAVEPOINT participant_import_probe');
    try {
      const inserted = (await manager.query(
        `INSERT INTO participants (court_id, participant_number, first_name, last_name)
         SELECT $1, n, '', '' FROM unnest($2::text[]) AS n
         ON CONFLICT (court_id, participant_number) DO NOTHING RETURNING participant_number`,
        [courtId, numbers],
      )) as Array<{ participant_number: string }>;
      const free = new Set(inserted.map((r) => r.participant_number));
      return new Set(numbers.filter((n) => !free.has(n)));
    } finally {
      await manager.query('ROLLBACK TO SAVEPOINT participant_import_probe');
    }
  }

  /**
   * One statement a table, whatever the file's size. Each participant gets a
   * sign-in account with no PIN yet: the court issues PINs (reset-pin), and
   * until then the participant is in no draw, so nobody is charged with a
   * call-in they had no way to make.
   */
  private async write(manager: EntityManager, principal: Principal, courtId: string, rows: ParticipantImportRow[]): Promise<string[]> {
    if (rows.length === 0) return [];
    const userIds = rows.map(() => randomUUID());
    const ids = rows.map(() => randomUUID());
    const column = <T>(pick: (row: ParticipantImportRow) => T) => rows.map(pick);
    await manager.query(
      `INSERT INTO users (id, kind, username, display_name) SELECT id, 'participant', NULL, name FROM unnest($1::uuid[], $2::text[]) AS u(id, name)`,
      [userIds, column((r) => `${r.firstName} ${r.lastName}`)],
    );
    await manager.query(
      `INSERT INTO court_memberships (user_id, court_id, role, granted_by) SELECT id, $2, 'participant', $3 FROM unnest($1::uuid[]) AS u(id)`,
      [userIds, courtId, principal.userId],
    );
    await manager.query(
      `INSERT INTO participants (id, court_id, participant_number, first_name, last_name, date_of_birth, status, program_id, phase_plan_id, phase_id,
                                 phase_started_on, enrolled_on, discharged_on, user_id, case_manager_id,
                                 ethnicity, races, race_declined, sex, gender, primary_language)
       SELECT id, $1, number, first_name, last_name, born, status, program_id, plan_id, phase_id, phase_started_on, enrolled_on, discharged_on, user_id, case_manager_id,
              ethnicity, COALESCE(string_to_array(NULLIF(races, ''), ','), '{}'), race_declined, sex, gender, primary_language
         FROM unnest($2::uuid[], $3::text[], $4::text[], $5::text[], $6::date[], $7::text[], $8::uuid[], $9::uuid[], $10::uuid[], $11::date[], $12::date[], $13::date[], $14::uuid[], $15::uuid[],
                     $16::text[], $17::text[], $18::boolean[], $19::text[], $20::text[], $21::text[])
           AS r(id, number, first_name, last_name, born, status, program_id, plan_id, phase_id, phase_started_on, enrolled_on, discharged_on, user_id, case_manager_id,
                ethnicity, races, race_declined, sex, gender, primary_language)`,
      [
        courtId,
        ids,
        column((r) => r.participantNumber),
        column((r) => r.firstName),
        column((r) => r.lastName),
        column((r) => r.dateOfBirth),
        column((r) => r.status),
        column((r) => r.programId),
        column((r) => r.phasePlanId),
        column((r) => r.phaseId),
        column((r) => r.phaseStartedOn),
        column((r) => r.enrolledOn),
        column((r) => r.dischargedOn),
        userIds,
        column((r) => r.caseManagerId),
        column((r) => r.ethnicity),
        // One race list per line as text: unnest would flatten an array of arrays.
        column((r) => r.races.join(',')),
        column((r) => r.raceDeclined),
        column((r) => r.sex),
        column((r) => r.gender),
        column((r) => r.primaryLanguage),
      ],
    );
    const phased = rows.map((row, i) => ({ row, id: ids[i] })).filter(({ row }) => row.phaseId !== null);
    await manager.query(
      `INSERT INTO participant_phases (participant_id, phase_plan_id, phase_id, started_on, start_reason, ended_on, end_reason, order_note, recorded_by)
       SELECT participant_id, plan_id, phase_id, started_on, 'enrolment', ended_on, CASE WHEN ended_on IS NULL THEN NULL ELSE 'discharge' END, $6, $7
         FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::date[], $5::date[]) AS r(participant_id, plan_id, phase_id, started_on, ended_on)`,
      [
        phased.map((p) => p.id),
        phased.map((p) => p.row.phasePlanId),
        phased.map((p) => p.row.phaseId),
        phased.map((p) => p.row.phaseStartedOn),
        phased.map((p) => p.row.dischargedOn),
        IMPORTED,
        principal.userId,
      ],
    );
    await manager.query(
      `INSERT INTO participant_status_changes (participant_id, from_status, to_status, reason, effective_on, changed_by)
       SELECT id, NULL, status, $4, effective_on, $5 FROM unnest($1::uuid[], $2::text[], $3::date[]) AS r(id, status, effective_on)`,
      [ids, column((r) => r.status), column((r) => r.dischargedOn ?? r.enrolledOn), IMPORTED, principal.userId],
    );
    return ids;
  }
}

/** The file's lines as the CSV reader gives them, then checked against the court. */
function checkFile(csv: string, court: ParticipantImportContext): ParticipantImportCheck {
  const file = readCsvFile(csv);
  if (!('header' in file)) return { rows: [], alreadyPresent: [], lines: 0, problems: [file] };
  return checkParticipantLines(file.header, file.records, court);
}

/** What an import did, or would do: counts and every problem in the reader's language, line by line. */
export function reportOf(
  kind: ImportReportDto['kind'],
  check: { rows: unknown[]; alreadyPresent: number[]; problems: ImportProblem[]; lines: number },
  dryRun: boolean,
  language: Language,
): ImportReportDto {
  return {
    kind,
    dryRun,
    lines: check.lines,
    created: dryRun || check.problems.length === 0 ? check.rows.length : 0,
    alreadyPresent: check.alreadyPresent.length,
    problems: check.problems
      .sort((a, b) => a.line - b.line)
      .map((p: ImportProblem) => ({ line: p.line, column: p.column, code: p.code, message: importProblemMessage(p, language) })),
  };
}
