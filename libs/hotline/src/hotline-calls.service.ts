import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, type Principal } from '@app/auth';
import { Clock } from '@app/core';
import { CourtAccess } from '@app/courts';
import { maskedPhone } from '@app/participants';
import { DataSource } from 'typeorm';
import { HotlineCallDto } from './dto/hotline-call.dto';
import type { HotlineChannel, HotlineOutcome } from './hotline-interaction.entity';

interface CallRow {
  id: string;
  channel: HotlineChannel;
  started_at: Date;
  from_number: string;
  registered: boolean;
  outcome: HotlineOutcome;
  language: string | null;
  duration_seconds: number | null;
  participant_id: string | null;
  participant_number: string | null;
  participant_name: string | null;
  receipt_code: string | null;
}

const SELECT = `
  SELECT i.id, i.channel, i.started_at, i.from_number, i.outcome, i.language, i.duration_seconds, i.participant_id,
         p.participant_number, CASE WHEN p.id IS NULL THEN NULL ELSE p.first_name || ' ' || p.last_name END AS participant_name,
         c.receipt_code,
         EXISTS (SELECT 1 FROM participant_phone_numbers n WHERE n.court_id = i.court_id AND n.phone_e164 = i.from_number
                    AND n.participant_id = i.participant_id) AS registered
    FROM hotline_interactions i
    LEFT JOIN participants p ON p.id = i.participant_id
    LEFT JOIN call_ins c ON c.id = i.call_in_id`;

/** How far back the court's log reaches: the day's calls and the night's texts. */
const COURT_LOG_HOURS = 24;
const COURT_LOG_LIMIT = 200;

/**
 * The call and text log as staff read it: a participant's calls on their
 * page, and the court's last day of calls on the testing board. Numbers are
 * masked; reads are audited on each participant named.
 */
@Injectable()
export class HotlineCallsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async forParticipant(principal: Principal, participantId: string): Promise<HotlineCallDto[]> {
    const grant = await this.access.participant(principal, Permission.DrawRead, participantId);
    const rows = (await this.dataSource.query(`${SELECT} WHERE i.participant_id = $1 ORDER BY i.started_at DESC LIMIT 100`, [participantId])) as CallRow[];
    await this.access.record(principal, [grant], { action: 'hotline_call.read', entityType: 'hotline_call', entityIds: rows.map((r) => r.id) });
    return rows.map(toDto);
  }

  async forCourt(principal: Principal, courtId: string): Promise<HotlineCallDto[]> {
    CourtAccess.holding(principal, courtId, Permission.DrawRead);
    const since = new Date(this.clock.now().getTime() - COURT_LOG_HOURS * 3_600_000);
    const rows = (await this.dataSource.query(`${SELECT} WHERE i.court_id = $1 AND i.started_at >= $2 ORDER BY i.started_at DESC LIMIT ${COURT_LOG_LIMIT}`, [
      courtId,
      since,
    ])) as CallRow[];
    const participants = [...new Set(rows.map((r) => r.participant_id).filter((id): id is string => id !== null))];
    await this.access.record(
      principal,
      participants.map((participantId) => this.access.grantFor(principal, participantId, courtId)),
      { action: 'hotline_call.read', entityType: 'hotline_call', entityIds: rows.filter((r) => r.participant_id).map((r) => r.id) },
    );
    return rows.map(toDto);
  }
}

function toDto(row: CallRow): HotlineCallDto {
  return {
    id: row.id,
    channel: row.channel,
    startedAt: row.started_at.toISOString(),
    fromNumber: maskedPhone(row.from_number),
    registeredNumber: row.registered,
    outcome: row.outcome,
    language: row.language,
    durationSeconds: row.duration_seconds,
    participantId: row.participant_id,
    participantNumber: row.participant_number,
    participantName: row.participant_name,
    receiptCode: row.receipt_code,
  };
}
