import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Clock, returnedRows } from '@app/core';
import { DataSource } from 'typeorm';

/** Twilio's final statuses, as the message table names them; the others (queued, sending, sent) change nothing. */
const FINAL: Record<string, 'delivered' | 'undelivered'> = { delivered: 'delivered', read: 'delivered', undelivered: 'undelivered', failed: 'undelivered' };

/** Stores what the SMS provider says became of a text. */
@Injectable()
export class DeliveryStatusService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** Records a final status on the text Twilio names (an unknown SID changes nothing); returns whether one changed. */
  async record(messageSid: string, status: string, errorCode: string | null): Promise<boolean> {
    const next = FINAL[status];
    if (!next) return false;
    const rows = returnedRows<{ id: string }>(await this.dataSource.query(
      `UPDATE notification_messages SET status = $2, status_reason = $3, status_at = $4
        WHERE provider = 'twilio' AND provider_id = $1 AND status IN ('sent', 'delivered', 'undelivered') RETURNING id`,
      [messageSid, next, errorCode ? `twilio-error-${errorCode}` : null, this.clock.now()],
    ));
    return rows.length > 0;
  }
}
