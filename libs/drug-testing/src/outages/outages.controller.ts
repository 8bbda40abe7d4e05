import { Body, Controller, Get, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CreateOutageDto, OutageDto, OutagesQueryDto, RecordedOutageDto } from './dto/outage.dto';
import { OutagesService } from './outages.service';

@ApiTags('drug testing')
@Controller('outages')
export class OutagesController {
  constructor(private readonly outages: OutagesService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.OutageRecord)
  @ApiOperation({
    summary: 'Records a period when call-ins were impossible; open missed call-ins of the windows it overlaps (and missed tests of those who could not call in) are dismissed',
  })
  @ApiCreatedResponse({ type: RecordedOutageDto })
  record(@CurrentPrincipal() principal: Principal, @Body() body: CreateOutageDto): Promise<RecordedOutageDto> {
    return this.outages.record(principal, body);
  }

  @Get()
  @Allow(Permission.OutageRecord)
  @ApiOperation({ summary: 'Recorded outages, newest first: of one court (with those of every court), or of every court the caller administers' })
  @ApiOkResponse({ type: [OutageDto] })
  list(@CurrentPrincipal() principal: Principal, @Query() query: OutagesQueryDto): Promise<OutageDto[]> {
    return this.outages.list(principal, query.courtId);
  }
}
