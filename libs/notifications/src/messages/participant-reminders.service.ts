import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addCalendarDays, AppConfig, Clock, courtDateAt, courtInstant, courtTimeAt, DEFAULT_LANGUAGE, isLanguage, type Language } from '@app/core';
import { DataSource } from 'typeorm';
import { type NewMessage, queueMessages } from './message-writer';

/** When the day-before reminder of a hearing goes, on the court's clock. */
export const DAY_BEFORE_TIME = '18:00';
/** How far ahead hearings are looked at: tomorrow's, in any zone. */
const LOOK_AHEAD_MS = 36 * 3600_000;
/** Missed call-ins detected this recently still get their notice (a worker down a few hours is caught up). */
const MISSED_CALL_IN_NOTICE_WITHIN_MS = 6 * 3600_000;

interface Recipient {
  participant_id: string;
  court_id: string;
  time_zone: string;
  user_language: string | null;
  court_language: string | null;
  phone_e164: string;
}

interface HearingRow extends Recipient {
  hearing_id: string;
  scheduled_at: Date;
  courtroom: string;
}

interface AppointmentRow extends Recipient {
  appointment_id: string;
  appointment_on: string;
  start_time: string;
  place: string;
}

interface MissedRow extends Recipient {
  violation_id: string;
  detected_at: Date;
  source_key: string | null;
}

/**
 * Only numbers a participant registered with their consent, not removed and
 * with no STOP: the delivery checks again at the send, this keeps the
 * messages list honest.
 */
const NUMBERS_SQL = `
  JOIN participant_phone_numbers n ON n.participant_id = p.id AND n.court_id = p.court_id AND n.removed_at IS NULL AND n.sms_opt_in
  LEFT JOIN users u ON u.id = p.user_id
  JOIN courts c ON c.id = p.court_id
  LEFT JOIN program_message_settings ms ON ms.program_id = p.program_id`;
const NOT_OPTED_OUT_SQL = `NOT EXISTS (SELECT 1 FROM sms_opt_outs o WHERE o.court_id = p.court_id AND o.phone_e164 = n.phone_e164)`;

const languageOf = (row: Recipient): Language =>
  isLanguage(row.user_language) ? row.user_language : isLanguage(row.court_language) ? row.court_language : DEFAULT_LANGUAGE;

/**
 * The texts participants get from their program, written by the minute
 * sweep when each is due (so a hearing cancelled before then sends nothing),
 * each keyed by its event and number so a second sweep writes none again:
 * a court date the evening before and the morning of, a treatment
 * appointment the evening before, and "you did not call
 * in today" where the program chose it. The texts name no program, drug
 * or treatment, only the court date and place.
 */
@Injectable()
export class ParticipantRemindersService {
  private readonly logger = new Logger(ParticipantRemindersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async writeDue(): Promise<number> {
    const messages = [...(await this.courtDates()), ...(await this.appointments()), ...(await this.missedCallIns())];
    if (messages.length === 0) return 0;
    const ids = await this.dataSource.transaction((manager) => queueMessages(manager, messages));
    if (ids.length > 0) this.logger.log(`wrote ${ids.length} text(s) to participants`);
    return ids.length;
  }

  private async courtDates(): Promise<NewMessage[]> {
    const now = this.clock.now();
    const rows = (await this.dataSource.query(
      `SELECT h.id AS hearing_id, h.scheduled_at, s.courtroom, p.id AS participant_id, p.court_id, c.time_zone,
              u.language AS user_language, c.language AS court_language, n.phone_e164
         FROM hearings h JOIN court_sessions s ON s.id = h.session_id JOIN participants p ON p.id = h.participant_id
         ${NUMBERS_SQL}
        WHERE h.status = 'scheduled' AND h.scheduled_at > $1 AND h.scheduled_at <= $2
          AND COALESCE(ms.court_date_reminders, true) AND ${NOT_OPTED_OUT_SQL}`,
      [now, new Date(now.getTime() + LOOK_AHEAD_MS)],
    )) as HearingRow[];
    const quietEnd = this.config.notifications.smsQuietHours.end;
    const messages: NewMessage[] = [];
    for (const row of rows) {
      const day = courtDateAt(row.scheduled_at, row.time_zone);
      const today = courtDateAt(now, row.time_zone);
      const base = { courtId: row.court_id, channel: 'sms' as const, participantId: row.participant_id, address: row.phone_e164, language: languageOf(row) };
      const time = courtTimeAt(row.scheduled_at, row.time_zone);
      if (today === addCalendarDays(day, -1) && now >= courtInstant(today, DAY_BEFORE_TIME, row.time_zone)) {
        messages.push({
          ...base,
          template: 'sms.court-date-tomorrow',
          params: { date: day, time, place: row.courtroom },
          dedupKey: `hearing:${row.hearing_id}:day-before:${row.phone_e164}`,
        });
      }
      if (today === day && now >= courtInstant(day, quietEnd, row.time_zone)) {
        messages.push({
          ...base,
          template: 'sms.court-date-today',
          params: { time, place: row.courtroom },
          dedupKey: `hearing:${row.hearing_id}:day-of:${row.phone_e164}`,
        });
      }
    }
    return messages;
  }

  /**
   * A treatment appointment of tomorrow, the evening before at the same hour
   * as a court date's, where the program chose it. The text carries the time
   * and the address the provider entered, never the kind of appointment nor
   * who holds it (42 CFR Part 2); a cancelled appointment sends nothing.
   */
  private async appointments(): Promise<NewMessage[]> {
    const now = this.clock.now();
    const rows = (await this.dataSource.query(
      `SELECT a.id AS appointment_id, a.appointment_on::text AS appointment_on, a.start_time, a.place, p.id AS participant_id, p.court_id, c.time_zone,
              u.language AS user_language, c.language AS court_language, n.phone_e164
         FROM treatment_appointments a JOIN participants p ON p.id = a.participant_id
         ${NUMBERS_SQL}
        WHERE a.status = 'scheduled' AND a.starts_at > $1 AND a.starts_at <= $2
          AND COALESCE(ms.appointment_reminders, false) AND ${NOT_OPTED_OUT_SQL}`,
      [now, new Date(now.getTime() + LOOK_AHEAD_MS)],
    )) as AppointmentRow[];
    return rows
      .filter((row) => {
        const today = courtDateAt(now, row.time_zone);
        return today === addCalendarDays(row.appointment_on, -1) && now >= courtInstant(today, DAY_BEFORE_TIME, row.time_zone);
      })
      .map((row) => ({
        courtId: row.court_id,
        channel: 'sms' as const,
        participantId: row.participant_id,
        address: row.phone_e164,
        language: languageOf(row),
        template: 'sms.appointment-tomorrow' as const,
        params: { date: row.appointment_on, time: row.start_time, place: row.place },
        dedupKey: `appointment:${row.appointment_id}:day-before:${row.phone_e164}`,
      }));
  }

  private async missedCallIns(): Promise<NewMessage[]> {
    const now = this.clock.now();
    const rows = (await this.dataSource.query(
      `SELECT v.id AS violation_id, v.detected_at, v.source_key, p.id AS participant_id, p.court_id, c.time_zone,
              u.language AS user_language, c.language AS court_language, n.phone_e164
         FROM violations v JOIN participants p ON p.id = v.participant_id
         ${NUMBERS_SQL}
        WHERE v.kind = 'missed_call_in' AND v.status = 'open' AND v.detected_at > $1 AND v.detected_at <= $2
          AND COALESCE(ms.missed_call_in_notice, false) AND ${NOT_OPTED_OUT_SQL}`,
      [new Date(now.getTime() - MISSED_CALL_IN_NOTICE_WITHIN_MS), now],
    )) as MissedRow[];
    return rows.map((row) => ({
      courtId: row.court_id,
      channel: 'sms' as const,
      participantId: row.participant_id,
      address: row.phone_e164,
      language: languageOf(row),
      template: 'sms.missed-call-in' as const,
      // The court day missed, as its key names it (`call-in:<participant>:<day>:missed`).
      params: { date: /:(\d{4}-\d{2}-\d{2}):missed$/.exec(row.source_key ?? '')?.[1] ?? courtDateAt(row.detected_at, row.time_zone) },
      dedupKey: `violation:${row.violation_id}:missed-call-in-notice:${row.phone_e164}`,
    }));
  }
}
