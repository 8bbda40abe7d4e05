import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CreateTestingSiteDto, TestingSiteDto, UpdateTestingSiteDto } from './dto/testing-site.dto';
import { TestingSitesService } from './testing-sites.service';

/** Court configuration: writes are checked per court by CourtAccess.configure (court.configure there, or system-wide). */
@ApiTags('drug testing')
@Controller()
export class TestingSitesController {
  constructor(private readonly sites: TestingSitesService) {}

  @Get('courts/:courtId/testing-sites')
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: "The court's testing sites by name, with the programs each serves" })
  @ApiOkResponse({ type: [TestingSiteDto] })
  async list(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string): Promise<TestingSiteDto[]> {
    return (await this.sites.list(principal, courtId)).map(TestingSiteDto.of);
  }

  @Post('courts/:courtId/testing-sites')
  @Idempotent()
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: 'Adds a testing site (court.configure in that court); 409 when the name is in use, 422 for a program of another court' })
  @ApiCreatedResponse({ type: TestingSiteDto })
  async create(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string, @Body() body: CreateTestingSiteDto): Promise<TestingSiteDto> {
    return TestingSiteDto.of(await this.sites.create(principal, courtId, body));
  }

  @Patch('testing-sites/:siteId')
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: "Changes a testing site or the programs it serves (court.configure in the site's court)" })
  @ApiOkResponse({ type: TestingSiteDto })
  async update(@CurrentPrincipal() principal: Principal, @Param('siteId') siteId: string, @Body() body: UpdateTestingSiteDto): Promise<TestingSiteDto> {
    return TestingSiteDto.of(await this.sites.update(principal, siteId, body));
  }
}
