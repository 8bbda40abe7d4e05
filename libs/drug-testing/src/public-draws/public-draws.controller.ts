import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal, Public } from '@app/auth';
import { MyDrawsDto, PublicCourtDayParams, PublicCourtParams, PublicDrawDayDto, PublicDrawListDto, PublicDrawsQueryDto } from '../dto/public-draw.dto';
import { MyDrawsService } from './my-draws.service';
import { PublicDrawsService } from './public-draws.service';

@ApiTags('public draw record')
@Controller()
export class PublicDrawsController {
  constructor(
    private readonly publicDraws: PublicDrawsService,
    private readonly myDraws: MyDrawsService,
  ) {}

  @Get('public/courts/:code/draws')
  @Public()
  @ApiOperation({ summary: "A court's public draw record: its seed-chain anchors and each day's commitment, with the seed and counts once the day is over" })
  @ApiOkResponse({ type: PublicDrawListDto })
  @ApiNotFoundResponse({ description: 'No active court has this code' })
  list(@Param() params: PublicCourtParams, @Query() query: PublicDrawsQueryDto): Promise<PublicDrawListDto> {
    return this.publicDraws.list(params.code, query.from, query.to);
  }

  @Get('public/courts/:code/draws/:date')
  @Public()
  @ApiOperation({ summary: 'One day of the public draw record: everything a standalone verifier needs (docs/verifying-draws.md); entries once the day is over' })
  @ApiOkResponse({ type: PublicDrawDayDto })
  @ApiNotFoundResponse({ description: 'No active court has this code, or no draw was made that day' })
  day(@Param() params: PublicCourtDayParams): Promise<PublicDrawDayDto> {
    return this.publicDraws.day(params.code, params.date);
  }

  @Get('me/draws')
  @Allow(Permission.CallIn)
  @ApiOperation({ summary: "Check my draw: the participant's token in each past day's public record, whether the draw selected them, and their own overrides" })
  @ApiOkResponse({ type: MyDrawsDto })
  mine(@CurrentPrincipal() principal: Principal): Promise<MyDrawsDto> {
    return this.myDraws.mine(principal);
  }
}
