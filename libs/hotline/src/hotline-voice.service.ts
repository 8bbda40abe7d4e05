import { Injectable } from '@nestjs/common';
import { AppConfig, type Language, LANGUAGES } from '@app/core';
import twilio from 'twilio';
import type VoiceResponse from 'twilio/lib/twiml/VoiceResponse';
import { hotlineT } from './hotline-catalogue';
import { type HotlineCallIn, HotlineCallersService, type HotlineCourt } from './hotline-callers.service';
import { type Interaction, HotlineLogService, type InteractionUpdate } from './hotline-log.service';
import { HOTLINE_LANGUAGES, hotlineLanguage, nextOpening, voiceAnswer } from './hotline-script';
import type { HotlineOutcome } from './hotline-interaction.entity';

/** A webhook of a call, with what the caller keyed (if anything) and who sent it. */
export interface VoiceStep {
  callSid: string;
  from: string;
  to: string;
  digits: string | undefined;
  client: { address: string | null; userAgent: string | null };
  requestId: string;
}

/** The call's state between steps, carried in the action URLs (signed with them); never the PIN. */
export interface VoiceState {
  language: Language;
  /** `registered`: the calling number is a participant's, so only the PIN is asked. */
  via: 'registered' | 'keyed';
  /** Attempts so far at this prompt. */
  attempt: number;
  /** The participant number keyed (PIN step of a keyed call). */
  number?: string;
}

/** Prompts asked again after no or a wrong answer, before the call ends. */
const MAX_ATTEMPTS = 3;
const DIGIT_TIMEOUT_SECONDS = 8;

/**
 * The voice hotline, one method per webhook: the greeting and language
 * menu, the participant number (skipped for a registered number), the PIN,
 * then the day's answer in the chosen language with "press 9 to hear it
 * again". Each step answers TwiML and writes what it answered to the log.
 */
@Injectable()
export class HotlineVoiceService {
  constructor(
    private readonly config: AppConfig,
    private readonly callers: HotlineCallersService,
    private readonly log: HotlineLogService,
  ) {}

  async incoming(step: VoiceStep): Promise<string> {
    const court = await this.callers.court(step.to);
    if (!court) return notInService();
    const response = new twilio.twiml.VoiceResponse();
    const gather = response.gather({ input: ['dtmf'], numDigits: 1, timeout: DIGIT_TIMEOUT_SECONDS, action: this.url('voice/language'), method: 'POST' });
    say(gather, court.language, hotlineT(court.language)('voice.greeting'));
    for (const option of HOTLINE_LANGUAGES) say(gather, option.language, hotlineT(option.language)('voice.chooseLanguage', { digit: option.digit }));
    // No key pressed: the court's own language.
    response.redirect({ method: 'POST' }, this.url('voice/language'));
    return this.answer(court, step, {}, 'greeting', response);
  }

  async language(step: VoiceStep): Promise<string> {
    const court = await this.callers.court(step.to);
    if (!court) return notInService();
    const language = HOTLINE_LANGUAGES.find((option) => option.digit === step.digits)?.language ?? court.language;
    return this.askForCaller(court, step, { language, via: 'keyed', attempt: 1 }, 'language', new twilio.twiml.VoiceResponse(), { language });
  }

  async number(step: VoiceStep, state: VoiceState): Promise<string> {
    const court = await this.callers.court(step.to);
    if (!court) return notInService();
    const response = new twilio.twiml.VoiceResponse();
    if (!step.digits) return this.again(court, step, state, 'number', response, 'voice.noInput');
    const number = await this.callers.participantNumber(court.id, step.digits);
    this.gatherPin(response, { ...state, number, attempt: 1 });
    return this.answer(court, step, {}, 'number', response);
  }

  async pin(step: VoiceStep, state: VoiceState): Promise<string> {
    const court = await this.callers.court(step.to);
    if (!court) return notInService();
    const response = new twilio.twiml.VoiceResponse();
    if (!step.digits) {
      if (state.attempt >= MAX_ATTEMPTS) return this.goodbye(court, step, state, 'pin', response, 'voice.tooManyTries', 'abandoned');
      say(response, state.language, hotlineT(state.language)('voice.noInput'));
      this.gatherPin(response, { ...state, attempt: state.attempt + 1 });
      return this.answer(court, step, {}, 'pin', response);
    }
    const number = state.via === 'registered' ? (await this.callers.registered(court.id, step.from))?.participantNumber : state.number;
    const context = {
      client: step.client,
      requestId: step.requestId,
      // Twilio's signature vouches for the calling number: failed PINs count against it, not against Twilio's address.
      source: `tel:${step.from.replace(/^\+/, '')}`,
      channel: 'phone' as const,
    };
    const result = number
      ? await this.callers.callInWithPin(court, number, step.digits, context, state.language)
      : ({ kind: 'wrong-pin' } as const);
    return this.said(court, step, state, response, result);
  }

  /** 9 plays the answer again, exactly as first said; anything else ends the call. */
  async repeat(step: VoiceStep, state: VoiceState): Promise<string> {
    const court = await this.callers.court(step.to);
    if (!court) return notInService();
    const answered = step.digits === '9' ? await this.log.lastStep('voice', step.callSid, 'answer') : null;
    if (answered) {
      await this.log.step(this.interaction(court, step), {}, 'repeat', answered.twiml);
      return answered.twiml;
    }
    const response = new twilio.twiml.VoiceResponse();
    say(response, state.language, hotlineT(state.language)('voice.goodbye'));
    response.hangup();
    return this.answer(court, step, {}, 'goodbye', response);
  }

  private async said(court: HotlineCourt, step: VoiceStep, state: VoiceState, response: VoiceResponse, result: HotlineCallIn): Promise<string> {
    const t = hotlineT(state.language);
    switch (result.kind) {
      case 'answer': {
        const gather = response.gather({ input: ['dtmf'], numDigits: 1, timeout: DIGIT_TIMEOUT_SECONDS, action: this.url('voice/repeat', state), method: 'POST' });
        for (const sentence of voiceAnswer(state.language, result.answer)) say(gather, state.language, sentence);
        say(gather, state.language, t('voice.repeat'));
        say(response, state.language, t('voice.goodbye'));
        response.hangup();
        const outcome: HotlineOutcome =
          result.answer.status === 'selected' ? 'test_today' : result.answer.status === 'not_selected' ? 'no_test_today' : 'not_available';
        return this.answer(court, step, { outcome, participantId: result.participantId, callInId: result.callInId }, 'answer', response);
      }
      case 'window-closed': {
        say(response, state.language, t('voice.windowClosed', nextOpening(state.language, result.opensAt, result.timeZone)));
        return this.goodbye(court, step, state, 'closed', response, null, result.notYetOpen ? 'window_not_open' : 'window_closed', result.participantId);
      }
      case 'not-active':
        return this.goodbye(court, step, state, 'not-active', response, 'voice.notActive', 'not_in_program', result.participantId);
      case 'awaiting-warning':
        return this.goodbye(court, step, state, 'not-active', response, 'voice.awaitingWarning', 'not_in_program', result.participantId);
      case 'blocked':
        say(response, state.language, t('voice.blocked', { minutes: result.minutes }));
        return this.goodbye(court, step, state, 'blocked', response, null, 'blocked');
      case 'pin-change':
        return this.goodbye(court, step, state, 'pin-change', response, 'voice.pinChange', 'pin_change_required');
      case 'system-error':
        return this.goodbye(court, step, state, 'error', response, 'voice.systemError', 'failed', result.participantId);
      case 'wrong-pin':
        return this.again(court, step, state, 'pin', response, 'voice.wrongPin');
    }
  }

  /** After no or a wrong answer: the prompt again (the number, or the PIN for a registered caller), or goodbye after the last attempt. */
  private async again(court: HotlineCourt, step: VoiceStep, state: VoiceState, name: string, response: VoiceResponse, why: string): Promise<string> {
    if (state.attempt >= MAX_ATTEMPTS) {
      say(response, state.language, hotlineT(state.language)(why));
      return this.goodbye(court, step, state, name, response, 'voice.tooManyTries', why === 'voice.wrongPin' ? 'wrong_pin' : 'abandoned');
    }
    say(response, state.language, hotlineT(state.language)(why));
    const outcome: InteractionUpdate = why === 'voice.wrongPin' ? { outcome: 'wrong_pin' } : {};
    return this.askForCaller(court, step, { ...state, attempt: state.attempt + 1 }, name, response, outcome);
  }

  /** The number prompt, or only the PIN when the calling number is a participant's registered one. */
  private async askForCaller(court: HotlineCourt, step: VoiceStep, state: VoiceState, name: string, response: VoiceResponse, update: InteractionUpdate): Promise<string> {
    const registered = await this.callers.registered(court.id, step.from);
    if (registered) {
      this.gatherPin(response, { ...state, via: 'registered', number: undefined });
      return this.answer(court, step, { ...update, participantId: registered.participantId }, name, response);
    }
    const gather = response.gather({
      input: ['dtmf'],
      finishOnKey: '#',
      timeout: DIGIT_TIMEOUT_SECONDS,
      action: this.url('voice/number', { ...state, via: 'keyed', number: undefined }),
      method: 'POST',
    });
    say(gather, state.language, hotlineT(state.language)('voice.enterNumber'));
    response.redirect({ method: 'POST' }, this.url('voice/number', { ...state, via: 'keyed', number: undefined }));
    return this.answer(court, step, update, name, response);
  }

  private gatherPin(response: VoiceResponse, state: VoiceState): void {
    const gather = response.gather({ input: ['dtmf'], finishOnKey: '#', timeout: DIGIT_TIMEOUT_SECONDS, action: this.url('voice/pin', state), method: 'POST' });
    say(gather, state.language, hotlineT(state.language)('voice.enterPin'));
    response.redirect({ method: 'POST' }, this.url('voice/pin', state));
  }

  private goodbye(
    court: HotlineCourt,
    step: VoiceStep,
    state: VoiceState,
    name: string,
    response: VoiceResponse,
    sentence: string | null,
    outcome: HotlineOutcome,
    participantId: string | null = null,
  ): Promise<string> {
    const t = hotlineT(state.language);
    if (sentence) say(response, state.language, t(sentence));
    say(response, state.language, t('voice.goodbye'));
    response.hangup();
    return this.answer(court, step, { outcome, participantId }, name, response);
  }

  private async answer(court: HotlineCourt, step: VoiceStep, update: InteractionUpdate, name: string, response: VoiceResponse): Promise<string> {
    const twiml = response.toString();
    await this.log.step(this.interaction(court, step), update, name, twiml);
    return twiml;
  }

  private interaction(court: HotlineCourt, step: VoiceStep): Interaction {
    return { courtId: court.id, channel: 'voice', sid: step.callSid, from: step.from };
  }

  /** An action URL, absolute (the signature covers it) and carrying the call's state. */
  private url(path: string, state?: VoiceState): string {
    const query = new URLSearchParams();
    if (state) {
      query.set('lang', state.language);
      query.set('via', state.via);
      query.set('attempt', String(state.attempt));
      if (state.number) query.set('number', state.number);
    }
    const search = query.toString();
    return `${this.config.telephony.publicBaseUrl}/api/v1/hotline/${path}${search ? `?${search}` : ''}`;
  }
}

/** Reads the call's state back from an action URL's query; anything malformed starts the step afresh in the default language. */
export function voiceState(query: Record<string, unknown>, fallback: Language): VoiceState {
  const language = LANGUAGES.includes(query.lang as Language) ? (query.lang as Language) : fallback;
  const via = query.via === 'registered' ? 'registered' : 'keyed';
  const attempt = Math.min(Math.max(Number.parseInt(String(query.attempt ?? '1'), 10) || 1, 1), MAX_ATTEMPTS);
  const number = typeof query.number === 'string' && /^[A-Za-z0-9-]{1,32}$/.test(query.number) ? query.number : undefined;
  return { language, via, attempt, number };
}

function say(target: VoiceResponse | VoiceResponse.Gather, language: Language, text: string): void {
  const { voice, locale } = hotlineLanguage(language);
  target.say({ voice, language: locale }, text);
}

function notInService(): string {
  const response = new twilio.twiml.VoiceResponse();
  say(response, 'en', hotlineT('en')('voice.notInService'));
  response.hangup();
  return response.toString();
}
