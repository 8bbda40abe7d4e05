import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditService } from '@app/audit';
import { ForbiddenError, Permission, Principal, roleHas } from '@app/auth';
import { NotFoundError } from '@app/core';
import { DataSource } from 'typeorm';
import type { TestNotice } from '../entities/program-message-settings.entity';
import { ProgramMessageSettingsDto, UpdateProgramMessageSettingsDto } from '../dto/program-message-settings.dto';

/** A program's choice of texts to its participants, set by its court's administrator. */
@Injectable()
export class ProgramMessageSettingsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(principal: Principal, programId: string): Promise<ProgramMessageSettingsDto> {
    await this.courtOf(principal, programId, Permission.CourtRead);
    return this.read(programId);
  }

  async set(principal: Principal, programId: string, input: UpdateProgramMessageSettingsDto): Promise<ProgramMessageSettingsDto> {
    const { courtId, basis } = await this.courtOf(principal, programId, Permission.CourtConfigure);
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO program_message_settings (program_id, court_date_reminders, missed_call_in_notice, appointment_reminders, test_notice)
              VALUES ($1, $2, $3, COALESCE($4, false), COALESCE($5, 'call_in'))
         ON CONFLICT (program_id) DO UPDATE SET court_date_reminders = EXCLUDED.court_date_reminders,
                missed_call_in_notice = EXCLUDED.missed_call_in_notice,
                appointment_reminders = COALESCE($4, program_message_settings.appointment_reminders),
                test_notice = COALESCE($5, program_message_settings.test_notice), updated_at = now()`,
        // A client that predates appointment reminders or the test notice leaves that choice as it was.
        [programId, input.courtDateReminders, input.missedCallInNotice, input.appointmentReminders ?? null, input.testNotice ?? null],
      );
      await this.audit.record(
        principal.auditActor(courtId),
        { courtId, action: 'program.message_settings.update', entityType: 'program', entityIds: [programId], basis, details: { ...input } },
        manager,
      );
    });
    return this.read(programId);
  }

  private async read(programId: string): Promise<ProgramMessageSettingsDto> {
    const [row] = (await this.dataSource.query(
      `SELECT court_date_reminders, missed_call_in_notice, appointment_reminders, test_notice FROM program_message_settings WHERE program_id = $1`,
      [programId],
    )) as Array<{ court_date_reminders: boolean; missed_call_in_notice: boolean; appointment_reminders: boolean; test_notice: TestNotice }>;
    return {
      programId,
      courtDateReminders: row?.court_date_reminders ?? true,
      missedCallInNotice: row?.missed_call_in_notice ?? false,
      appointmentReminders: row?.appointment_reminders ?? false,
      testNotice: row?.test_notice ?? 'call_in',
    };
  }

  /** The program's court, if the principal may act there: 404 for a program of a court they do not belong to, 403 for a role that may not. */
  private async courtOf(principal: Principal, programId: string, permission: Permission): Promise<{ courtId: string; basis: string }> {
    const [program] = (await this.dataSource.query(`SELECT court_id FROM programs WHERE id = $1`, [programId])) as Array<{ court_id: string }>;
    if (!program) throw new NotFoundError('program');
    if (principal.hasSystemWide(permission)) return { courtId: program.court_id, basis: `role:${principal.systemRole}` };
    const membership = principal.membershipIn(program.court_id);
    if (!membership) throw new NotFoundError('program');
    if (!roleHas(membership.role, permission)) throw new ForbiddenError(`Your role in this court does not allow ${permission}.`);
    return { courtId: program.court_id, basis: `role:${membership.role}` };
  }
}
