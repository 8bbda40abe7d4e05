import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CreatePhasePlanDto, PhaseInputDto, PhasePlanDto, PhasePlanSummaryDto } from './dto/phase-plan.dto';
import { PhasePlansService } from './phase-plans.service';

/** Plan versions are immutable: a change writes the next version in full. */
@ApiTags('programs')
@Controller()
export class PhasePlansController {
  constructor(private readonly plans: PhasePlansService) {}

  @Get('programs/:programId/phase-plans')
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: "The program's phase plan versions, newest first" })
  @ApiOkResponse({ type: [PhasePlanSummaryDto] })
  async list(@CurrentPrincipal() principal: Principal, @Param('programId', ParseUUIDPipe) programId: string): Promise<PhasePlanSummaryDto[]> {
    return (await this.plans.list(principal, programId)).map(PhasePlanSummaryDto.of);
  }

  @Post('programs/:programId/phase-plans')
  @Idempotent()
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: "Writes the program's next phase plan version from a full list of phases (court.configure in the program's court)" })
  @ApiCreatedResponse({ type: PhasePlanDto })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('programId', ParseUUIDPipe) programId: string,
    @Body() body: CreatePhasePlanDto,
  ): Promise<PhasePlanDto> {
    return PhasePlanDto.of(await this.plans.create(principal, programId, { phases: body.phases.map(PhaseInputDto.toRequirements), note: body.note }));
  }

  @Get('phase-plans/:phasePlanId')
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: 'One phase plan version with its phases; 404 when its program is in a court the caller does not belong to' })
  @ApiOkResponse({ type: PhasePlanDto })
  async get(@CurrentPrincipal() principal: Principal, @Param('phasePlanId', ParseUUIDPipe) phasePlanId: string): Promise<PhasePlanDto> {
    return PhasePlanDto.of(await this.plans.get(principal, phasePlanId));
  }
}
