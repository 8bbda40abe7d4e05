import { BaseEntity } from '@app/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Court } from './court.entity';

/**
 * A treatment provider organisation the court works with (a Part 2 program).
 * Provider staff belong to one; participants are referred to one.
 */
@Entity('provider_organisations')
@Index('provider_organisations_court_name_key', ['courtId', 'name'], { unique: true })
export class ProviderOrganisation extends BaseEntity {
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne(() => Court, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: Court;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}
