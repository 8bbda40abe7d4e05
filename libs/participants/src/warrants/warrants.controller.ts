import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent } from '@app/core';
import { IssueWarrantDto, RecallWarrantDto, ServeWarrantDto, WarrantDto, WarrantsDto } from './dto/warrant.dto';
import { WarrantsService } from './warrants.service';

@ApiTags('warrants')
@Controller()
export class WarrantsController {
  constructor(private readonly warrants: WarrantsService) {}

  @Get('participants/:id/warrants')
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'The participant’s bench warrants, newest first: issued, served or recalled, and by whom' })
  @ApiOkResponse({ type: WarrantsDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<WarrantsDto> {
    return this.warrants.list(principal, id);
  }

  @Post('participants/:id/warrants')
  @Idempotent()
  @Allow(Permission.WarrantOrder)
  @ApiOperation({ summary: 'Issue a bench warrant (the judge): the participant’s status becomes warrant; 409 unless active' })
  @ApiCreatedResponse({ type: WarrantDto })
  issue(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: IssueWarrantDto): Promise<WarrantDto> {
    return this.warrants.issue(principal, id, body);
  }

  @Post('warrants/:warrantId/service')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.WarrantServe)
  @ApiOperation({ summary: 'Record that the warrant was served: the participant is in custody, or released and active again; 409 once it is closed' })
  @ApiOkResponse({ type: WarrantDto })
  serve(@CurrentPrincipal() principal: Principal, @Param('warrantId', ParseUUIDPipe) warrantId: string, @Body() body: ServeWarrantDto): Promise<WarrantDto> {
    return this.warrants.serve(principal, warrantId, body);
  }

  @Post('warrants/:warrantId/recall')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.WarrantOrder)
  @ApiOperation({ summary: 'Recall the warrant (the judge): the participant is active again; 409 once it is closed' })
  @ApiOkResponse({ type: WarrantDto })
  recall(@CurrentPrincipal() principal: Principal, @Param('warrantId', ParseUUIDPipe) warrantId: string, @Body() body: RecallWarrantDto): Promise<WarrantDto> {
    return this.warrants.recall(principal, warrantId, body);
  }
}
