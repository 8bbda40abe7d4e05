import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

/** How the participant's signature reached the system. */
export const SIGNATURE_METHODS = ['drawn', 'scanned'] as const;
export type SignatureMethod = (typeof SIGNATURE_METHODS)[number];

/** The file kinds a signature is kept as: a drawing is a PNG; a scanned form a PNG, a JPEG or a PDF. */
export const SIGNATURE_MEDIA_TYPES = ['image/png', 'image/jpeg', 'application/pdf'] as const;
export type SignatureMediaType = (typeof SIGNATURE_MEDIA_TYPES)[number];

/**
 * The participant's signature on a consent form, as evidence that they
 * signed it: drawn on a tablet at the desk, or the signed paper form
 * scanned. Stored with the consent, in its transaction, and never changed;
 * its SHA-256 lets anyone check a copy against the record.
 */
@Entity('consent_signatures')
@Check('consent_signatures_method_check', `method IN ('drawn', 'scanned')`)
export class ConsentSignature {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'consent_signatures_pkey' })
  consentId: string;

  @ManyToOne('Consent', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'consent_id', foreignKeyConstraintName: 'consent_signatures_consent_fkey' })
  consent?: unknown;

  @Column({ type: 'varchar', length: 16 })
  method: SignatureMethod;

  @Column({ type: 'varchar', length: 40 })
  mediaType: SignatureMediaType;

  @Column({ type: 'bytea' })
  content: Buffer;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}

/** The first bytes each kind of file starts with: a file is what it claims to be, or it is refused. */
const MAGIC: Readonly<Record<SignatureMediaType, readonly number[]>> = {
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'application/pdf': [0x25, 0x50, 0x44, 0x46, 0x2d],
};

/** Whether `content` starts as a file of `mediaType` does. */
export function contentMatchesMediaType(content: Buffer, mediaType: SignatureMediaType): boolean {
  const magic = MAGIC[mediaType];
  return content.length > magic.length && magic.every((byte, i) => content[i] === byte);
}
