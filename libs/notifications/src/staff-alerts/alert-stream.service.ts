import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { AppConfig, redisOptions } from '@app/core';
import Redis from 'ioredis';
import { alertChannel } from './alert-channel';

type Listener = () => void;

/**
 * Pushes "your alerts changed" to the open screens of this API instance. One
 * Redis subscription per instance, opened on the first screen: whichever
 * instance (or the worker) published the change, every instance hears it and
 * tells its own listeners of that user, so two or more API instances behind
 * a load balancer stay right.
 */
@Injectable()
export class AlertStreamService implements BeforeApplicationShutdown, OnApplicationShutdown {
  private readonly logger = new Logger(AlertStreamService.name);
  private readonly listeners = new Map<string, Set<Listener>>();
  /** How to end each open stream: the HTTP server waits for open connections before it stops. */
  private readonly streams = new Set<() => void>();
  private subscriber?: Redis;
  private subscribed?: Promise<void>;

  constructor(private readonly config: AppConfig) {}

  /**
   * Calls `listener` whenever the user's alerts change, and `end` when the
   * instance shuts down; returns the function that stops both.
   */
  async listen(userId: string, listener: Listener, end: () => void): Promise<() => void> {
    await this.subscribe();
    let set = this.listeners.get(userId);
    if (!set) this.listeners.set(userId, (set = new Set()));
    set.add(listener);
    this.streams.add(end);
    return () => {
      set.delete(listener);
      if (set.size === 0) this.listeners.delete(userId);
      this.streams.delete(end);
    };
  }

  beforeApplicationShutdown(): void {
    for (const end of [...this.streams]) end();
  }

  private subscribe(): Promise<void> {
    this.subscribed ??= (async () => {
      // A connection of its own: a subscribed connection can do nothing else.
      const subscriber = new Redis({ ...redisOptions(this.config.redis.url, 'queue'), lazyConnect: true });
      subscriber.on('error', (error) => this.logger.warn(`alert subscription: ${error.message}`));
      subscriber.on('message', (_channel: string, userId: string) => {
        for (const listener of this.listeners.get(userId) ?? []) listener();
      });
      this.subscriber = subscriber;
      await subscriber.connect();
      await subscriber.subscribe(alertChannel(this.config));
    })().catch((error: Error) => {
      this.subscribed = undefined;
      throw error;
    });
    return this.subscribed;
  }

  async onApplicationShutdown(): Promise<void> {
    this.listeners.clear();
    await this.subscriber?.quit().catch(() => this.subscriber?.disconnect());
  }
}
