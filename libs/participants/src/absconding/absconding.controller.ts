import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { PossiblyAbscondedListDto } from './absconding.dto';
import { AbscondingService } from './absconding.service';

@ApiTags('warrants')
@Controller('courts/:courtId/possibly-absconded')
export class AbscondingController {
  constructor(private readonly absconding: AbscondingService) {}

  @Get()
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'Active participants with no contact, no call-in and no test for their program’s number of days, with the days since each' })
  @ApiOkResponse({ type: PossiblyAbscondedListDto })
  list(@CurrentPrincipal() principal: Principal, @Param('courtId', ParseUUIDPipe) courtId: string): Promise<PossiblyAbscondedListDto> {
    return this.absconding.list(principal, courtId);
  }
}
