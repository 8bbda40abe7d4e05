import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CreateDrawOverrideDto, DrawOverrideDto, WithdrawDrawOverrideDto } from './dto/draw-override.dto';
import { DrawOverridesService } from './draw-overrides.service';

@ApiTags('drug testing')
@Controller()
export class DrawOverridesController {
  constructor(private readonly overrides: DrawOverridesService) {}

  @Post('participants/:id/draw-overrides')
  @Idempotent()
  @Allow(Permission.DrugTestOrder)
  @ApiOperation({ summary: 'Forces or excuses a participant\'s test on a court day (today until its reporting deadline, or later); the draw itself is unchanged' })
  @ApiCreatedResponse({ type: DrawOverrideDto })
  @ApiConflictResponse({ description: '`override-exists`, `reporting-deadline-passed` or `participant-not-enrolled`' })
  create(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateDrawOverrideDto): Promise<DrawOverrideDto> {
    return this.overrides.create(principal, id, body);
  }

  @Get('participants/:id/draw-overrides')
  @Allow(Permission.DrugTestOrder)
  @ApiOperation({ summary: "A participant's forces and excuses, withdrawn ones included, latest day first" })
  @ApiOkResponse({ type: [DrawOverrideDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<DrawOverrideDto[]> {
    return this.overrides.list(principal, id);
  }

  @Delete('draw-overrides/:overrideId')
  @Allow(Permission.DrugTestOrder)
  @HttpCode(200)
  @ApiOperation({ summary: 'Withdraws a mistaken override, with the reason (it stays on record as withdrawn)' })
  @ApiOkResponse({ type: DrawOverrideDto })
  @ApiNotFoundResponse({ description: 'Unknown, out of reach or already withdrawn' })
  withdraw(
    @CurrentPrincipal() principal: Principal,
    @Param('overrideId', ParseUUIDPipe) overrideId: string,
    @Body() body: WithdrawDrawOverrideDto,
  ): Promise<DrawOverrideDto> {
    return this.overrides.withdraw(principal, overrideId, body.reason);
  }
}
