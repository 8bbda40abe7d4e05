import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { courtToday } from '../path/participant-path';
import { CircumstancesDto, ParticipantCircumstancesDto, RecordCircumstancesDto } from './dto/circumstances.dto';
import { type CircumstanceMoment } from './participant-circumstances.entity';

interface Row {
  id: string;
  at: CircumstanceMoment;
  recorded_on: string;
  employment: CircumstancesDto['employment'];
  education: CircumstancesDto['education'];
  housing: CircumstancesDto['housing'];
  recorded_by_name: string | null;
  updated_at: Date;
}

const toDto = (r: Row): CircumstancesDto => ({
  at: r.at,
  recordedOn: r.recorded_on,
  employment: r.employment,
  education: r.education,
  housing: r.housing,
  recordedByName: r.recorded_by_name,
  updatedAt: r.updated_at.toISOString(),
});

/**
 * Employment, education and housing at admission and at exit. Each moment
 * is one answer, replaced when recorded again; the exit's only once the
 * participant has left, so a measure never counts an "exit" of someone
 * still in the program.
 */
@Injectable()
export class CircumstancesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async read(principal: Principal, participantId: string): Promise<ParticipantCircumstancesDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const [person] = (await this.dataSource.query(`SELECT enrolled_on IS NOT NULL AS admitted, discharged_on IS NOT NULL AS exited FROM participants WHERE id = $1`, [
      participantId,
    ])) as Array<{ admitted: boolean; exited: boolean }>;
    const rows = await this.rows(participantId);
    await this.access.record(principal, [grant], { action: 'circumstances.read', entityType: 'participant_circumstances', entityIds: rows.map((r) => r.id) });
    const at = (moment: CircumstanceMoment) => rows.find((r) => r.at === moment);
    const admission = at('admission');
    const exit = at('exit');
    return { admission: admission ? toDto(admission) : null, exit: exit ? toDto(exit) : null, admitted: person.admitted, exited: person.exited };
  }

  async record(principal: Principal, participantId: string, at: CircumstanceMoment, input: RecordCircumstancesDto): Promise<CircumstancesDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, participantId);
    return this.dataSource.transaction(async (manager) => {
      const [person] = (await manager.query(`SELECT enrolled_on::text, discharged_on::text FROM participants WHERE id = $1 FOR UPDATE`, [participantId])) as Array<{
        enrolled_on: string | null;
        discharged_on: string | null;
      }>;
      if (at === 'admission' && person.enrolled_on === null) throw new ValidationFailedError([{ field: 'at', message: 'the participant has not been admitted to a program' }]);
      if (at === 'exit' && person.discharged_on === null) throw new ValidationFailedError([{ field: 'at', message: 'the participant has not left the program' }]);
      if (input.recordedOn > (await courtToday(manager, grant.courtId, this.clock))) {
        throw new ValidationFailedError([{ field: 'recordedOn', message: 'must not be in the future' }]);
      }
      const [{ id }] = (await manager.query(
        `INSERT INTO participant_circumstances (participant_id, at, recorded_on, employment, education, housing, recorded_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (participant_id, at) DO UPDATE
            SET recorded_on = EXCLUDED.recorded_on, employment = EXCLUDED.employment, education = EXCLUDED.education,
                housing = EXCLUDED.housing, recorded_by = EXCLUDED.recorded_by, updated_at = now()
         RETURNING id`,
        [participantId, at, input.recordedOn, input.employment, input.education, input.housing, principal.userId],
      )) as Array<{ id: string }>;
      await this.access.record(
        principal,
        [grant],
        { action: 'circumstances.write', entityType: 'participant_circumstances', entityIds: [id], details: { at } },
        manager,
      );
      const row = (await this.rows(participantId, manager)).find((r) => r.at === at)!;
      return toDto(row);
    });
  }

  private rows(participantId: string, manager = this.dataSource.manager): Promise<Row[]> {
    return manager.query(
      `SELECT c.id, c.at, c.recorded_on::text, c.employment, c.education, c.housing, u.display_name AS recorded_by_name, c.updated_at
         FROM participant_circumstances c LEFT JOIN users u ON u.id = c.recorded_by
        WHERE c.participant_id = $1`,
      [participantId],
    ) as Promise<Row[]>;
  }
}
