import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CreateMilestoneDto, MilestoneDto } from './dto/milestone.dto';
import { MilestonesService } from './milestones.service';

@ApiTags('participant records')
@Controller('participants/:id/milestones')
export class MilestonesController {
  constructor(private readonly milestones: MilestonesService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Records a milestone the participant reached, with its evidence' })
  @ApiCreatedResponse({ type: MilestoneDto })
  add(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateMilestoneDto): Promise<MilestoneDto> {
    return this.milestones.add(principal, id, body);
  }

  @Get()
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: "A participant's milestones, newest first" })
  @ApiOkResponse({ type: [MilestoneDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<MilestoneDto[]> {
    return this.milestones.list(principal, id);
  }
}
