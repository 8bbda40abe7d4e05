import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One version of a program's phases. Versions are never changed once
 * written: editing a plan writes the next version, and participants keep the
 * version they were enrolled under until moved by an explicit action.
 */
@Entity('phase_plans')
@Index('phase_plans_program_version_key', ['programId', 'version'], { unique: true })
export class PhasePlan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  programId: string;

  @ManyToOne('Program', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: unknown;

  /** 1, 2, 3…: the highest is the program's current plan. */
  @Column({ type: 'integer' })
  version: number;

  /** Why this version was written ("copied from the treatment court template", "phase 3 shortened"). */
  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
