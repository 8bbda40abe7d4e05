import { Module } from '@nestjs/common';
import { ParticipantPhotosController } from './participant-photos.controller';
import { ParticipantPhotosService } from './participant-photos.service';

/** Participants' photos, kept for the court's staff. */
@Module({
  controllers: [ParticipantPhotosController],
  providers: [ParticipantPhotosService],
})
export class ParticipantPhotosModule {}
