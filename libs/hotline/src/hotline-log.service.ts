import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock } from '@app/core';
import { DataSource } from 'typeorm';
import type { HotlineChannel, HotlineOutcome } from './hotline-interaction.entity';

/** The call or text a webhook belongs to. */
export interface Interaction {
  courtId: string;
  channel: HotlineChannel;
  /** CallSid or MessageSid. */
  sid: string;
  from: string;
}

/** What a step learnt about the call; absent fields are left as they were. */
export interface InteractionUpdate {
  outcome?: HotlineOutcome;
  participantId?: string | null;
  callInId?: string | null;
  language?: string | null;
}

/** A call that loops on its menus stops being logged step by step after this many steps. */
const MAX_STEPS = 40;

/**
 * The call and text log: one row per CallSid or MessageSid, written at every
 * step with what the system answered (TwiML; never what the caller keyed),
 * and completed by the provider's status callback with the call's duration.
 * A webhook Twilio retries lands on the same row.
 */
@Injectable()
export class HotlineLogService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async step(interaction: Interaction, update: InteractionUpdate, step: string, twiml: string): Promise<void> {
    const now = this.clock.now();
    await this.dataSource.query(
      `INSERT INTO hotline_interactions (court_id, channel, provider_sid, from_number, started_at, outcome, participant_id, call_in_id, language, steps)
       VALUES ($1, $2, $3, $4, $5, COALESCE($6, 'in_progress'), $7, $8, $9, jsonb_build_array($10::jsonb))
       ON CONFLICT (channel, provider_sid) DO UPDATE
          SET outcome = COALESCE($6, hotline_interactions.outcome),
              participant_id = COALESCE($7, hotline_interactions.participant_id),
              call_in_id = COALESCE($8, hotline_interactions.call_in_id),
              language = COALESCE($9, hotline_interactions.language),
              steps = CASE WHEN jsonb_array_length(hotline_interactions.steps) < ${MAX_STEPS}
                           THEN hotline_interactions.steps || jsonb_build_array($10::jsonb) ELSE hotline_interactions.steps END,
              updated_at = now()
        WHERE hotline_interactions.court_id = EXCLUDED.court_id`,
      [
        interaction.courtId,
        interaction.channel,
        interaction.sid,
        interaction.from.slice(0, 32),
        now,
        update.outcome ?? null,
        update.participantId ?? null,
        update.callInId ?? null,
        update.language ?? null,
        JSON.stringify({ at: now.toISOString(), step, twiml }),
      ],
    );
  }

  /** The TwiML last answered at a step of this call or text (a repeat, or a retried webhook), with who it was for. */
  async lastStep(channel: HotlineChannel, sid: string, step: string): Promise<{ twiml: string; participantId: string | null } | null> {
    const [row] = (await this.dataSource.query(
      `SELECT s.value->>'twiml' AS twiml, i.participant_id
         FROM hotline_interactions i, jsonb_array_elements(i.steps) WITH ORDINALITY AS s(value, n)
        WHERE i.channel = $1 AND i.provider_sid = $2 AND s.value->>'step' = $3
        ORDER BY s.n DESC LIMIT 1`,
      [channel, sid, step],
    )) as Array<{ twiml: string; participant_id: string | null }>;
    return row ? { twiml: row.twiml, participantId: row.participant_id } : null;
  }

  /**
   * The provider's final word on a call: its status and duration. A call
   * that ended before the caller heard an answer is `abandoned`.
   */
  async completed(sid: string, status: string, durationSeconds: number | null): Promise<void> {
    await this.dataSource.query(
      `UPDATE hotline_interactions
          SET provider_status = $2::text, duration_seconds = COALESCE($3::int, duration_seconds),
              outcome = CASE WHEN outcome = 'in_progress' THEN (CASE WHEN $2::text IN ('failed', 'busy', 'no-answer') THEN 'failed' ELSE 'abandoned' END) ELSE outcome END,
              updated_at = now()
        WHERE channel = 'voice' AND provider_sid = $1`,
      [sid, status.slice(0, 24), durationSeconds],
    );
  }
}
