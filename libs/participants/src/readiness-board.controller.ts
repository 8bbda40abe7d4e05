import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { ReadinessBoardDto, ReadinessBoardQueryDto } from './dto/readiness-board.dto';
import { ReadinessBoardService } from './readiness-board.service';
import { Exportable } from '@app/audit';
import { READINESS_EXPORT } from './participant-lists.export';

@ApiTags('participants')
@Controller('courts/:courtId/readiness')
export class ReadinessBoardController {
  constructor(private readonly board: ReadinessBoardService) {}

  @Get()
  @Allow(Permission.ParticipantRead)
  @Exportable(READINESS_EXPORT)
  @ApiOperation({ summary: "The staffing meeting's readiness board: each participant in the program with every requirement of their phase, ready first" })
  @ApiOkResponse({ type: ReadinessBoardDto })
  list(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Query() filter: ReadinessBoardQueryDto,
  ): Promise<ReadinessBoardDto> {
    return this.board.board(principal, courtId, filter);
  }
}
