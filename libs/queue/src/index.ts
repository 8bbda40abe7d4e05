export * from './queue.contract';
export * from './queue.module';
export * from './redis-policy';
export * from './outbox/outbox-event.entity';
export * from './outbox/outbox.service';
export * from './outbox/outbox-relay.service';
export * from './outbox/outbox-relay.loop';
export * from './outbox/outbox-pruner.service';
