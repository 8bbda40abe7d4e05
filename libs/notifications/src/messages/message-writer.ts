import type { Language } from '@app/core';
import { addToOutbox, JobName } from '@app/queue';
import type { EntityManager } from 'typeorm';
import type { MessageChannel } from '../entities/outbound-message.entity';
import { renderTemplate, type TemplateName, type TemplateParams } from './message-templates';

export interface NewMessage {
  courtId: string | null;
  channel: MessageChannel;
  userId?: string | null;
  participantId?: string | null;
  /** An email address, or an E.164 number. */
  address: string;
  language: Language;
  template: TemplateName;
  params: TemplateParams;
  /** From the event: `hearing:<id>:day-before:<number>`. The same key is written once. */
  dedupKey: string;
  /** Not before this instant (quiet hours, the morning of a hearing). */
  notBefore?: Date | null;
}

/** Messages written at a time; each row takes 10 parameters and Postgres allows 65,535. */
const INSERT_BATCH = 5_000;

/**
 * Writes messages, rendered in the recipient's language, in the transaction
 * of `manager`, with the job that sends each through the outbox (keyed
 * `message:<id>`, delayed to `notBefore`). A message whose `dedupKey` is
 * already written is skipped, so an event written twice sends once. Returns
 * the ids of the new messages.
 */
export async function queueMessages(manager: EntityManager, messages: readonly NewMessage[]): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; start < messages.length; start += INSERT_BATCH) {
    const batch = messages.slice(start, start + INSERT_BATCH);
    const rendered = batch.map((m) => renderTemplate(m.template, m.language, m.params));
    const rows = (await manager.query(
      `INSERT INTO notification_messages (court_id, channel, user_id, participant_id, address, language, template, subject, body, dedup_key, not_before)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::uuid[], $4::uuid[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::timestamptz[])
       ON CONFLICT (dedup_key) DO NOTHING
       RETURNING id, channel, not_before`,
      [
        batch.map((m) => m.courtId),
        batch.map((m) => m.channel),
        batch.map((m) => m.userId ?? null),
        batch.map((m) => m.participantId ?? null),
        batch.map((m) => m.address),
        batch.map((m) => m.language),
        batch.map((m) => m.template),
        rendered.map((r) => r.subject),
        rendered.map((r) => r.text),
        batch.map((m) => m.dedupKey),
        batch.map((m) => m.notBefore?.toISOString() ?? null),
      ],
    )) as Array<{ id: string; channel: MessageChannel; not_before: Date | null }>;
    await addToOutbox(
      manager,
      rows.map((row) => ({
        job: row.channel === 'email' ? JobName.SendEmail : JobName.SendSms,
        key: `message:${row.id}`,
        payload: { messageId: row.id },
        runAt: row.not_before ?? undefined,
      })),
    );
    ids.push(...rows.map((row) => row.id));
  }
  return ids;
}
