import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CourtDayParams } from '../dto/court-day.params';
import { DrawDayDto, DrawVerificationDto } from '../dto/draw.dto';
import { DrawsService } from './draws.service';

@ApiTags('drug testing')
@Controller('courts/:courtId/draws/:date')
export class DrawsController {
  constructor(private readonly draws: DrawsService) {}

  @Get()
  @Allow(Permission.DrawRead)
  @ApiOperation({ summary: "A court day's draw: who is to test (selected or forced) and who is excused, overrides shown as such" })
  @ApiOkResponse({ type: DrawDayDto })
  day(@CurrentPrincipal() principal: Principal, @Param() params: CourtDayParams): Promise<DrawDayDto> {
    return this.draws.day(principal, params.courtId, params.date);
  }

  @Get('verification')
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: "The draw's commitment, its seed once the court day is over, and whether the seed recomputes every stored selection" })
  @ApiOkResponse({ type: DrawVerificationDto })
  verification(@CurrentPrincipal() principal: Principal, @Param() params: CourtDayParams): Promise<DrawVerificationDto> {
    return this.draws.verification(principal, params.courtId, params.date);
  }
}
