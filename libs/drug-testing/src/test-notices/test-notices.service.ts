import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, courtTimeAt, DEFAULT_LANGUAGE, isLanguage, type Language } from '@app/core';
import { type NewMessage, queueMessages } from '@app/notifications';
import { DataSource } from 'typeorm';
import { ACTIVE_THAT_DAY, EXCUSED } from '../day-close/day-close.service';
import { testingSitesForProgram } from '../testing-sites/program-testing-sites';
import { testTodayKey } from './test-notice-charge';

/** The day-close's conditions, written for the court day `$2`, asked of each open draw's day instead. */
const onDrawDay = (condition: string): string => condition.replaceAll('$2::date', 'd.court_day');

interface ToTell {
  participant_id: string;
  program_id: string;
  court_id: string;
  court_day: string;
  report_by: Date;
  time_zone: string;
  user_language: string | null;
  court_language: string | null;
  phone_e164: string;
}

/**
 * "You must test today" for the participants of programs that tell by text
 * (`program_message_settings.test_notice = 'text'`): written by the testing
 * sweep once the window is open, for everyone selected or forced that day,
 * not excused and taking part, to one number registered with their consent
 * (the first registered) that never replied STOP. Keyed by participant and
 * court day, so a replayed sweep or a restarted worker writes it once; a
 * force made during the window is told at the next sweep.
 *
 * Quiet hours still hold: a window opening inside them has its texts sent
 * when they end (the delivery defers them). The law on texts outranks an
 * early window, and no one is charged for it: a participant is charged with
 * a missed test only if their text was handed to the provider by the
 * reporting deadline (`missedTestCharge`).
 */
@Injectable()
export class TestNoticesService {
  private readonly logger = new Logger(TestNoticesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async writeDue(courtId?: string): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const rows = (await manager.query(
        `WITH open_draws AS (
           SELECT d.id, d.court_id, d.court_day, d.report_by FROM draws d
            WHERE d.window_opens_at <= $1 AND d.window_closes_at > $1 AND ($2::uuid IS NULL OR d.court_id = $2)),
         to_test AS (
           SELECT d.id AS draw_id, e.participant_id FROM open_draws d JOIN draw_entries e ON e.draw_id = d.id AND e.selected
           UNION
           SELECT d.id, o.participant_id FROM open_draws d JOIN draw_overrides o
               ON o.court_id = d.court_id AND o.court_day = d.court_day AND o.action = 'force' AND o.withdrawn_at IS NULL)
         SELECT DISTINCT ON (p.id, d.court_day)
                p.id AS participant_id, p.program_id, p.court_id, d.court_day::text, d.report_by, c.time_zone,
                u.language AS user_language, c.language AS court_language, n.phone_e164
           FROM to_test t
           JOIN open_draws d ON d.id = t.draw_id
           JOIN participants p ON p.id = t.participant_id
           JOIN program_message_settings ms ON ms.program_id = p.program_id AND ms.test_notice = 'text'
           JOIN participant_phone_numbers n ON n.participant_id = p.id AND n.court_id = p.court_id AND n.removed_at IS NULL AND n.sms_opt_in
           JOIN courts c ON c.id = p.court_id
           LEFT JOIN users u ON u.id = p.user_id
          WHERE NOT EXISTS (SELECT 1 FROM sms_opt_outs so WHERE so.court_id = p.court_id AND so.phone_e164 = n.phone_e164)
            AND NOT EXISTS (SELECT 1 FROM notification_messages m WHERE m.dedup_key = 'test-today:' || p.id || ':' || d.court_day::text)
            AND NOT ${onDrawDay(EXCUSED)} AND ${onDrawDay(ACTIVE_THAT_DAY)}
          ORDER BY p.id, d.court_day, n.created_at, n.phone_e164`,
        [now, courtId ?? null],
      )) as ToTell[];
      const messages: NewMessage[] = [];
      for (const row of rows) {
        const language: Language = isLanguage(row.user_language) ? row.user_language : isLanguage(row.court_language) ? row.court_language : DEFAULT_LANGUAGE;
        const [site] = await testingSitesForProgram(manager, row.court_id, row.program_id, language);
        // With no testing site at all there is nowhere to send them: no text, and so no charge (recorded at the deadline).
        if (!site) continue;
        messages.push({
          courtId: row.court_id,
          channel: 'sms',
          participantId: row.participant_id,
          address: row.phone_e164,
          language,
          template: 'sms.test-today',
          params: { date: row.court_day, site: site.name, address: site.address, reportBy: courtTimeAt(row.report_by, row.time_zone) },
          dedupKey: testTodayKey(row.participant_id, row.court_day),
        });
      }
      const ids = await queueMessages(manager, messages);
      if (ids.length > 0) this.logger.log(`wrote ${ids.length} "test today" text(s)`);
      return ids.length;
    });
  }
}
