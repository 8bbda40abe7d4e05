import { Body, Controller, Get, Header, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { ParticipantPhotoDto, ParticipantPhotoFileDto, UploadParticipantPhotoDto } from './dto/participant-photo.dto';
import { ParticipantPhotosService } from './participant-photos.service';

/** A participant's photo, for the court's staff only (no participant route reaches it). */
@ApiTags('participant photos')
@Controller('participants/:id/photo')
export class ParticipantPhotosController {
  constructor(private readonly photos: ParticipantPhotosService) {}

  // PUT, not POST: the photo is the participant's one photo, so sending it again changes nothing more.
  @Put()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: "Sets the participant's photo (JPEG or PNG by content, at most 512 KiB), replacing any earlier one; audited" })
  @ApiOkResponse({ type: ParticipantPhotoDto })
  upload(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: UploadParticipantPhotoDto): Promise<ParticipantPhotoDto> {
    return this.photos.upload(principal, id, body);
  }

  @Get()
  @Allow(Permission.DocketRead)
  @Header('Cache-Control', 'no-store')
  @ApiOperation({ summary: "The participant's photo, base64, for the court's staff; each view audited" })
  @ApiOkResponse({ type: ParticipantPhotoFileDto })
  @ApiNotFoundResponse({ description: 'No photo, or the participant is out of reach' })
  read(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ParticipantPhotoFileDto> {
    return this.photos.read(principal, id);
  }
}
