import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bullJobId, JobName, QueueName } from '@app/queue';
import { Clock } from '@app/core';
import { sessionBeforeDeadlineSql } from '@app/hearings';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { clockJobKey, DEADLINE, HEARING_BEFORE_DEADLINE_SQL } from './violation-clock';
import { raiseClockAlerts } from './violation-alerts';

export type FireOutcome = 'reminded' | 'escalated' | 'already_met' | 'already_fired' | 'not_due' | 'unknown';

/** Moments due within this horizon get their job re-created by the sweep, in case Redis lost it. */
const RESCHEDULE_HORIZON_MS = 5 * 60_000;
/** Late moments read at a time, and how many such batches one sweep may take (the next sweep takes any rest). */
const SWEEP_BATCH = 2_000;
const MAX_SWEEP_BATCHES = 50;
/** Late moments fired at once by a sweep (the violations processor's own concurrency). */
const SWEEP_CONCURRENCY = 8;

/**
 * Runs violations' clocks. Postgres holds every moment (`violation_clock_events`);
 * a BullMQ delayed job is only the alarm. Firing takes the moment's row lock
 * and sets `fired_at` once, so a retried, replayed or concurrent job never
 * fires twice, and one that fires after the violation was met does nothing.
 * A reminder alerts the case manager and the coordinators, the escalation
 * the coordinators and the judges, in the firing's transaction.
 */
@Injectable()
export class ViolationClockService {
  private readonly logger = new Logger(ViolationClockService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(QueueName.Violations) private readonly queue: Queue,
    private readonly clock: Clock,
  ) {}

  /** Fires one moment of one violation's clock, if it is due and not yet fired. */
  async fire(violationId: string, event: string): Promise<FireOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const now = this.clock.now();
      const [moment] = (await manager.query(
        `SELECT e.id, e.due_at, e.fired_at, v.status,
                ${HEARING_BEFORE_DEADLINE_SQL} AS hearing_scheduled,
                ${sessionBeforeDeadlineSql({ courtId: 'p.court_id', programId: 'p.program_id', deadline: 'v.deadline_at', now: '$3' })} IS NOT NULL AS session_available
           FROM violation_clock_events e JOIN violations v ON v.id = e.violation_id JOIN participants p ON p.id = v.participant_id
          WHERE e.violation_id = $1 AND e.event = $2
          FOR UPDATE OF e`,
        [violationId, event, now],
      )) as Array<{ id: string; due_at: Date; fired_at: Date | null; status: string; hearing_scheduled: boolean; session_available: boolean }>;
      if (!moment) return 'unknown';
      if (moment.fired_at) return 'already_fired';
      // An alarm that rings early (BullMQ runs on real time) leaves the moment to its own time; the sweep fires it.
      if (now < moment.due_at) return 'not_due';
      let outcome: FireOutcome;
      if (moment.status !== 'open') outcome = 'already_met';
      else if (event === DEADLINE) {
        await manager.query(`UPDATE violations SET escalated_at = $2 WHERE id = $1 AND escalated_at IS NULL`, [violationId, now]);
        outcome = 'escalated';
      } else outcome = 'reminded';
      const lateByMs = now.getTime() - moment.due_at.getTime();
      await manager.query(`UPDATE violation_clock_events SET fired_at = $2, late_by_ms = $3, outcome = $4 WHERE id = $1`, [
        moment.id,
        now,
        lateByMs,
        outcome,
      ]);
      // The people who must act hear of it in the same transaction: a moment that fires alerts, once.
      if (outcome !== 'already_met') {
        await raiseClockAlerts(manager, violationId, event, { hearingScheduled: moment.hearing_scheduled, sessionAvailable: moment.session_available, now });
      }
      if (outcome === 'escalated') this.logger.warn(`violation ${violationId} is overdue: its deadline passed unmet (fired ${lateByMs} ms after it)`);
      if (outcome === 'reminded') {
        const hearing = moment.hearing_scheduled
          ? 'a hearing is scheduled before the deadline'
          : moment.session_available
            ? 'NO hearing is scheduled before the deadline (a court session before it can take one)'
            : 'NO hearing is scheduled before the deadline and NO court session exists before it: add a special session';
        this.logger.warn(`reminder ${event} for violation ${violationId}: ${hearing}; the coordinator and judge must bring it before the court`);
      }
      return outcome;
    });
  }

  /**
   * Fires every moment already due and not fired (a lost job, a worker that
   * was down), recording how late, and re-creates the alarm of every moment
   * due within the next minutes (adding a job whose id exists is a no-op).
   */
  async sweep(): Promise<{ fired: number; rescheduled: number }> {
    const now = this.clock.now();
    let fired = 0;
    // Batch after batch until nothing late is left: after a long outage thousands may be due at once.
    for (let batch = 0; batch < MAX_SWEEP_BATCHES; batch++) {
      const due = (await this.dataSource.query(
        `SELECT violation_id, event FROM violation_clock_events WHERE fired_at IS NULL AND due_at <= $1 ORDER BY due_at LIMIT $2`,
        [now, SWEEP_BATCH],
      )) as Array<{ violation_id: string; event: string }>;
      // A few at a time, as the processor runs them: each fire takes its own moment's row lock, so
      // concurrency never fires one twice, and a large court's outage is caught up in seconds, not minutes.
      let next = 0;
      const fireRest = async () => {
        while (next < due.length) {
          const moment = due[next++];
          const outcome = await this.fire(moment.violation_id, moment.event);
          if (outcome !== 'already_fired' && outcome !== 'not_due') fired += 1;
        }
      };
      await Promise.all(Array.from({ length: SWEEP_CONCURRENCY }, fireRest));
      if (due.length < SWEEP_BATCH) break;
    }
    const soon = (await this.dataSource.query(
      `SELECT violation_id, event, due_at FROM violation_clock_events WHERE fired_at IS NULL AND due_at > $1 AND due_at <= $2`,
      [now, new Date(now.getTime() + RESCHEDULE_HORIZON_MS)],
    )) as Array<{ violation_id: string; event: string; due_at: Date }>;
    if (soon.length > 0) {
      await this.queue.addBulk(
        soon.map((m) => ({
          name: JobName.ViolationClock,
          data: { violationId: m.violation_id, event: m.event },
          opts: { jobId: bullJobId(clockJobKey(m.violation_id, m.event)), delay: Math.max(0, m.due_at.getTime() - now.getTime()) },
        })),
      );
    }
    if (fired > 0) this.logger.warn(`violation sweep fired ${fired} clock moment(s) late`);
    return { fired, rescheduled: soon.length };
  }
}
