import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { PhaseInputDto } from './dto/phase-plan.dto';
import { CreateProgramDto, ProgramDto, UpdateProgramDto } from './dto/program.dto';
import { ProgramsService } from './programs.service';

/** Writes are checked per court by CourtAccess.configure: court.configure in the program's court, or system-wide. */
@ApiTags('programs')
@Controller()
export class ProgramsController {
  constructor(private readonly programs: ProgramsService) {}

  @Get('courts/:courtId/programs')
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: "The court's programs by code, each with its current phase plan" })
  @ApiOkResponse({ type: [ProgramDto] })
  async list(@CurrentPrincipal() principal: Principal, @Param('courtId', ParseUUIDPipe) courtId: string): Promise<ProgramDto[]> {
    return (await this.programs.list(principal, courtId)).map(ProgramDto.of);
  }

  @Post('courts/:courtId/programs')
  @Idempotent()
  @Allow(Permission.CourtConfigure)
  @ApiOperation({
    summary: "Creates a program; without phases, its model's template is copied as plan version 1 (court.configure in that court); 409 when the code is in use",
  })
  @ApiCreatedResponse({ type: ProgramDto })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId', ParseUUIDPipe) courtId: string,
    @Body() body: CreateProgramDto,
  ): Promise<ProgramDto> {
    const { phases, ...rest } = body;
    return ProgramDto.of(await this.programs.create(principal, courtId, { ...rest, phases: phases?.map(PhaseInputDto.toRequirements) }));
  }

  @Get('programs/:programId')
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: "A program with its current phase plan; 404 when it is in a court the caller does not belong to" })
  @ApiOkResponse({ type: ProgramDto })
  async get(@CurrentPrincipal() principal: Principal, @Param('programId', ParseUUIDPipe) programId: string): Promise<ProgramDto> {
    return ProgramDto.of(await this.programs.get(principal, programId));
  }

  @Patch('programs/:programId')
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: "Renames, opens or closes a program, or changes its eligibility and approvals (court.configure in the program's court)" })
  @ApiOkResponse({ type: ProgramDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('programId', ParseUUIDPipe) programId: string,
    @Body() body: UpdateProgramDto,
  ): Promise<ProgramDto> {
    return ProgramDto.of(await this.programs.update(principal, programId, body));
  }
}
