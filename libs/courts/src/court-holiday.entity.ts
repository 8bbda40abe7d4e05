import { BaseEntity } from '@app/core';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Court } from './court.entity';

/** A day the court does not sit. Random testing still runs on it (DESIGN rule 1). */
@Entity('court_holidays')
@Index('court_holidays_court_date_key', ['courtId', 'date'], { unique: true })
export class CourtHoliday extends BaseEntity {
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne(() => Court, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'court_id' })
  court?: Court;

  /** Court-local calendar date, `YYYY-MM-DD`. */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;
}
