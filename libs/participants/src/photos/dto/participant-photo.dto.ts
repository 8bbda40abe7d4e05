import { ApiProperty } from '@nestjs/swagger';
import { IsBase64, IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { PHOTO_MEDIA_TYPES, type PhotoMediaType } from '../participant-photo.entity';

/** Base64 of at most 512 KiB of file. */
const MAX_PHOTO_BASE64 = Math.ceil((512 * 1024) / 3) * 4;

export class UploadParticipantPhotoDto {
  @ApiProperty({ enum: PHOTO_MEDIA_TYPES, description: 'A JPEG or PNG; its content must be of that kind' })
  @IsIn(PHOTO_MEDIA_TYPES)
  mediaType: PhotoMediaType;

  @ApiProperty({ description: 'The image, base64-encoded (at most 512 KiB of file)', maxLength: MAX_PHOTO_BASE64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_PHOTO_BASE64, { message: 'the photo must be at most 512 KiB' })
  @IsBase64()
  data: string;
}

export class ParticipantPhotoDto {
  @ApiProperty() participantId: string;
  @ApiProperty({ enum: PHOTO_MEDIA_TYPES }) mediaType: string;
  @ApiProperty({ description: 'Bytes of the file' }) size: number;
  @ApiProperty({ description: 'SHA-256 of the file, hex' }) sha256: string;
  @ApiProperty({ format: 'date-time' }) uploadedAt: string;
}

export class ParticipantPhotoFileDto extends ParticipantPhotoDto {
  @ApiProperty({ description: 'The image, base64-encoded' }) data: string;
}
