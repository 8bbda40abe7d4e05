import type { PhotoMediaType } from './participant-photo.entity';

/** The largest photo kept: a face the bench can recognise, not an archive. */
export const MAX_PHOTO_BYTES = 512 * 1024;

/** The first bytes each kind of image starts with. */
const MAGIC: Readonly<Record<PhotoMediaType, readonly number[]>> = {
  'image/jpeg': [0xff, 0xd8, 0xff],
  'image/png': [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a],
};

/**
 * What is wrong with a photo file, or null: it must be of the kind it claims
 * by its content (not its name), and no larger than MAX_PHOTO_BYTES.
 */
export function photoProblem(content: Buffer, mediaType: PhotoMediaType): string | null {
  if (content.length === 0) return 'the photo file is empty';
  if (content.length > MAX_PHOTO_BYTES) return `the photo must be at most ${MAX_PHOTO_BYTES / 1024} KiB`;
  const magic = MAGIC[mediaType];
  if (content.length <= magic.length || !magic.every((byte, i) => content[i] === byte)) return `the file is not a ${mediaType === 'image/jpeg' ? 'JPEG' : 'PNG'} image`;
  return null;
}
