import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** The kinds of file a participant's photo is kept as. */
export const PHOTO_MEDIA_TYPES = ['image/jpeg', 'image/png'] as const;
export type PhotoMediaType = (typeof PHOTO_MEDIA_TYPES)[number];

/**
 * A participant's photo, where the court keeps one: so the judge on the
 * bench and staff at the desk know whom they speak to. One per
 * participant (a new one replaces it), uploaded by case staff, shown to
 * the court's staff only, each view audited.
 */
@Entity('participant_photos')
@Check('participant_photos_media_type_check', `media_type IN ('image/jpeg', 'image/png')`)
export class ParticipantPhoto {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'participant_photos_pkey' })
  participantId: string;

  @ManyToOne('Participant', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'participant_id', foreignKeyConstraintName: 'participant_photos_participant_fkey' })
  participant?: unknown;

  @Column({ type: 'varchar', length: 16 })
  mediaType: PhotoMediaType;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'uuid' })
  uploadedBy: string;

  @Column({ type: 'timestamptz' })
  uploadedAt: Date;
}
