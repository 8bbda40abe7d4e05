/**
 * The queue contract, in one place: every queue, every job name and the
 * payload each job carries. Payloads carry ids only, never personal or
 * health data (Redis is not where protected records live).
 *
 * A job name is `<queue>.<action>`; the worker refuses to start if any job
 * name below has no handler.
 */
export enum QueueName {
  Maintenance = 'maintenance',
  DrugTesting = 'drug-testing',
  Violations = 'violations',
  /** Staff alerts' fan-out (the bell, emails) and the notifications' minute sweep. */
  Notifications = 'notifications',
  /** Emails, handed to the SMTP relay at its configured rate (a queue of its own, so its rate limit binds only email). */
  EmailDelivery = 'email-delivery',
  /** Texts, handed to the SMS provider at its configured rate. */
  SmsDelivery = 'sms-delivery',
}

export enum JobName {
  /** Deletes outbox rows relayed long ago; the rows are only a delivery log by then. */
  PruneOutbox = 'maintenance.prune-outbox',
  /** Deletes idempotency keys past their expiry (24 h after first use); an expired key answers nothing. */
  PruneIdempotencyKeys = 'maintenance.prune-idempotency-keys',
  /** Hourly: staff are warned, once, of each deferred judgment whose plea is 16 months old (the maximum is 18). */
  ProgramLengthAlerts = 'maintenance.program-length-alerts',
  /** Hourly: rewrites the last weeks of each court's testing fidelity summary (a court new to it, its whole year). */
  RefreshMeasureSummaries = 'maintenance.refresh-measure-summaries',
  /** Makes the court's due draws (scheduled at the draw time in the court's zone, or requested by a call-in that found none). */
  DrawCourtDay = 'drug-testing.draw-court-day',
  /** Charges missed call-ins for the court's closed windows (scheduled at the window's end). */
  CloseCallInWindow = 'drug-testing.close-call-in-window',
  /** Charges missed tests for the court's passed reporting deadlines. */
  PassReportingDeadline = 'drug-testing.pass-reporting-deadline',
  /**
   * Every minute, for every court: whatever of the above is due and not
   * done, and the per-court schedulers. Postgres says what is due, so a lost
   * job or a worker that was down only delays the work.
   */
  TestingSweep = 'drug-testing.sweep',
  /**
   * Daily: each court's previous month, once it is over in the court's zone
   * and not yet checked, gets the randomness self-check, kept with a pass or
   * fail (so each month is checked once, a missed day only delays it).
   */
  RandomnessSelfCheck = 'drug-testing.randomness-self-check',
  /** One moment of a violation's clock (a reminder or the deadline), keyed `violation:<id>:deadline`. */
  ViolationClock = 'violations.clock',
  /**
   * Every minute: fires every clock moment already due and not fired (late,
   * with its delay), and re-creates the jobs of moments due soon, so a Redis
   * that lost its jobs delays an escalation but never skips it.
   */
  ViolationSweep = 'violations.sweep',
  /** A jail sanction served: the participant returns to active (keyed `response:<id>:custody-end`). */
  CustodyEnd = 'violations.custody-end',
  /** A staff alert was written (keyed `alert:<id>`): tell the recipient's open screens, and email it if they asked. */
  AlertRaised = 'notifications.alert-raised',
  /**
   * Every minute: re-creates the job of every message still queued (Redis
   * lost it), writes the daily digests due, and the participants' reminders due.
   */
  NotificationsSweep = 'notifications.sweep',
  /** One email (keyed `message:<id>`), with retries and back-off; marked failed after the last. */
  SendEmail = 'email-delivery.send',
  /** One text (keyed `message:<id>`), with retries and back-off; marked failed after the last. */
  SendSms = 'sms-delivery.send',
}

export interface JobPayloads {
  [JobName.PruneOutbox]: { olderThanDays: number };
  [JobName.PruneIdempotencyKeys]: Record<string, never>;
  [JobName.ProgramLengthAlerts]: Record<string, never>;
  [JobName.RefreshMeasureSummaries]: Record<string, never>;
  [JobName.DrawCourtDay]: { courtId: string };
  [JobName.CloseCallInWindow]: { courtId: string };
  [JobName.PassReportingDeadline]: { courtId: string };
  [JobName.TestingSweep]: Record<string, never>;
  [JobName.RandomnessSelfCheck]: Record<string, never>;
  [JobName.ViolationClock]: { violationId: string; event: string };
  [JobName.ViolationSweep]: Record<string, never>;
  [JobName.CustodyEnd]: { responseId: string };
  [JobName.AlertRaised]: { alertId: string };
  [JobName.NotificationsSweep]: Record<string, never>;
  [JobName.SendEmail]: { messageId: string };
  [JobName.SendSms]: { messageId: string };
}

/** Which queue each job runs on. */
export const JOB_QUEUE: { readonly [J in JobName]: QueueName } = {
  [JobName.PruneOutbox]: QueueName.Maintenance,
  [JobName.PruneIdempotencyKeys]: QueueName.Maintenance,
  [JobName.ProgramLengthAlerts]: QueueName.Maintenance,
  [JobName.RefreshMeasureSummaries]: QueueName.Maintenance,
  [JobName.DrawCourtDay]: QueueName.DrugTesting,
  [JobName.CloseCallInWindow]: QueueName.DrugTesting,
  [JobName.PassReportingDeadline]: QueueName.DrugTesting,
  [JobName.TestingSweep]: QueueName.DrugTesting,
  [JobName.RandomnessSelfCheck]: QueueName.DrugTesting,
  [JobName.ViolationClock]: QueueName.Violations,
  [JobName.ViolationSweep]: QueueName.Violations,
  [JobName.CustodyEnd]: QueueName.Violations,
  [JobName.AlertRaised]: QueueName.Notifications,
  [JobName.NotificationsSweep]: QueueName.Notifications,
  [JobName.SendEmail]: QueueName.EmailDelivery,
  [JobName.SendSms]: QueueName.SmsDelivery,
};

export type JobPayload<J extends JobName> = JobPayloads[J];

export const ALL_QUEUES: readonly QueueName[] = Object.values(QueueName);
export const ALL_JOBS: readonly JobName[] = Object.values(JobName);

export function isJobName(name: string): name is JobName {
  return (ALL_JOBS as readonly string[]).includes(name);
}

/**
 * Domain job keys read `violation:<id>:reminder:24h`; BullMQ reserves ':' in
 * custom ids, so the key is stored as given and sent to BullMQ with '/' instead.
 */
export function bullJobId(jobKey: string): string {
  return jobKey.replace(/:/g, '/');
}
