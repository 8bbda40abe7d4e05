import { BaseEntity, languageCheck, type Language } from '@app/core';
import { Check, Column, Entity, Index } from 'typeorm';

export type UserKind = 'staff' | 'participant';

/**
 * Anyone who signs in. Staff sign in with a username and password;
 * participants with their court, participant number and PIN (whose hash is
 * kept in `secretHash` as well). Roles come from court memberships, except
 * the system administrator's, which spans courts.
 */
@Check('users_kind_check', `kind IN ('staff', 'participant') AND (kind = 'participant') = (username IS NULL)`)
@Check('users_language_check', languageCheck('language'))
@Check('users_work_phone_check', `work_phone ~ '^\\+[1-9][0-9]{6,14}$'`)
@Check('users_system_role_check', `system_role IS NULL OR (system_role = 'system_admin' AND kind = 'staff')`)
@Entity('users')
export class User extends BaseEntity {
  @Column({ type: 'varchar', length: 16 })
  kind: UserKind;

  /** Lower-case sign-in name of staff; null for participants. */
  @Index('users_username_key', { unique: true })
  @Column({ type: 'varchar', length: 64, nullable: true })
  username: string | null;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  /**
   * A staff member's work phone (E.164): the participant's page offers it as a
   * tap-to-call button for their case manager. Null for participants and for
   * staff who give none.
   */
  @Column({ type: 'varchar', length: 16, nullable: true })
  workPhone: string | null;

  /** argon2id hash of the password (staff) or PIN (participant); null until one is set. */
  @Column({ type: 'text', nullable: true })
  secretHash: string | null;

  /** Set when an administrator reset the secret: the user must choose a new one. */
  @Column({ type: 'boolean', default: false })
  mustChangeSecret: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  secretChangedAt: Date | null;

  /** `system_admin` or null: the one role not held within a court. */
  @Column({ type: 'varchar', length: 32, nullable: true })
  systemRole: string | null;

  /** The user's own language for every screen (one of LANGUAGES); null follows the court's. */
  @Column({ type: 'varchar', length: 8, nullable: true })
  language: Language | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  deactivatedAt: Date | null;

  /** Consecutive failed sign-ins; reset by a successful one. */
  @Column({ type: 'integer', default: 0 })
  failedSignIns: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  /** TOTP secret, encrypted with the server's key (AES-256-GCM); null when no second factor is set up. */
  @Column({ type: 'text', nullable: true })
  totpSecretEncrypted: string | null;

  /** When the second factor was confirmed with a first valid code; until then it is not enforced. */
  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** Last TOTP time step accepted, so a code cannot be replayed within its 30 s. */
  @Column({ type: 'bigint', nullable: true })
  totpLastStep: string | null;
}
