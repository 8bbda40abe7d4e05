import { MAX_PHOTO_BYTES, photoProblem } from './photo-content';

const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]);
const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(32)]);

describe('photoProblem', () => {
  it('accepts a PNG and a JPEG that are what they claim', () => {
    expect(photoProblem(png, 'image/png')).toBeNull();
    expect(photoProblem(jpeg, 'image/jpeg')).toBeNull();
  });

  it('refuses a file whose content is not the kind it claims', () => {
    expect(photoProblem(png, 'image/jpeg')).toBe('the file is not a JPEG image');
    expect(photoProblem(Buffer.from('%PDF-1.7 not an image'), 'image/png')).toBe('the file is not a PNG image');
  });

  it('refuses an empty file and one over the limit', () => {
    expect(photoProblem(Buffer.alloc(0), 'image/png')).toBe('the photo file is empty');
    expect(photoProblem(Buffer.concat([png, Buffer.alloc(MAX_PHOTO_BYTES)]), 'image/png')).toMatch(/at most 512 KiB/);
  });
});
