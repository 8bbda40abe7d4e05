import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { User } from './user.entity';

/**
 * A one-time link for a staff account's owner to set their own password,
 * issued when an administrator creates or resets the account (or by the
 * `create-admin` command). Kept only as the SHA-256 of its token; used once,
 * valid for 24 hours, and replaced by the next one issued for the account.
 */
@Entity('account_activations')
@Index('account_activations_user_idx', ['userId'])
export class AccountActivation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index('account_activations_token_hash_key', { unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  /** When the owner set their password with it; null while unused. */
  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  /** When a newer link for the account replaced it unused. */
  @Column({ type: 'timestamptz', nullable: true })
  replacedAt: Date | null;

  /** The administrator who issued it; null when issued by the `create-admin` command. */
  @Column({ type: 'uuid', nullable: true })
  issuedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
