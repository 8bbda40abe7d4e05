import { BaseEntity } from '@app/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

/**
 * A person in one of the court's programs. The participant number is what
 * they type (with their PIN) to sign in and to call in.
 */
@Entity('participants')
@Index('participants_court_number_key', ['courtId', 'participantNumber'], { unique: true })
@Index('participants_court_name_idx', ['courtId', 'lastName', 'firstName'])
export class Participant extends BaseEntity {
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'varchar', length: 32 })
  participantNumber: string;

  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  @Column({ type: 'varchar', length: 32, default: 'referred' })
  status: string;

  /** The participant's own sign-in account (PIN), once enrolled. */
  @Index('participants_user_key', { unique: true })
  @Column({ type: 'uuid', nullable: true })
  userId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ type: 'uuid', nullable: true })
  caseManagerId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_manager_id' })
  caseManager?: unknown;
}
