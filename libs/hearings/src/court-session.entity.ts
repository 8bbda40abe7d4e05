import { BaseEntity } from '@app/core';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';

/**
 * The order in which a session's docket is called. `compliant_first` lets the
 * court open with good news (applause, incentives) before the sanctions, as
 * many treatment courts do; `violations_first` deals with custody matters early.
 */
export const DOCKET_ORDERS = ['compliant_first', 'violations_first', 'name', 'participant_number'] as const;
export type DocketOrder = (typeof DOCKET_ORDERS)[number];

/**
 * A sitting of the court: a court-local date and start time, a judge, a
 * courtroom and the programs it hears. Hearings are scheduled into sessions,
 * and a session's hearings are its docket.
 */
@Entity('court_sessions')
@Index('court_sessions_court_starts_idx', ['courtId', 'startsAt'])
@Check('court_sessions_status_check', `status IN ('scheduled', 'cancelled')`)
@Check('court_sessions_capacity_check', `capacity IS NULL OR capacity >= 1`)
@Check('court_sessions_start_time_check', `start_time ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$'`)
@Check(
  'court_sessions_docket_order_check',
  `docket_order IS NULL OR docket_order IN ('compliant_first', 'violations_first', 'name', 'participant_number')`,
)
export class CourtSession extends BaseEntity {
  @Column({ type: 'uuid' })
  courtId: string;

  @ManyToOne('Court', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'court_id' })
  court?: unknown;

  /** Court-local date of the sitting. */
  @Column({ type: 'date' })
  sessionDate: string;

  /** Court-local start, `HH:MM`. */
  @Column({ type: 'varchar', length: 5 })
  startTime: string;

  /** `sessionDate` at `startTime` in the court's time zone, as an instant: what deadlines are compared with. */
  @Column({ type: 'timestamptz' })
  startsAt: Date;

  /** The presiding judge (a user holding the judge role in the court). */
  @Column({ type: 'uuid', nullable: true })
  judgeId: string | null;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'judge_id' })
  judge?: unknown;

  @Column({ type: 'varchar', length: 100 })
  courtroom: string;

  /** Programs heard at the session; empty means every program of the court. */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  programIds: string[];

  /** Most hearings the session takes; null for no limit. */
  @Column({ type: 'integer', nullable: true })
  capacity: number | null;

  /** Overrides the court's docket order for this session. */
  @Column({ type: 'varchar', length: 24, nullable: true })
  docketOrder: DocketOrder | null;

  /** Added outside the regular calendar, e.g. to meet a violation's 72-hour deadline. */
  @Column({ type: 'boolean', default: false })
  special: boolean;

  @Column({ type: 'varchar', length: 16, default: 'scheduled' })
  status: 'scheduled' | 'cancelled';

  @Column({ type: 'varchar', length: 500, nullable: true })
  cancellationReason: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdBy: string | null;
}
