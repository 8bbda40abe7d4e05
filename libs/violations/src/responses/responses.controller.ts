import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CourtResponseDto, CreateResponseDto, ResponseHistoryDto } from '../dto/response.dto';
import { ResponsesService } from './responses.service';

@ApiTags('violations')
@Controller('participants/:id/responses')
export class ResponsesController {
  constructor(private readonly responses: ResponsesService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.ResponseRecord)
  @ApiOperation({ summary: 'Order a sanction, incentive or treatment adjustment from the catalogue; responds to its violations (answered once heard at a hearing held with the participant) and applies its effect' })
  @ApiCreatedResponse({ type: CourtResponseDto })
  record(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateResponseDto): Promise<CourtResponseDto> {
    return this.responses.record(principal, id, body);
  }

  @Post('check')
  @HttpCode(200)
  @Allow(Permission.ResponseRecord)
  @ApiOperation({ summary: 'Check an order before deciding: the same validation and the guard-rail warnings, nothing recorded' })
  @ApiOkResponse({ type: CourtResponseDto })
  check(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateResponseDto): Promise<CourtResponseDto> {
    return this.responses.record(principal, id, body, { dryRun: true });
  }

  @Get()
  @Allow(Permission.ViolationRead)
  @ApiOperation({ summary: "The participant's responses, newest first, and the incentive:sanction ratio" })
  @ApiOkResponse({ type: ResponseHistoryDto })
  history(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ResponseHistoryDto> {
    return this.responses.history(principal, id);
  }
}
