import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CourtDto, CreateCourtDto, UpdateCourtDto } from './dto/court.dto';
import { CourtsService } from './courts.service';
import { WordingReportDto } from './dto/public-court.dto';
import { MissingWordingService } from './missing-wording.service';

@ApiTags('courts')
@Controller('courts')
export class CourtsController {
  constructor(
    private readonly courts: CourtsService,
    private readonly wording: MissingWordingService,
  ) {}

  @Post()
  @Idempotent()
  @Allow(Permission.CourtManage)
  @ApiOperation({ summary: 'Creates a court (system administrator)' })
  @ApiCreatedResponse({ type: CourtDto })
  async create(@CurrentPrincipal() principal: Principal, @Body() body: CreateCourtDto): Promise<CourtDto> {
    return CourtDto.of(await this.courts.create(principal, body));
  }

  @Get()
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: 'The courts the caller belongs to (every court for the system administrator)' })
  @ApiOkResponse({ type: [CourtDto] })
  async list(@CurrentPrincipal() principal: Principal): Promise<CourtDto[]> {
    return (await this.courts.list(principal)).map(CourtDto.of);
  }

  @Get(':courtId/missing-wording')
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: "Court wording (phases, milestones, catalogue entries, courtrooms, testing sites' instructions) with no text in a language the court's people read" })
  @ApiOkResponse({ type: WordingReportDto })
  missingWording(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string): Promise<WordingReportDto> {
    return this.wording.report(principal, courtId);
  }

  @Get(':courtId')
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: "A court's settings; 404 for a court the caller does not belong to" })
  @ApiOkResponse({ type: CourtDto })
  async get(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string): Promise<CourtDto> {
    return CourtDto.of(await this.courts.get(principal, courtId));
  }

  /**
   * Declared with court.read, which court administrators and the system
   * administrator both hold (the guard takes one permission per route);
   * CourtAccess.configure then requires court.configure in this court or
   * court.manage system-wide.
   */
  @Patch(':courtId')
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: "Changes a court's settings (court.configure in that court, or court.manage)" })
  @ApiOkResponse({ type: CourtDto })
  async update(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string, @Body() body: UpdateCourtDto): Promise<CourtDto> {
    return CourtDto.of(await this.courts.update(principal, courtId, body));
  }
}
