import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock, ValidationFailedError } from '@app/core';
import { DataSource, EntityManager } from 'typeorm';
import { courtToday } from '../path/participant-path';
import { CreateCriminalHistoryEventDto, CriminalHistoryDto, CriminalHistoryEventDto } from './dto/criminal-history.dto';
import { CriminalHistoryEvent, type CriminalHistoryKind, type OffenseLevel } from './criminal-history-event.entity';

/** One event from a records system, already matched to a participant of the court by the importer. */
export interface ImportedCriminalHistoryEvent {
  participantId: string;
  kind: CriminalHistoryKind;
  occurredOn: string;
  description: string;
  offenseLevel: OffenseLevel | null;
  /** The records system's key for the event, unique in the court: a second import of it adds nothing. */
  externalKey: string;
}

interface EventRow {
  id: string;
  participant_id: string;
  kind: CriminalHistoryKind;
  occurred_on: string;
  description: string;
  offense_level: OffenseLevel | null;
  source: 'staff' | 'import';
  recorded_by_name: string | null;
  created_at: Date;
}

const toDto = (r: EventRow): CriminalHistoryEventDto => ({
  id: r.id,
  participantId: r.participant_id,
  kind: r.kind,
  occurredOn: r.occurred_on,
  description: r.description,
  offenseLevel: r.offense_level,
  source: r.source,
  recordedByName: r.recorded_by_name,
  createdAt: r.created_at.toISOString(),
});

const SELECT_EVENTS = `
SELECT e.id, e.participant_id, e.kind, e.occurred_on::text, e.description, e.offense_level, e.source, u.display_name AS recorded_by_name, e.created_at
  FROM criminal_history_events e LEFT JOIN users u ON u.id = e.recorded_by`;

/**
 * Arrests and convictions of a participant, before, during and after the
 * program, entered by case staff or imported from a records system. The
 * outcome measures count new ones; every read is audited like the rest of
 * the participant's record.
 */
@Injectable()
export class CriminalHistoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, participantId: string): Promise<CriminalHistoryDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantRead, participantId);
    const rows = (await this.dataSource.query(`${SELECT_EVENTS} WHERE e.participant_id = $1 ORDER BY e.occurred_on DESC, e.created_at DESC`, [participantId])) as EventRow[];
    await this.access.record(principal, [grant], { action: 'criminal_history.read', entityType: 'criminal_history_event', entityIds: rows.map((r) => r.id) });
    return { items: rows.map(toDto) };
  }

  async record(principal: Principal, participantId: string, input: CreateCriminalHistoryEventDto): Promise<CriminalHistoryEventDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, participantId);
    return this.dataSource.transaction(async (manager) => {
      // An arrest "tomorrow" is a typing error, and counted it would be a charge against the person.
      if (input.occurredOn > (await courtToday(manager, grant.courtId, this.clock))) {
        throw new ValidationFailedError([{ field: 'occurredOn', message: 'must not be in the future' }]);
      }
      const event = await manager.save(
        manager.create(CriminalHistoryEvent, {
          participantId,
          courtId: grant.courtId,
          kind: input.kind,
          occurredOn: input.occurredOn,
          description: input.description,
          offenseLevel: input.offenseLevel ?? null,
          source: 'staff',
          externalKey: null,
          recordedBy: principal.userId,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'criminal_history.write', entityType: 'criminal_history_event', entityIds: [event.id], details: { kind: event.kind, occurredOn: event.occurredOn } },
        manager,
      );
      const [row] = (await manager.query(`${SELECT_EVENTS} WHERE e.id = $1`, [event.id])) as EventRow[];
      return toDto(row);
    });
  }

  /**
   * Writes events an importer read from a records system, in the caller's
   * transaction; the caller has checked the principal's right to import and
   * audits the import. An event whose external key the court already holds
   * is skipped, so a repeated import adds nothing. A participant of another
   * court is refused rather than written.
   */
  async importEvents(
    manager: EntityManager,
    courtId: string,
    recordedBy: string | null,
    events: readonly ImportedCriminalHistoryEvent[],
  ): Promise<{ inserted: string[]; alreadyImported: number }> {
    if (events.length === 0) return { inserted: [], alreadyImported: 0 };
    const ids = [...new Set(events.map((e) => e.participantId))];
    const [{ count }] = (await manager.query(`SELECT count(*)::int AS count FROM participants WHERE id = ANY($1::uuid[]) AND court_id = $2`, [ids, courtId])) as Array<{
      count: number;
    }>;
    if (count !== ids.length) throw new ValidationFailedError([{ field: 'participantId', message: 'every event must name a participant of this court' }]);
    const rows = (await manager.query(
      `INSERT INTO criminal_history_events (participant_id, court_id, kind, occurred_on, description, offense_level, source, external_key, recorded_by)
       SELECT e.participant_id, $1, e.kind, e.occurred_on, e.description, e.offense_level, 'import', e.external_key, $2
         FROM jsonb_to_recordset($3::jsonb) AS e(participant_id uuid, kind text, occurred_on date, description text, offense_level text, external_key text)
       ON CONFLICT (court_id, external_key) WHERE external_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        courtId,
        recordedBy,
        JSON.stringify(
          events.map((e) => ({
            participant_id: e.participantId,
            kind: e.kind,
            occurred_on: e.occurredOn,
            description: e.description,
            offense_level: e.offenseLevel,
            external_key: e.externalKey,
          })),
        ),
      ],
    )) as Array<{ id: string }>;
    return { inserted: rows.map((r) => r.id), alreadyImported: events.length - rows.length };
  }
}
