import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { HotlineCallDto } from './dto/hotline-call.dto';
import { HotlineCallsService } from './hotline-calls.service';

@ApiTags('hotline')
@Controller()
export class HotlineCallsController {
  constructor(private readonly calls: HotlineCallsService) {}

  @Get('participants/:id/hotline-calls')
  @Allow(Permission.DrawRead)
  @ApiOperation({ summary: "The participant's calls to the hotline and texts to the court's number, newest first (numbers masked)" })
  @ApiOkResponse({ type: [HotlineCallDto] })
  forParticipant(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<HotlineCallDto[]> {
    return this.calls.forParticipant(principal, id);
  }

  @Get('courts/:courtId/hotline-calls')
  @Allow(Permission.DrawRead)
  @ApiOperation({ summary: "The court's hotline calls and texts of the last 24 hours, newest first (numbers masked), for the testing board" })
  @ApiOkResponse({ type: [HotlineCallDto] })
  forCourt(@CurrentPrincipal() principal: Principal, @Param('courtId', ParseUUIDPipe) courtId: string): Promise<HotlineCallDto[]> {
    return this.calls.forCourt(principal, courtId);
  }
}
