import { Injectable, Logger, OnApplicationBootstrap, BeforeApplicationShutdown } from '@nestjs/common';
import { AppConfig } from '@app/core';
import { Client } from 'pg';
import { OutboxRelayService, RELAY_BATCH_SIZE } from './outbox-relay.service';

/** Channel the outbox trigger notifies on every insert (see the migration). */
export const OUTBOX_CHANNEL = 'outbox_events';
const POLL_INTERVAL_MS = 1_000;
const MAX_BACKOFF_MS = 10_000;

/**
 * Runs the relay in the worker: woken at once by Postgres LISTEN/NOTIFY when
 * an event is committed, and polling once a second anyway, so a missed
 * notification (dropped connection) costs a second, never a job.
 */
@Injectable()
export class OutboxRelayLoop implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('OutboxRelayLoop');
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private listener?: Client;

  constructor(
    private readonly relay: OutboxRelayService,
    private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    this.running = true;
    void this.listen();
    this.loop = this.run();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
  }

  private async run(): Promise<void> {
    let backoff = POLL_INTERVAL_MS;
    while (this.running) {
      try {
        const relayed = await this.relay.relayBatch();
        backoff = POLL_INTERVAL_MS;
        if (relayed === RELAY_BATCH_SIZE) continue;
      } catch (error) {
        this.logger.warn({ err: error }, `outbox relay paused ${backoff} ms`);
        backoff = Math.min(backoff * 2, MAX_BACKOFF_MS);
      }
      await this.sleep(backoff);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async listen(): Promise<void> {
    if (!this.running) return;
    const client = new Client({ connectionString: this.config.database.url, application_name: 'outbox-listener' });
    this.listener = client;
    client.on('notification', () => this.wake?.());
    client.on('error', (error) => {
      this.logger.warn(`outbox listener lost its connection: ${error.message}`);
      void client.end().catch(() => undefined);
      setTimeout(() => void this.listen(), POLL_INTERVAL_MS * 5);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.logger.warn(`outbox listener could not connect: ${(error as Error).message}`);
      client.removeAllListeners('error');
      await client.end().catch(() => undefined);
      if (this.running) setTimeout(() => void this.listen(), POLL_INTERVAL_MS * 5);
    }
  }
}
