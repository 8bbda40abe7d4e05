import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from '../users/user.entity';

/**
 * One sign-in. Access tokens name their session, and every request checks
 * it, so revocation (log-out, password change, deactivation) and the
 * inactivity limit take effect at once rather than when a token expires.
 */
@Entity('auth_sessions')
@Index('auth_sessions_user_idx', ['userId'])
export class AuthSession {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Last authenticated request; the session ends after 30 minutes without one. */
  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  /** Hard limit regardless of activity. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  /** `logout`, `secret-changed`, `deactivated`, `inactive`, `refresh-reuse`, ... */
  @Column({ type: 'varchar', length: 32, nullable: true })
  revokedReason: string | null;

  /** True when the second factor was presented (or none is required). */
  @Column({ type: 'boolean', default: false })
  mfaSatisfied: boolean;

  @Column({ type: 'varchar', length: 64, nullable: true })
  clientAddress: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  userAgent: string | null;
}
