import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, Principal } from '@app/auth';
import { Clock } from '@app/core';
import { CourtAccess } from '@app/courts';
import { DataSource } from 'typeorm';
import { courtToday } from '../path/participant-path';
import { readAbsconding } from './absconding';
import { PossiblyAbscondedDto, PossiblyAbscondedListDto } from './absconding.dto';

interface Row {
  id: string;
  court_id: string;
  participant_number: string | null;
  first_name: string;
  last_name: string;
  program_code: string;
  absconding_days: number;
  enrolled_on: string;
  last_contact_on: string | null;
  last_call_in_on: string | null;
  last_test_on: string | null;
}

/**
 * The coordinator's list of active participants who may have absconded: no
 * contact (a case note, a hearing they appeared at), no call-in and no
 * specimen for the program's number of days. Participants in custody, on a
 * warrant or on leave are not expected to call in, so they are not listed.
 * Contact is read from staff records only, never from treatment records
 * (a Part 2 disclosure the list's readers may not hold a consent for).
 */
@Injectable()
export class AbscondingService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async list(principal: Principal, courtId: string): Promise<PossiblyAbscondedListDto> {
    CourtAccess.holding(principal, courtId, Permission.ParticipantRead);
    const scope = this.access.participantScope(principal, Permission.ParticipantRead, 2);
    const rows = (await this.dataSource.query(
      `SELECT p.id, p.court_id, p.participant_number, p.first_name, p.last_name, pr.code AS program_code, pr.absconding_days,
              to_char(p.enrolled_on, 'YYYY-MM-DD') AS enrolled_on,
              to_char(GREATEST(
                (SELECT max(n.occurred_on) FROM case_notes n WHERE n.participant_id = p.id),
                (SELECT max((h.scheduled_at AT TIME ZONE c.time_zone)::date) FROM hearing_outcomes o JOIN hearings h ON h.id = o.hearing_id
                  WHERE o.participant_id = p.id AND o.attendance = 'appeared')), 'YYYY-MM-DD') AS last_contact_on,
              to_char((SELECT max(ci.court_day) FROM call_ins ci WHERE ci.participant_id = p.id), 'YYYY-MM-DD') AS last_call_in_on,
              to_char((SELECT max(dc.court_day) FROM drug_test_collections dc WHERE dc.participant_id = p.id), 'YYYY-MM-DD') AS last_test_on
         FROM participants p JOIN programs pr ON pr.id = p.program_id JOIN courts c ON c.id = p.court_id
        WHERE p.court_id = $1 AND p.status = 'active' AND p.enrolled_on IS NOT NULL AND ${scope.sql}`,
      [courtId, ...scope.params],
    )) as Row[];
    const today = await courtToday(this.dataSource.manager, courtId, this.clock);
    const items: PossiblyAbscondedDto[] = [];
    for (const row of rows) {
      const reading = readAbsconding(
        { enrolledOn: row.enrolled_on, lastContactOn: row.last_contact_on, lastCallInOn: row.last_call_in_on, lastTestOn: row.last_test_on },
        today,
        row.absconding_days,
      );
      if (!reading.possiblyAbsconded) continue;
      items.push({
        participantId: row.id,
        participantNumber: row.participant_number,
        firstName: row.first_name,
        lastName: row.last_name,
        programCode: row.program_code,
        thresholdDays: row.absconding_days,
        daysSinceContact: reading.daysSinceContact,
        daysSinceCallIn: reading.daysSinceCallIn,
        daysSinceTest: reading.daysSinceTest,
        lastContactOn: row.last_contact_on,
        lastCallInOn: row.last_call_in_on,
        lastTestOn: row.last_test_on,
      });
    }
    const silence = (i: PossiblyAbscondedDto) => Math.min(i.daysSinceContact, i.daysSinceCallIn, i.daysSinceTest);
    items.sort((a, b) => silence(b) - silence(a) || a.lastName.localeCompare(b.lastName));
    if (items.length > 0) {
      const grants = rows.filter((r) => items.some((i) => i.participantId === r.id)).map((r) => this.access.grantFor(principal, r.id, r.court_id));
      await this.access.record(principal, grants, { action: 'participant.absconding_list', entityType: 'participant', entityIds: [], details: { courtId } });
    }
    return { courtId, today, items };
  }
}
