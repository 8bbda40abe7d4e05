import { Controller, Get, Header, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { type Language, ReaderLanguage } from '@app/core';
import { renderDocketHtml } from './docket-print';
import { DocketService } from './docket.service';
import { DocketDto } from './dto/docket.dto';

@ApiTags('docket')
@Controller('court-sessions/:sessionId/docket')
export class DocketController {
  constructor(private readonly dockets: DocketService) {}

  @Get()
  @Allow(Permission.DocketRead)
  @ApiOperation({
    summary: 'The docket of a court session: each participant in the court’s order, with what happened since their last hearing',
    description:
      "Treatment attendance and progress appear only where a valid consent covers them for you; otherwise they say withheld. Phase and catalogue names are in the reader's language (Accept-Language) where the court gave one.",
  })
  @ApiOkResponse({ type: DocketDto })
  docket(@CurrentPrincipal() principal: Principal, @Param('sessionId', ParseUUIDPipe) sessionId: string, @ReaderLanguage() language: Language): Promise<DocketDto> {
    return this.dockets.docket(principal, sessionId, language);
  }

  @Get('print')
  @Allow(Permission.DocketRead)
  @Header('Content-Type', 'text/html; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  @ApiOperation({
    summary: "The paper docket: the same docket as a printable HTML page in the reader's language (Accept-Language), with the redisclosure notice wherever treatment information appears",
  })
  @ApiProduces('text/html')
  @ApiOkResponse({ description: 'An HTML page with a print stylesheet', schema: { type: 'string' } })
  async print(@CurrentPrincipal() principal: Principal, @Param('sessionId', ParseUUIDPipe) sessionId: string, @ReaderLanguage() language: Language): Promise<string> {
    return renderDocketHtml(await this.dockets.docket(principal, sessionId, language), language);
  }
}
