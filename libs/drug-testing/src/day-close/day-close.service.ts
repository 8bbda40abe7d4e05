import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/core';
import { recordViolations, type NewViolation } from '@app/violations';
import { DataSource, EntityManager } from 'typeorm';
import { missedTestCharge } from '../test-notices/test-notice-charge';
import { programSitesClosedSql } from '../testing-sites/program-testing-sites';
import { TestingEvent } from '../testing-events';

interface DueDraw {
  id: string;
  court_id: string;
  court_day: string;
  window_opens_at: Date;
  window_closes_at: Date;
  report_by: Date;
}

/**
 * How long after a window's end its missed call-ins are charged. A call-in
 * accepted just before the end takes the day's draw row (share-locked) a few
 * milliseconds later; the close waits for every such lock, but one taken after
 * the close would be refused. The grace lets every call that began in time
 * reach its lock first. The scheduled close then finds nothing due, and the
 * next per-minute sweep charges the day, with the window's end as the time.
 */
export const WINDOW_CLOSE_GRACE_MS = 30_000;

/**
 * Whether the participant (alias `p`) was taking part on the court day `$2`:
 * still in the program, their status as of that day `active`, and no change
 * away from `active` taking effect that day. A participant in custody, on
 * medical leave or on a warrant that day is excused from calling in and testing.
 */
export const ACTIVE_THAT_DAY = `
  p.status IN ('active', 'in_custody', 'warrant', 'medical_leave')
  AND NOT EXISTS (SELECT 1 FROM participant_status_changes sc
                   WHERE sc.participant_id = p.id AND sc.effective_on = $2::date AND sc.to_status <> 'active')
  AND COALESCE((SELECT sc.to_status FROM participant_status_changes sc
                 WHERE sc.participant_id = p.id AND sc.effective_on <= $2::date
                 ORDER BY sc.effective_on DESC, sc.created_at DESC LIMIT 1), 'active') = 'active'`;

/** Staff excused the participant (alias `p`) for the day `$2`. */
export const EXCUSED = `EXISTS (SELECT 1 FROM draw_overrides o WHERE o.participant_id = p.id AND o.court_day = $2::date
                  AND o.action = 'excuse' AND o.withdrawn_at IS NULL)`;

/**
 * The participant (alias `p`) learns of a test by text on the court day `$2`,
 * so need not call in: their program chose `text`, or a "test today" text was
 * written for them that day (the program changed its choice since).
 */
export const TOLD_BY_TEXT = `(EXISTS (SELECT 1 FROM program_message_settings ms WHERE ms.program_id = p.program_id AND ms.test_notice = 'text')
  OR EXISTS (SELECT 1 FROM notification_messages tm WHERE tm.dedup_key = 'test-today:' || p.id || ':' || $2::date::text))`;

/**
 * What the end of a court day's window and its reporting deadline mean:
 * a missed call-in for each participant in the draw who did not call, and a
 * missed test for each participant to test who gave no specimen. Each draw is
 * processed once (a mark on the draw, taken under a row lock), each event is
 * keyed so it never creates two violations, and detection is the window's
 * close or the deadline itself, so a worker that was down charges late but
 * with the true time.
 */
@Injectable()
export class DayCloseService {
  private readonly logger = new Logger(DayCloseService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Charges missed call-ins for every window closed at least
   * `WINDOW_CLOSE_GRACE_MS` ago and not yet processed (one court, or all).
   */
  async closeDueWindows(courtId?: string): Promise<number> {
    let charged = 0;
    const closedBy = new Date(this.clock.now().getTime() - WINDOW_CLOSE_GRACE_MS);
    for (const draw of await this.due('window_closes_at', 'missed_call_ins_recorded_at', closedBy, courtId)) charged += await this.closeWindow(draw.id);
    return charged;
  }

  /** Charges missed tests for every passed reporting deadline not yet processed (one court, or all). */
  async passDueDeadlines(courtId?: string): Promise<number> {
    let charged = 0;
    for (const draw of await this.due('report_by', 'missed_tests_recorded_at', this.clock.now(), courtId)) charged += await this.passDeadline(draw.id);
    return charged;
  }

  private async due(instant: 'window_closes_at' | 'report_by', mark: string, by: Date, courtId?: string): Promise<Array<{ id: string }>> {
    return (await this.dataSource.query(
      `SELECT id FROM draws WHERE ${instant} <= $1 AND ${mark} IS NULL AND ($2::uuid IS NULL OR court_id = $2) ORDER BY court_day`,
      [by, courtId ?? null],
    )) as Array<{ id: string }>;
  }

  /**
   * Missed call-ins of one day; none at all when a recorded outage overlapped
   * the window, and not for a participant the system refused during it
   * (recorded as not charged, with the reasons, for staff review).
   */
  async closeWindow(drawId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const draw = await this.lockUnprocessed(manager, drawId, 'missed_call_ins_recorded_at');
      if (!draw) return 0;
      let missed: string[] = [];
      if (await this.outageDuringWindow(manager, draw)) {
        this.logger.warn(`no missed call-ins charged for ${draw.court_day} in court ${draw.court_id}: a recorded outage overlapped the window`);
      } else {
        // A participant the system refused during the window (their right PIN from a blocked source, a PIN
        // still to be changed, an internal error) is not charged: the day waits for staff review instead.
        const rows = (await manager.query(
          `SELECT e.participant_id,
                  ARRAY(SELECT DISTINCT r.reason FROM call_in_refusals r
                         WHERE r.participant_id = e.participant_id AND r.refused_at >= $3 AND r.refused_at < $4
                         ORDER BY r.reason) AS refusals
             FROM draw_entries e JOIN participants p ON p.id = e.participant_id
            WHERE e.draw_id = $1
              AND NOT EXISTS (SELECT 1 FROM call_ins c WHERE c.participant_id = e.participant_id AND c.court_day = $2::date)
              AND NOT ${EXCUSED} AND ${ACTIVE_THAT_DAY}
              -- Told of a test by text, a participant is not required to call in.
              AND NOT ${TOLD_BY_TEXT}`,
          [draw.id, draw.court_day, draw.window_opens_at, draw.window_closes_at],
        )) as Array<{ participant_id: string; refusals: string[] }>;
        const refused = rows.filter((row) => row.refusals.length > 0);
        missed = rows.filter((row) => row.refusals.length === 0).map((row) => row.participant_id);
        if (refused.length > 0) {
          await manager.query(
            `INSERT INTO not_charged_call_ins (participant_id, court_day, court_id, draw_id, reasons, recorded_at)
             SELECT x.participant_id, $2::date, $3, $4, ARRAY(SELECT jsonb_array_elements_text(x.reasons)), $5
               FROM jsonb_to_recordset($1::jsonb) AS x(participant_id uuid, reasons jsonb)
             ON CONFLICT (participant_id, court_day) DO NOTHING`,
            [JSON.stringify(refused.map((row) => ({ participant_id: row.participant_id, reasons: row.refusals }))), draw.court_day, draw.court_id, draw.id, draw.window_closes_at],
          );
          this.logger.warn(`${refused.length} missed call-in(s) of ${draw.court_day} in court ${draw.court_id} not charged: refused by the system, for staff review`);
        }
        await recordViolations(
          manager,
          missed.map<NewViolation>((participantId) => ({
            courtId: draw.court_id,
            participantId,
            kind: 'missed_call_in',
            detectedAt: draw.window_closes_at,
            sourceKey: TestingEvent.missedCallIn(participantId, draw.court_day),
            evidence: { drawId: draw.id, courtDay: draw.court_day },
          })),
        );
      }
      await manager.query(`UPDATE draws SET missed_call_ins_recorded_at = $2 WHERE id = $1`, [draw.id, this.clock.now()]);
      return missed.length;
    });
  }

  /**
   * Missed tests of one day: everyone to test (selected and not excused, or
   * forced) with no collection that day whom the system told to test (see
   * `missedTestCharge`). A participant told "no test" (a force made after
   * their call) or "not available" was never told to come, so is not
   * charged; nor, after an outage during the window, is one who could not
   * call in; nor, in a `text` program, one whose "test today" text could not
   * go or was not delivered, nor one none of whose program's testing sites
   * opened that day (both recorded as not charged).
   */
  async passDeadline(drawId: string): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const draw = await this.lockUnprocessed(manager, drawId, 'missed_tests_recorded_at');
      if (!draw) return 0;
      const outage = await this.outageDuringWindow(manager, draw);
      const candidates = (await manager.query(
        `WITH to_test AS (
           SELECT e.participant_id FROM draw_entries e WHERE e.draw_id = $1 AND e.selected
           UNION
           SELECT o.participant_id FROM draw_overrides o
            WHERE o.court_id = $3 AND o.court_day = $2::date AND o.action = 'force' AND o.withdrawn_at IS NULL)
         SELECT p.id AS participant_id, 'missed' = ANY(pr.violation_outcomes) AS violates,
                c.id IS NOT NULL AS called_in, c.told, ${TOLD_BY_TEXT} AS told_by_text,
                (SELECT tm.status FROM notification_messages tm WHERE tm.dedup_key = 'test-today:' || p.id || ':' || $2::date::text) AS text_status,
                ${programSitesClosedSql('$3', 'p.program_id', '$2')} AS sites_closed
           FROM to_test t
           JOIN participants p ON p.id = t.participant_id
           LEFT JOIN programs pr ON pr.id = p.program_id
           LEFT JOIN call_ins c ON c.participant_id = p.id AND c.court_day = $2::date
          WHERE NOT EXISTS (SELECT 1 FROM drug_test_collections k WHERE k.participant_id = p.id AND k.court_day = $2::date)
            AND NOT ${EXCUSED} AND ${ACTIVE_THAT_DAY}`,
        [draw.id, draw.court_day, draw.court_id],
      )) as Array<{
        participant_id: string;
        violates: boolean | null;
        called_in: boolean;
        told: boolean | null;
        told_by_text: boolean;
        text_status: string | null;
        sites_closed: boolean;
      }>;
      const decided = candidates.map((row) => ({
        row,
        decision: missedTestCharge({
          toldByText: row.told_by_text,
          told: row.told,
          calledIn: row.called_in,
          textStatus: row.text_status,
          outage,
          sitesClosed: row.sites_closed,
        }),
      }));
      const missed = decided.filter((d) => d.decision.charge).map((d) => d.row);
      const untold = decided.flatMap((d) => (!d.decision.charge && d.decision.notCharged ? [{ participant_id: d.row.participant_id, reasons: [d.decision.notCharged] }] : []));
      if (untold.length > 0) {
        // Selected, but the system could not tell them (no consenting number, a STOP, a failed or undelivered text),
        // or no site of their program opened that day: not charged, kept for staff review beside the call-ins the system refused.
        await manager.query(
          `INSERT INTO not_charged_call_ins (participant_id, court_day, court_id, draw_id, reasons, recorded_at)
           SELECT x.participant_id, $2::date, $3, $4, ARRAY(SELECT jsonb_array_elements_text(x.reasons)), $5
             FROM jsonb_to_recordset($1::jsonb) AS x(participant_id uuid, reasons jsonb)
           ON CONFLICT (participant_id, court_day) DO UPDATE
             SET reasons = ARRAY(SELECT DISTINCT r FROM unnest(not_charged_call_ins.reasons || EXCLUDED.reasons) AS r ORDER BY r)`,
          [JSON.stringify(untold), draw.court_day, draw.court_id, draw.id, draw.report_by],
        );
        this.logger.warn(`${untold.length} missed test(s) of ${draw.court_day} in court ${draw.court_id} not charged: untold by text, or no testing site open`);
      }
      if (missed.length > 0) {
        const now = this.clock.now();
        // A missed test is a result (it ends continuous sobriety), released at once: there is nothing to confirm.
        await manager.query(
          `INSERT INTO drug_test_results (court_id, participant_id, tested_on, outcome, released_at)
           SELECT $1, unnest($2::uuid[]), $3, 'missed', $4
           ON CONFLICT (participant_id, tested_on) WHERE outcome = 'missed' DO NOTHING`,
          [draw.court_id, missed.map((row) => row.participant_id), draw.court_day, now],
        );
        await recordViolations(
          manager,
          missed
            .filter((row) => row.violates !== false)
            .map<NewViolation>((row) => ({
              courtId: draw.court_id,
              participantId: row.participant_id,
              kind: 'missed_test',
              detectedAt: draw.report_by,
              sourceKey: TestingEvent.missedTest(row.participant_id, draw.court_day),
              evidence: { drawId: draw.id, courtDay: draw.court_day },
            })),
        );
      }
      await manager.query(`UPDATE draws SET missed_tests_recorded_at = $2 WHERE id = $1`, [draw.id, this.clock.now()]);
      return missed.length;
    });
  }

  /** The draw, locked, unless another worker already processed it (then null). */
  private async lockUnprocessed(manager: EntityManager, drawId: string, mark: string): Promise<DueDraw | null> {
    const [draw] = (await manager.query(
      `SELECT id, court_id, court_day::text, window_opens_at, window_closes_at, report_by
         FROM draws WHERE id = $1 AND ${mark} IS NULL FOR UPDATE`,
      [drawId],
    )) as DueDraw[];
    return draw ?? null;
  }

  private async outageDuringWindow(manager: EntityManager, draw: DueDraw): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM system_outages WHERE (court_id = $1 OR court_id IS NULL) AND starts_at < $3 AND ends_at > $2 LIMIT 1`,
      [draw.court_id, draw.window_opens_at, draw.window_closes_at],
    )) as unknown[];
    return rows.length > 0;
  }
}
