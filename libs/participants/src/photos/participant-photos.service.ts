import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, Permission, type Principal } from '@app/auth';
import { Clock, NotFoundError, ValidationFailedError } from '@app/core';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ParticipantPhotoDto, ParticipantPhotoFileDto, UploadParticipantPhotoDto } from './dto/participant-photo.dto';
import { ParticipantPhoto } from './participant-photo.entity';
import { photoProblem } from './photo-content';

/**
 * Participants' photos: case staff upload one (replacing any earlier), the
 * court's staff see it on the bench card and the participant's page. A
 * participant's own routes and the public never reach it; every view and
 * upload is audited on the participant's record.
 */
@Injectable()
export class ParticipantPhotosService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly clock: Clock,
  ) {}

  async upload(principal: Principal, participantId: string, input: UploadParticipantPhotoDto): Promise<ParticipantPhotoDto> {
    const grant = await this.access.participant(principal, Permission.ParticipantWrite, participantId);
    const content = Buffer.from(input.data, 'base64');
    const problem = photoProblem(content, input.mediaType);
    if (problem) throw new ValidationFailedError([{ field: 'data', message: problem }]);
    const photo: ParticipantPhoto = {
      participantId,
      mediaType: input.mediaType,
      content,
      sha256: createHash('sha256').update(content).digest('hex'),
      uploadedBy: principal.userId,
      uploadedAt: this.clock.now(),
    };
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO participant_photos (participant_id, media_type, content, sha256, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (participant_id) DO UPDATE
            SET media_type = EXCLUDED.media_type, content = EXCLUDED.content, sha256 = EXCLUDED.sha256,
                uploaded_by = EXCLUDED.uploaded_by, uploaded_at = EXCLUDED.uploaded_at`,
        [photo.participantId, photo.mediaType, photo.content, photo.sha256, photo.uploadedBy, photo.uploadedAt],
      );
      await this.access.record(principal, [grant], { action: 'participant.photo_uploaded', entityType: 'participant', entityIds: [participantId], details: { sha256: photo.sha256 } }, manager);
    });
    return toDto(photo);
  }

  /** The photo's file, for the court's staff; "not found" when there is none, as when the record is out of reach. */
  async read(principal: Principal, participantId: string): Promise<ParticipantPhotoFileDto> {
    const grant = await this.access.participant(principal, Permission.DocketRead, participantId);
    const photo = await this.dataSource.manager.findOneBy(ParticipantPhoto, { participantId });
    if (!photo) throw new NotFoundError('participant photo');
    await this.access.record(principal, [grant], { action: 'participant.photo_read', entityType: 'participant', entityIds: [participantId], details: { sha256: photo.sha256 } });
    return { ...toDto(photo), data: photo.content.toString('base64') };
  }
}

function toDto(photo: ParticipantPhoto): ParticipantPhotoDto {
  return {
    participantId: photo.participantId,
    mediaType: photo.mediaType,
    size: photo.content.length,
    sha256: photo.sha256,
    uploadedAt: photo.uploadedAt.toISOString(),
  };
}
