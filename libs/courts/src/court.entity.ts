import { BaseEntity, DEFAULT_LANGUAGE, languageCheck, type Language, translationsCheck } from '@app/core';
import { STANDARD_LAW_NAME } from '@app/audit';
import { Check, Column, Entity, Index } from 'typeorm';

/** A courtroom's name per language, keyed by the name as the court's sessions carry it. */
export type CourtroomTranslations = Partial<Record<Language, Record<string, string>>>;

/** The courtroom in the reader's language when the court worded it, else as the session names it. */
export function courtroomName(courtroom: string, translations: CourtroomTranslations | null | undefined, language: Language): string {
  return translations?.[language]?.[courtroom] ?? courtroom;
}

/**
 * A court is the tenant: every participant, program, hearing, draw and user
 * membership belongs to exactly one. Its time zone decides court days, the
 * call-in window and every deadline.
 */
@Check('courts_code_check', `code ~ '^[A-Z0-9-]{2,16}$'`)
@Check('courts_draw_lead_check', `draw_lead_minutes BETWEEN 5 AND 720`)
@Check('courts_docket_order_check', `docket_order IN ('compliant_first', 'violations_first', 'name', 'participant_number')`)
@Check('courts_language_check', languageCheck('language'))
@Check('courts_redisclosure_notices_check', translationsCheck('redisclosure_notices'))
@Check('courts_hotline_number_check', `hotline_number ~ '^\\+[1-9][0-9]{6,14}$'`)
@Check('courts_help_number_check', `help_number ~ '^\\+[1-9][0-9]{6,14}$'`)
@Check('courts_currency_check', `currency ~ '^[A-Z]{3}$'`)
@Check('courts_courtroom_translations_check', translationsCheck('courtroom_translations'))
@Entity('courts')
export class Court extends BaseEntity {
  /** Short code users type (participant sign-in, scripts), e.g. `DEMO`. Upper case. */
  @Index('courts_code_key', { unique: true })
  @Column({ type: 'varchar', length: 16 })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** IANA time zone, e.g. `America/Chicago`. */
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  /** Start of the daily call-in window, court-local `HH:MM`. */
  @Column({ type: 'varchar', length: 5 })
  callInWindowStart: string;

  /** End of the window, court-local `HH:MM`; `24:00` means the end of the day. */
  @Column({ type: 'varchar', length: 5 })
  callInWindowEnd: string;

  /** Selected participants must give a specimen by this court-local `HH:MM` (`24:00`: the end of the day); never before the window closes. */
  @Column({ type: 'varchar', length: 5, default: '17:00' })
  reportByTime: string;

  /** How long before the window opens the day's draw is made (and committed). */
  @Column({ type: 'integer', default: 60 })
  drawLeadMinutes: number;

  /** Staff roles that must use a second factor (TOTP) to sign in to this court. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  mfaRequiredRoles: string[];

  /**
   * The court's own redisclosure notice, when it words the 42 CFR §2.32
   * notice more strictly; null uses the standard text.
   */
  @Column({ type: 'text', nullable: true })
  redisclosureNotice: string | null;

  /** The name of the law the court operates under, as its notices and printouts cite it. */
  @Column({ type: 'varchar', length: 200, default: STANDARD_LAW_NAME })
  lawName: string;

  /**
   * The court's disclosure notice per language (`{ "es": "…" }`): a reader of
   * one of these languages gets this text before the court's own notice and
   * the standard one.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  redisclosureNotices: Partial<Record<Language, string>>;

  /**
   * The order the docket is called in (a session may override it):
   * `compliant_first`, `violations_first`, `name` or `participant_number`.
   */
  @Column({ type: 'varchar', length: 24, default: 'compliant_first' })
  docketOrder: string;

  /** The language of the court's screens for users who have not chosen their own (one of LANGUAGES). */
  @Column({ type: 'varchar', length: 8, default: DEFAULT_LANGUAGE })
  language: Language;

  /**
   * The court's own phone number (E.164): where the hotline's calls and the
   * participants' texts arrive, and where the court's texts leave from.
   * Twilio names it as `To` on every webhook, which is how a call finds its court.
   */
  @Index('courts_hotline_number_key', { unique: true, where: 'hotline_number IS NOT NULL' })
  @Column({ type: 'varchar', length: 16, nullable: true })
  hotlineNumber: string | null;

  /** The number a person answers for the court's participants (E.164); a HELP text replies with it. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  helpNumber: string | null;

  /** The ISO 4217 code of the money the court counts fees in (USD, MXN, BRL…): the participant's page writes amounts with it. */
  @Column({ type: 'varchar', length: 3, default: 'USD' })
  currency: string;

  /** The courthouse's street address, shown beside the courtroom on a participant's court day; null when not given. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  /**
   * The court's courtrooms in other languages, by the name its sessions use:
   * `{ "es": { "Courtroom 3A": "Sala 3A" } }`. Worded once for the court, not
   * on every session.
   */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  courtroomTranslations: CourtroomTranslations;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
