import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InvalidCredentialsError, PinChangeRequiredError, SignInBlockedError, SignInService, type SignInContext, type VerifiedParticipant } from '@app/auth';
import { ConflictError, DomainError, type Language } from '@app/core';
import { CallInsService } from '@app/drug-testing';
import { DataSource } from 'typeorm';
import type { AnswerToSay } from './hotline-script';

/** The court a call or text reached, by the number dialled. */
export interface HotlineCourt {
  id: string;
  code: string;
  name: string;
  language: Language;
  timeZone: string;
  helpNumber: string | null;
}

/** The participant whose registered number is calling. */
export interface RegisteredCaller {
  participantId: string;
  userId: string | null;
  participantNumber: string;
  language: Language | null;
}

/** What a call-in by phone or text came to, for the hotline to say. */
export type HotlineCallIn =
  | { kind: 'answer'; participantId: string; callInId: string | null; answer: AnswerToSay }
  | { kind: 'window-closed'; participantId: string; opensAt: Date; notYetOpen: boolean; timeZone: string }
  | { kind: 'not-active'; participantId: string }
  | { kind: 'awaiting-warning'; participantId: string }
  | { kind: 'wrong-pin' }
  | { kind: 'blocked'; minutes: number }
  | { kind: 'pin-change' }
  | { kind: 'system-error'; participantId: string | null };

/**
 * Who is calling and their call-in, for the voice and text hotline alike:
 * the court by the number dialled, a registered caller by their number, a
 * PIN checked exactly as participant sign-in checks it (counted per calling
 * number, so a stranger's wrong PINs never block or charge the participant),
 * and the call-in itself through the same service as the web's, so the
 * answer and the receipt are the same whatever the channel.
 */
@Injectable()
export class HotlineCallersService {
  private readonly logger = new Logger(HotlineCallersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly signIn: SignInService,
    private readonly callIns: CallInsService,
  ) {}

  async court(dialled: string): Promise<HotlineCourt | null> {
    const [row] = (await this.dataSource.query(
      `SELECT id, code, name, language, time_zone, help_number FROM courts WHERE hotline_number = $1 AND active`,
      [dialled],
    )) as Array<{ id: string; code: string; name: string; language: Language; time_zone: string; help_number: string | null }>;
    return row ? { id: row.id, code: row.code, name: row.name, language: row.language, timeZone: row.time_zone, helpNumber: row.help_number } : null;
  }

  async registered(courtId: string, from: string): Promise<RegisteredCaller | null> {
    const [row] = (await this.dataSource.query(
      `SELECT p.id, p.user_id, p.participant_number, u.language
         FROM participant_phone_numbers n
         JOIN participants p ON p.id = n.participant_id
         LEFT JOIN users u ON u.id = p.user_id
        WHERE n.court_id = $1 AND n.phone_e164 = $2 AND n.removed_at IS NULL AND p.participant_number IS NOT NULL`,
      [courtId, from],
    )) as Array<{ id: string; user_id: string | null; participant_number: string; language: Language | null }>;
    return row ? { participantId: row.id, userId: row.user_id, participantNumber: row.participant_number, language: row.language } : null;
  }

  /**
   * The participant number a caller keyed or texted, as the court writes it:
   * a keypad has no letters or dashes, so `0001` finds `D-0001` when exactly
   * one participant of the court has those digits. Otherwise it is kept as
   * given, and the PIN check fails it like any unknown number.
   */
  async participantNumber(courtId: string, given: string): Promise<string> {
    const digits = given.replace(/\D/g, '');
    const rows = (await this.dataSource.query(
      `SELECT participant_number FROM participants
        WHERE court_id = $1 AND (upper(participant_number) = upper($2) OR ($3 <> '' AND regexp_replace(participant_number, '\\D', '', 'g') = $3))
        LIMIT 3`,
      [courtId, given, digits],
    )) as Array<{ participant_number: string }>;
    const exact = rows.find((r) => r.participant_number.toUpperCase() === given.toUpperCase());
    if (exact) return exact.participant_number;
    return rows.length === 1 ? rows[0].participant_number : given;
  }

  /** A call-in with the participant number and PIN the caller gave. */
  async callInWithPin(court: HotlineCourt, participantNumber: string, pin: string, context: SignInContext, language: Language): Promise<HotlineCallIn> {
    let verified: VerifiedParticipant;
    try {
      verified = await this.signIn.verifyParticipantPin(court.code, participantNumber, pin, context);
    } catch (error) {
      if (error instanceof InvalidCredentialsError) return { kind: 'wrong-pin' };
      if (error instanceof SignInBlockedError) return { kind: 'blocked', minutes: Math.max(1, Math.ceil(Number(error.extensions.retryAfterSeconds) / 60)) };
      if (error instanceof PinChangeRequiredError) return { kind: 'pin-change' };
      this.logger.error(`hotline PIN check failed: ${(error as Error).message}`);
      return { kind: 'system-error', participantId: null };
    }
    return this.callIn(court, verified, context, language);
  }

  /** A call-in for a registered caller who texted the call-in word. */
  async callInRegistered(court: HotlineCourt, caller: RegisteredCaller, context: SignInContext, language: Language): Promise<HotlineCallIn> {
    if (!caller.userId) return { kind: 'not-active', participantId: caller.participantId };
    return this.callIn(court, { userId: caller.userId, participantId: caller.participantId, courtId: court.id }, context, language);
  }

  private async callIn(court: HotlineCourt, verified: VerifiedParticipant, context: SignInContext, language: Language): Promise<HotlineCallIn> {
    const participantId = verified.participantId;
    try {
      const answer = await this.callIns.callInFor(verified, context.channel === 'sms' ? 'sms' : 'phone', language, context.requestId);
      const [row] = (await this.dataSource.query(`SELECT id FROM call_ins WHERE participant_id = $1 AND court_day = $2`, [
        participantId,
        answer.courtDay,
      ])) as Array<{ id: string }>;
      return { kind: 'answer', participantId, callInId: row?.id ?? null, answer };
    } catch (error) {
      if (error instanceof ConflictError && error.code === 'call-in-window-closed') {
        const window = error.extensions.window as { opensAt: string; nextOpensAt: string; timeZone: string };
        return {
          kind: 'window-closed',
          participantId,
          opensAt: new Date(window.nextOpensAt),
          notYetOpen: window.nextOpensAt === window.opensAt,
          timeZone: window.timeZone,
        };
      }
      if (error instanceof ConflictError && error.code === 'participant-not-active') return { kind: 'not-active', participantId };
      if (error instanceof ConflictError && error.code === 'testing-not-started') return { kind: 'awaiting-warning', participantId };
      // The call-in service noted the refusal (a fault of the system's), so the window's close will not charge the day.
      if (!(error instanceof DomainError)) this.logger.error(`hotline call-in failed: ${(error as Error).message}`);
      return { kind: 'system-error', participantId };
    }
  }
}
