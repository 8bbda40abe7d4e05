import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The first answer to a request sent with an `Idempotency-Key`, so a retry
 * gets that answer instead of creating again. A row is written in the same
 * transaction as the records the request created and only ever exists
 * committed with its response: there is no "in progress" row that a crash
 * could leave behind.
 */
@Entity('idempotency_keys')
@Index('idempotency_keys_user_key_key', ['userId', 'key'], { unique: true })
@Index('idempotency_keys_expires_at_idx', ['expiresAt'])
export class IdempotencyKey {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: string;

  /** Keys are the client's, so they are scoped per signed-in user: two users' keys never meet. */
  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  key: string;

  @Column({ type: 'text' })
  method: string;

  /** The request target (path and query) the key was first used on. */
  @Column({ type: 'text' })
  path: string;

  /** SHA-256 of method, target and the body in canonical JSON: a different request under the same key is refused. */
  @Column({ type: 'text' })
  fingerprint: string;

  @Column({ type: 'integer' })
  responseStatus: number;

  /** The JSON body of the first answer; null when it had none. */
  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @Column({ type: 'timestamptz' })
  createdAt: Date;

  /** After this the key is forgotten (a new request with it is a new request) and the maintenance job deletes the row. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
