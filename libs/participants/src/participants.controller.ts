import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { ListParticipantsDto } from './dto/list-participants.dto';
import { ParticipantPageDto, ParticipantSummaryDto } from './dto/participant.dto';
import { ParticipantsService } from './participants.service';

@ApiTags('participants')
@Controller('participants')
export class ParticipantsController {
  constructor(private readonly participants: ParticipantsService) {}

  @Get()
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'Participants the caller may see, filtered, sorted and paginated' })
  @ApiOkResponse({ type: ParticipantPageDto })
  list(@CurrentPrincipal() principal: Principal, @Query() filter: ListParticipantsDto): Promise<ParticipantPageDto> {
    return this.participants.list(principal, filter);
  }

  @Get(':id')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'One participant; 404 when it does not exist or is out of the caller’s reach' })
  @ApiOkResponse({ type: ParticipantSummaryDto })
  get(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ParticipantSummaryDto> {
    return this.participants.get(principal, id);
  }
}
