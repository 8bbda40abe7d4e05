import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type AuditActor, AuditService } from '@app/audit';
import { AccessService, Permission, Principal, SignInService, type SignInContext, type VerifiedParticipant } from '@app/auth';
import { addCalendarDays, type CalendarDate, Clock, ConflictError, DEFAULT_LANGUAGE, DomainError, type Language, NotFoundError, returnedRows } from '@app/core';
import { JobName, OutboxService } from '@app/queue';
import { courtroomName, type CourtroomTranslations } from '@app/courts';
import { DataSource, EntityManager } from 'typeorm';
import { courtTesting, type CourtTesting } from '../draw/court-schedule';
import { selectedWithOverride } from '../draw/selection';
import { callInDay, isWindowOpen, testingDay, type TestingDay } from '../draw/testing-day';
import { sitesOnDay, testingSitesForProgram } from '../testing-sites/program-testing-sites';
import type { CallInChannel } from '../entities/call-in.entity';
import {
  callInMessage,
  sitesClosedMessage,
  callInStatus,
  courtWallTime,
  newReceiptCode,
  notActiveSentence,
  phoneSay,
  windowHours,
} from './call-in-answer';
import {
  CallInAnswerDto,
  CallInWindowDto,
  PhoneCallInAnswerDto,
  PhoneCallInRequestDto,
  TodayDto,
} from './dto/call-in.dto';

/** Who is calling in: the participant, and the actor the audit row names. */
interface Caller {
  participantId: string;
  actor: AuditActor;
}

/** The court and the case manager a participant can reach, and how the court words its courtrooms. */
interface ReachRow {
  name: string;
  help_number: string | null;
  currency: string;
  address: string | null;
  courtroom_translations: CourtroomTranslations;
  case_manager: string | null;
  work_phone: string | null;
}

interface ParticipantRow {
  court_id: string;
  program_id: string | null;
  status: string;
  warning_hearing_required: boolean;
  warning_hearing_on: string | null;
}

/** Testing begins the court day after the warning hearing, where the program requires one (the draw's own rule). */
function awaitingWarningHearing(participant: ParticipantRow, courtDay: CalendarDate): boolean {
  return participant.warning_hearing_required && (participant.warning_hearing_on === null || participant.warning_hearing_on >= courtDay);
}

/** What a participant whose testing has not begun is told, on the web and by the hotline. */
export const AWAITING_WARNING_SENTENCE = 'Your testing begins after your warning hearing. Until then you do not call in.';

/** The day's draw as it concerns one participant; absent while no draw is made. */
interface DrawnRow {
  report_by: Date;
  selected: boolean | null;
  action: 'force' | 'excuse' | null;
  /** The day's missed call-ins are already charged: the window is closed whatever the caller's clock said. */
  window_closed: boolean;
}

interface CallInRow {
  id: string;
  called_at: Date;
  channel: CallInChannel;
  receipt_code: string;
  told: boolean | null;
  answered_at: Date | null;
  inserted?: boolean;
}

const CALL_IN_COLUMNS = 'id, called_at, channel, receipt_code, told, answered_at';

/**
 * The participant's daily call-in: "Do I test today? Where, and by when?"
 * One call-in per participant and court day however often they call, so
 * calling again gives the same receipt and the current answer. When the
 * day's draw is missing the answer is "not available yet, call again",
 * never "no test", and the worker is asked to make the draw at once.
 */
@Injectable()
export class CallInsService {
  private readonly logger = new Logger(CallInsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly outbox: OutboxService,
    private readonly signIn: SignInService,
    private readonly clock: Clock,
  ) {}

  /** A signed-in participant calls in (web or app). */
  async callIn(principal: Principal, channel: CallInChannel, language: Language): Promise<CallInAnswerDto> {
    const grant = await this.ownRecord(principal);
    return this.refusalNoted(grant.courtId, grant.participantId, channel, () =>
      this.record({ participantId: grant.participantId, actor: principal.auditActor(grant.courtId) }, channel, language),
    );
  }

  /** A phone system calls in for a participant, with the participant's court code, number and PIN. */
  async callInByPhone(input: PhoneCallInRequestDto, context: SignInContext): Promise<PhoneCallInAnswerDto> {
    const verified = await this.signIn.verifyParticipantPin(input.courtCode, input.participantNumber, input.pin, context);
    // The phone answer names no testing site, so the language of their wording does not matter.
    const answer = await this.callInFor(verified, input.channel, DEFAULT_LANGUAGE, context.requestId);
    return { say: phoneSay(answer.status, answer.reportByLocal ?? null, answer.receiptCode), receiptCode: answer.receiptCode, status: answer.status };
  }

  /**
   * The call-in of a participant the caller has already identified (the
   * hotline: their PIN checked by SignInService, or a text from their
   * registered number): the same call-in, answer and receipt as the web's,
   * with the testing sites worded in the caller's language.
   */
  async callInFor(participant: VerifiedParticipant, channel: CallInChannel, language: Language, requestId: string | null): Promise<CallInAnswerDto> {
    return this.refusalNoted(participant.courtId, participant.participantId, channel, () =>
      this.record(
        { participantId: participant.participantId, actor: { userId: participant.userId, role: 'participant', requestId } },
        channel,
        language,
      ),
    );
  }

  /**
   * Runs the call-in; when it fails for a reason of the system's (anything
   * but a domain answer such as "window closed"), the refusal is noted, as
   * far as the database still answers, so the window's close flags the day
   * for staff review rather than charging a missed call-in.
   */
  private async refusalNoted<T>(courtId: string, participantId: string, channel: CallInChannel, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (!(error instanceof DomainError)) {
        await this.dataSource
          .query(`INSERT INTO call_in_refusals (court_id, participant_id, refused_at, reason, channel) VALUES ($1, $2, $3, 'system-error', $4)`, [
            courtId,
            participantId,
            this.clock.now(),
            channel,
          ])
          .catch((noted: Error) => this.logger.error(`a refused call-in could not be noted: ${noted.message}`));
      }
      throw error;
    }
  }

  /**
   * The participant's day, without counting as a call-in: the window, the
   * next hearing, and the day's answer only once they have called in (so
   * opening the app never reveals a selection to someone who has not).
   */
  async today(principal: Principal, language: Language): Promise<TodayDto> {
    const grant = await this.ownRecord(principal);
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const participant = await this.participantRow(manager, grant.participantId);
      const schedule = await courtTesting(manager, participant.court_id);
      const day = callInDay(schedule, now);
      const [stored] = (await manager.query(`SELECT ${CALL_IN_COLUMNS} FROM call_ins WHERE participant_id = $1 AND court_day = $2`, [
        grant.participantId,
        day.courtDay,
      ])) as CallInRow[];
      let callIn: CallInAnswerDto | null = null;
      if (stored) {
        const drawn = await this.drawn(manager, participant.court_id, day.courtDay, grant.participantId);
        const told = drawn ? selectedWithOverride(drawn.action, drawn.selected) : null;
        let row = stored;
        if (told !== null && told !== stored.told) {
          // They called in, so the answer is theirs; what they are shown is what the call-in records as told.
          [row] = returnedRows<CallInRow>(
            await manager.query(
              `UPDATE call_ins SET told = $2, answered_at = COALESCE(answered_at, $3) WHERE id = $1 RETURNING ${CALL_IN_COLUMNS}`,
              [stored.id, told, now],
            ),
          );
        }
        callIn = await this.answer(manager, schedule, day, participant, row, drawn, language);
      }
      const [hearing] = (await manager.query(
        `SELECT h.scheduled_at, h.kind, s.courtroom, (h.scheduled_at AT TIME ZONE c.time_zone)::date::text AS court_day
           FROM hearings h JOIN participants p ON p.id = h.participant_id JOIN courts c ON c.id = p.court_id
           LEFT JOIN court_sessions s ON s.id = h.session_id
          WHERE h.participant_id = $1 AND h.status = 'scheduled' AND h.scheduled_at >= $2
          ORDER BY h.scheduled_at LIMIT 1`,
        [grant.participantId, now],
      )) as Array<{ scheduled_at: Date; kind: string; courtroom: string | null; court_day: string }>;
      const [reach] = (await manager.query(
        `SELECT c.name, c.help_number, c.currency, c.address, c.courtroom_translations, u.display_name AS case_manager, u.work_phone
           FROM participants p JOIN courts c ON c.id = p.court_id LEFT JOIN users u ON u.id = p.case_manager_id
          WHERE p.id = $1`,
        [grant.participantId],
      )) as ReachRow[];
      await this.access.record(
        principal,
        [grant],
        { action: 'testing_day.read', entityType: 'call_in', entityIds: stored ? [stored.id] : [], details: { courtDay: day.courtDay } },
        manager,
      );
      return {
        courtDay: day.courtDay,
        window: {
          ...windowOf(schedule),
          opensAt: day.windowOpensAt.toISOString(),
          closesAt: day.windowClosesAt.toISOString(),
          open: isWindowOpen(day, now),
        },
        callInRequired: participant.status === 'active' && !awaitingWarningHearing(participant, day.courtDay),
        awaitingWarningHearing: participant.status === 'active' && awaitingWarningHearing(participant, day.courtDay),
        calledIn: stored !== undefined,
        callIn,
        nextHearing: hearing
          ? {
              scheduledAt: hearing.scheduled_at.toISOString(),
              kind: hearing.kind,
              courtroom: hearing.courtroom === null ? null : courtroomName(hearing.courtroom, reach.courtroom_translations, language),
              courtDay: hearing.court_day,
              address: reach.address,
            }
          : null,
        court: { name: reach.name, helpNumber: reach.help_number, currency: reach.currency },
        caseManager: reach.case_manager ? { name: reach.case_manager, phone: reach.work_phone } : null,
      };
    });
  }

  /** The participant's own record (a participant principal only; anyone else finds nothing). */
  private async ownRecord(principal: Principal) {
    if (!principal.participantId) throw new NotFoundError('participant');
    return this.access.participant(principal, Permission.CallIn, principal.participantId);
  }

  /**
   * The call-in itself: refused (409, nothing recorded) for a participant
   * who is not active or outside the window; otherwise recorded once per
   * day, with the answer as it stands now.
   */
  private async record(caller: Caller, channel: CallInChannel, language: Language): Promise<CallInAnswerDto> {
    const now = this.clock.now();
    const result = await this.dataSource.transaction(async (manager) => {
      const participant = await this.participantRow(manager, caller.participantId);
      if (participant.status !== 'active') {
        throw new ConflictError('participant-not-active', 'No call-in required', notActiveSentence(participant.status), {
          participantStatus: participant.status,
        });
      }
      const schedule = await courtTesting(manager, participant.court_id);
      const day = callInDay(schedule, now);
      // Not in the draw before the warning hearing: nothing to call in for, and nothing recorded.
      if (awaitingWarningHearing(participant, day.courtDay)) throw new ConflictError('testing-not-started', 'Testing not started', AWAITING_WARNING_SENTENCE);
      if (!isWindowOpen(day, now)) throw windowClosed(schedule, day, now);
      // The day's draw row is share-locked until this call-in commits: the window's close locks it
      // for update, so it waits for every call-in in flight and counts them, and a call that reaches
      // the lock after the close gets "window closed" rather than a receipt beside a missed call-in.
      const drawn = await this.drawn(manager, participant.court_id, day.courtDay, caller.participantId, { lock: true });
      if (drawn?.window_closed && !(await this.calledIn(manager, caller.participantId, day.courtDay))) throw windowClosed(schedule, day, now);
      const told = drawn ? selectedWithOverride(drawn.action, drawn.selected) : null;
      // Concurrent first calls meet on the unique (participant, day) index: the first call's time, channel and receipt stay.
      const [row] = returnedRows<CallInRow>(
        await manager.query(
          `INSERT INTO call_ins (court_id, participant_id, court_day, called_at, channel, receipt_code, told, answered_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
           ON CONFLICT (participant_id, court_day)
           DO UPDATE SET told = EXCLUDED.told, answered_at = COALESCE(call_ins.answered_at, EXCLUDED.answered_at)
           RETURNING ${CALL_IN_COLUMNS}, (xmax = 0) AS inserted`,
          [participant.court_id, caller.participantId, day.courtDay, now, channel, newReceiptCode(), told, told === null ? null : now],
        ),
      );
      if (!drawn) {
        // Fail safe: the worker makes the draw at once (idempotent key: one request per court day).
        await this.outbox.add(manager, {
          job: JobName.DrawCourtDay,
          key: `draw:${participant.court_id}:${day.courtDay}:requested`,
          payload: { courtId: participant.court_id },
        });
      }
      const answer = await this.answer(manager, schedule, day, participant, row, drawn, language);
      // The audit row last: its hash chain holds one lock until commit, so it is held as briefly as possible.
      await this.audit.record(
        caller.actor,
        {
          courtId: participant.court_id,
          action: 'call_in.write',
          entityType: 'call_in',
          entityIds: [row.id],
          participantIds: [caller.participantId],
          basis: 'self',
          details: { courtDay: day.courtDay, channel, repeat: row.inserted === false },
        },
        manager,
      );
      return { answer, drawn: drawn !== null };
    });
    if (!result.drawn) {
      this.logger.error(
        `call-in found no draw for court day ${result.answer.courtDay}; the participant was told to call again and the draw was requested`,
      );
    }
    return result.answer;
  }

  private async calledIn(manager: EntityManager, participantId: string, courtDay: CalendarDate): Promise<boolean> {
    return ((await manager.query(`SELECT 1 FROM call_ins WHERE participant_id = $1 AND court_day = $2`, [participantId, courtDay])) as unknown[]).length > 0;
  }

  private async participantRow(manager: EntityManager, participantId: string): Promise<ParticipantRow> {
    const [row] = (await manager.query(
      `SELECT p.court_id, p.program_id, p.status, COALESCE(pr.warning_hearing_required, false) AS warning_hearing_required, p.warning_hearing_on::text
         FROM participants p LEFT JOIN programs pr ON pr.id = p.program_id WHERE p.id = $1`,
      [participantId],
    )) as ParticipantRow[];
    // The access check or the PIN check has just found it; only a concurrent delete gets here.
    if (!row) throw new NotFoundError('participant');
    return row;
  }

  /** The participant's place in the day's draw and any active override; null when the day has no draw. */
  private async drawn(
    manager: EntityManager,
    courtId: string,
    courtDay: CalendarDate,
    participantId: string,
    options: { lock?: boolean } = {},
  ): Promise<DrawnRow | null> {
    const [row] = (await manager.query(
      `SELECT d.report_by, e.selected, o.action, d.missed_call_ins_recorded_at IS NOT NULL AS window_closed
         FROM draws d
         LEFT JOIN draw_entries e ON e.draw_id = d.id AND e.participant_id = $3
         LEFT JOIN draw_overrides o ON o.participant_id = $3 AND o.court_day = d.court_day AND o.withdrawn_at IS NULL
        WHERE d.court_id = $1 AND d.court_day = $2
        ${options.lock ? 'FOR KEY SHARE OF d' : ''}`,
      [courtId, courtDay, participantId],
    )) as DrawnRow[];
    return row ?? null;
  }

  private async answer(
    manager: EntityManager,
    schedule: CourtTesting,
    day: TestingDay,
    participant: ParticipantRow,
    row: CallInRow,
    drawn: DrawnRow | null,
    /** The reader's: the testing sites' hours and instructions are worded in it where the court gave them so. */
    language: Language,
  ): Promise<CallInAnswerDto> {
    const status = callInStatus(row.told);
    const base = {
      courtDay: day.courtDay,
      status,
      selected: row.told,
      receiptCode: row.receipt_code,
      calledAt: row.called_at.toISOString(),
      channel: row.channel,
      window: windowOf(schedule),
    };
    if (status !== 'selected' || !drawn) return { ...base, message: callInMessage(status, null) };
    const reportByLocal = courtWallTime(drawn.report_by, schedule.timeZone, day.dayEndsAt);
    const testingSites = await testingSitesForProgram(manager, participant.court_id, participant.program_id, language);
    // Selected on a day none of the program's sites opens: told when one opens next; the day-close charges no missed test.
    const sites = sitesOnDay(testingSites, day.courtDay);
    return {
      ...base,
      message: sites.closed ? sitesClosedMessage(sites.nextOpening) : callInMessage(status, reportByLocal),
      reportBy: drawn.report_by.toISOString(),
      reportByLocal,
      testingSites,
      sitesClosed: sites.closed,
      nextOpening: sites.nextOpening,
    };
  }
}

function windowOf(schedule: CourtTesting): CallInWindowDto {
  return { start: schedule.callInWindowStart, end: schedule.callInWindowEnd, timeZone: schedule.timeZone };
}

/** 409 outside the window, saying when it is open (court-local) and when it opens next. */
function windowClosed(schedule: CourtTesting, day: TestingDay, now: Date): ConflictError {
  const next = now < day.windowOpensAt ? day : testingDay(schedule, addCalendarDays(day.courtDay, 1));
  const hours = windowHours(schedule.callInWindowStart, schedule.callInWindowEnd, schedule.timeZone);
  return new ConflictError(
    'call-in-window-closed',
    'The call-in window is closed',
    `You can call in from ${hours}. The window is closed now; it opens next at ${schedule.callInWindowStart} on ${next.courtDay}.`,
    {
      window: {
        ...windowOf(schedule),
        opensAt: day.windowOpensAt.toISOString(),
        closesAt: day.windowClosesAt.toISOString(),
        nextOpensAt: next.windowOpensAt.toISOString(),
      },
    },
  );
}
