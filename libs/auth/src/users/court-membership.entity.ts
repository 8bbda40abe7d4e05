import { BaseEntity } from '@app/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { CourtRole } from '../permissions';
import { User } from './user.entity';

/**
 * A user's role in one court. One role per court; a user may belong to
 * several courts. Courts and provider organisations are referred to by
 * entity name, since the courts module sits above this one.
 */
@Check(
  'court_memberships_role_check',
  `role IN ('court_admin', 'judge', 'coordinator', 'case_manager', 'treatment_provider', 'testing_site', 'participant') AND (role = 'treatment_provider') = (organisation_id IS NOT NULL)`,
)
@Entity('court_memberships')
@Index('court_memberships_user_court_key', ['userId', 'courtId'], { unique: true })
@Index('court_memberships_court_idx', ['courtId', 'role'])
export class CourtMembership extends BaseEntity {
  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  @Column({ type: 'varchar', length: 32 })
  role: CourtRole;

  /** The provider organisation of a `treatment_provider`; null for every other role. */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('ProviderOrganisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: unknown;

  @Column({ type: 'uuid', nullable: true })
  grantedBy: string | null;
}
