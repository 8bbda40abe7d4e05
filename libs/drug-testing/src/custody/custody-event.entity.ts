import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** The steps of a specimen's chain of custody, in the order they happen. */
export const CUSTODY_STEPS = ['collected', 'sealed', 'shipped', 'received'] as const;
export type CustodyStep = (typeof CUSTODY_STEPS)[number];

/**
 * One step of a specimen's chain of custody: who handled it and when
 * (collected at the site, sealed, shipped, received by the lab). Each step
 * once per specimen, in order: a gap or a step out of order is what a
 * defence contests, so the record refuses it rather than repairs it.
 */
@Entity('specimen_custody_events')
@Index('specimen_custody_events_step_key', ['collectionId', 'step'], { unique: true })
@Check('specimen_custody_events_step_check', `step IN ('collected', 'sealed', 'shipped', 'received')`)
export class CustodyEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  collectionId: string;

  @ManyToOne('Collection', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'collection_id' })
  collection?: unknown;

  @Column({ type: 'varchar', length: 16 })
  step: CustodyStep;

  /** Who handled the specimen (the collector, a courier, the lab's receiving clerk). */
  @Column({ type: 'varchar', length: 200 })
  handledBy: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'uuid' })
  recordedBy: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
