import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, type Language } from '@app/core';
import { E164_PATTERN } from '@app/participants';
import twilio from 'twilio';
import { DataSource } from 'typeorm';
import { hotlineT } from './hotline-catalogue';
import { type HotlineCallIn, HotlineCallersService, type HotlineCourt, type RegisteredCaller } from './hotline-callers.service';
import { HotlineLogService, type InteractionUpdate } from './hotline-log.service';
import { nextOpening, readText, textAnswer } from './hotline-script';
import type { HotlineOutcome } from './hotline-interaction.entity';

/** An inbound text, as Twilio's messaging webhook gives it. */
export interface InboundText {
  messageSid: string;
  from: string;
  to: string;
  body: string;
  client: { address: string | null; userAgent: string | null };
  requestId: string;
}

const REPLY_STEP = 'reply';

/**
 * Texts to the court's number: STOP (and the carriers' other opt-out words)
 * records the opt-out and clears the number's consent, START undoes it,
 * HELP says who to call; TEST (PRUEBA, TESTE) from a registered number, or
 * a participant number and PIN from any, is a call-in answered by text
 * under the same rules as the phone's. A number that opted out gets no
 * reply but to START and HELP. Twilio retrying the same MessageSid gets the
 * first reply again and changes nothing.
 */
@Injectable()
export class HotlineTextsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly callers: HotlineCallersService,
    private readonly log: HotlineLogService,
    private readonly clock: Clock,
  ) {}

  async received(text: InboundText): Promise<string> {
    const court = await this.callers.court(text.to);
    if (!court) return new twilio.twiml.MessagingResponse().toString();
    const earlier = await this.log.lastStep('sms', text.messageSid, REPLY_STEP);
    if (earlier) return earlier.twiml;

    const request = readText(text.body);
    const caller = await this.callers.registered(court.id, text.from);
    const language: Language = (request.kind === 'test' ? request.language : null) ?? caller?.language ?? court.language;
    const t = hotlineT(language);
    const optedOut = await this.optedOut(court.id, text.from);
    const base: InteractionUpdate = { participantId: caller?.participantId ?? null, language };

    switch (request.kind) {
      case 'stop':
        await this.optOut(court.id, text.from);
        return this.reply(court, text, { ...base, outcome: 'opted_out' }, t('sms.stopped'));
      case 'start':
        await this.optIn(court.id, text.from);
        return this.reply(court, text, { ...base, outcome: 'opted_in' }, t('sms.started'));
      case 'help':
        return this.reply(
          court,
          text,
          { ...base, outcome: 'help' },
          // The court's name is not in the text: a court's name often says "drug" or "treatment" court, and a
          // message may be read by anyone who picks up the phone (42 CFR Part 2).
          court.helpNumber ? t('sms.help', { phone: court.helpNumber }) : t('sms.helpNoPhone'),
        );
    }
    // After STOP nothing else is sent to the number, not even an answer, until it says START.
    if (optedOut) return this.reply(court, text, { ...base, outcome: 'opted_out' }, null);

    const context = {
      client: text.client,
      requestId: text.requestId,
      source: `tel:${text.from.replace(/^\+/, '')}`,
      channel: 'sms' as const,
    };
    switch (request.kind) {
      case 'test':
        if (!caller) return this.reply(court, text, { ...base, outcome: 'unknown_caller' }, t('sms.notRegistered'));
        return this.answered(court, text, language, await this.callers.callInRegistered(court, caller, context, language), caller);
      case 'credentials': {
        const number = await this.callers.participantNumber(court.id, request.participantNumber);
        return this.answered(court, text, language, await this.callers.callInWithPin(court, number, request.pin, context, language), caller);
      }
      case 'unknown':
        return this.reply(court, text, { ...base, outcome: 'not_understood' }, t('sms.notUnderstood'));
    }
  }

  private answered(court: HotlineCourt, text: InboundText, language: Language, result: HotlineCallIn, caller: RegisteredCaller | null): Promise<string> {
    const t = hotlineT(language);
    const base = { language, participantId: caller?.participantId ?? null };
    switch (result.kind) {
      case 'answer': {
        const outcome: HotlineOutcome =
          result.answer.status === 'selected' ? 'test_today' : result.answer.status === 'not_selected' ? 'no_test_today' : 'not_available';
        return this.reply(court, text, { ...base, outcome, participantId: result.participantId, callInId: result.callInId }, textAnswer(language, result.answer));
      }
      case 'window-closed':
        return this.reply(
          court,
          text,
          { ...base, outcome: result.notYetOpen ? 'window_not_open' : 'window_closed', participantId: result.participantId },
          t('sms.windowClosed', nextOpening(language, result.opensAt, result.timeZone)),
        );
      case 'not-active':
        return this.reply(court, text, { ...base, outcome: 'not_in_program', participantId: result.participantId }, t('sms.notActive'));
      case 'awaiting-warning':
        return this.reply(court, text, { ...base, outcome: 'not_in_program', participantId: result.participantId }, t('sms.awaitingWarning'));
      case 'wrong-pin':
        return this.reply(court, text, { ...base, outcome: 'wrong_pin' }, t('sms.wrongPin'));
      case 'blocked':
        return this.reply(court, text, { ...base, outcome: 'blocked' }, t('sms.blocked', { minutes: result.minutes }));
      case 'pin-change':
        return this.reply(court, text, { ...base, outcome: 'pin_change_required' }, t('sms.pinChange'));
      case 'system-error':
        return this.reply(court, text, { ...base, outcome: 'failed', participantId: result.participantId ?? base.participantId }, t('sms.systemError'));
    }
  }

  private async reply(court: HotlineCourt, text: InboundText, update: InteractionUpdate, message: string | null): Promise<string> {
    const response = new twilio.twiml.MessagingResponse();
    if (message) response.message(message);
    const twiml = response.toString();
    await this.log.step({ courtId: court.id, channel: 'sms', sid: text.messageSid, from: text.from }, update, REPLY_STEP, twiml);
    return twiml;
  }

  private async optedOut(courtId: string, from: string): Promise<boolean> {
    const rows = (await this.dataSource.query(`SELECT 1 FROM sms_opt_outs WHERE court_id = $1 AND phone_e164 = $2`, [courtId, from])) as unknown[];
    return rows.length > 0;
  }

  /** STOP: the number's opt-out, and its consent cleared on every participant record that registered it. */
  private async optOut(courtId: string, from: string): Promise<void> {
    if (!E164_PATTERN.test(from)) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO sms_opt_outs (court_id, phone_e164, opted_out_at) VALUES ($1, $2, $3) ON CONFLICT (court_id, phone_e164) DO NOTHING`,
        [courtId, from, this.clock.now()],
      );
      await manager.query(`UPDATE participant_phone_numbers SET sms_opt_in = false WHERE court_id = $1 AND phone_e164 = $2 AND removed_at IS NULL`, [
        courtId,
        from,
      ]);
    });
  }

  /** START: the opt-out lifted, and the texts the participant registered the number for resume. */
  private async optIn(courtId: string, from: string): Promise<void> {
    if (!E164_PATTERN.test(from)) return;
    await this.dataSource.transaction(async (manager) => {
      await manager.query(`DELETE FROM sms_opt_outs WHERE court_id = $1 AND phone_e164 = $2`, [courtId, from]);
      await manager.query(`UPDATE participant_phone_numbers SET sms_opt_in = true WHERE court_id = $1 AND phone_e164 = $2 AND removed_at IS NULL`, [
        courtId,
        from,
      ]);
    });
  }
}
