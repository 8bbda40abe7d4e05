import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent } from '@app/core';
import { CreateCriminalHistoryEventDto, CriminalHistoryDto, CriminalHistoryEventDto } from './dto/criminal-history.dto';
import { CriminalHistoryService } from './criminal-history.service';

@ApiTags('participant records')
@Controller('participants/:id/criminal-history')
export class CriminalHistoryController {
  constructor(private readonly history: CriminalHistoryService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Records an arrest or a conviction of the participant (before, during or after the program), counted by the outcome measures' })
  @ApiCreatedResponse({ type: CriminalHistoryEventDto })
  record(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateCriminalHistoryEventDto): Promise<CriminalHistoryEventDto> {
    return this.history.record(principal, id, body);
  }

  @Get()
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: "The participant's arrests and convictions, newest first, entered by staff or imported; audited" })
  @ApiOkResponse({ type: CriminalHistoryDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<CriminalHistoryDto> {
    return this.history.list(principal, id);
  }
}
