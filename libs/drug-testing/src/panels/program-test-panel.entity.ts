import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { SubstancePanel } from '../entities/drug-test-result.entity';

/**
 * A substance panel a program tests for, with its cut-off levels in ng/mL:
 * a reading below the cut-off is negative. The initial screen and the lab's
 * confirmation have their own cut-offs (a confirmation's is usually lower).
 */
@Entity('program_test_panels')
@Check('program_test_panels_cutoffs_check', `screen_cutoff_ng_ml > 0 AND (confirmation_cutoff_ng_ml IS NULL OR confirmation_cutoff_ng_ml > 0)`)
export class ProgramTestPanel {
  @PrimaryColumn({ type: 'uuid' })
  programId: string;

  @ManyToOne('Program', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: unknown;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  substance: SubstancePanel;

  @Column({ type: 'numeric', precision: 10, scale: 3 })
  screenCutoffNgMl: string;

  /** Null: the lab's own cut-off applies to a confirmation. */
  @Column({ type: 'numeric', precision: 10, scale: 3, nullable: true })
  confirmationCutoffNgMl: string | null;
}
