import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CreateProviderOrganisationDto, ProviderOrganisationDto, UpdateProviderOrganisationDto } from './dto/provider-organisation.dto';
import { ProviderOrganisationsService } from './provider-organisations.service';

/** Writes are declared with court.read and checked per court by CourtAccess.configure (see CourtsController.update). */
@ApiTags('courts')
@Controller('courts/:courtId/provider-organisations')
export class ProviderOrganisationsController {
  constructor(private readonly organisations: ProviderOrganisationsService) {}

  @Get()
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: 'The treatment provider organisations the court works with' })
  @ApiOkResponse({ type: [ProviderOrganisationDto] })
  async list(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string): Promise<ProviderOrganisationDto[]> {
    return (await this.organisations.list(principal, courtId)).map(ProviderOrganisationDto.of);
  }

  @Post()
  @Idempotent()
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: 'Adds a provider organisation (court.configure in that court, or court.manage)' })
  @ApiCreatedResponse({ type: ProviderOrganisationDto })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId') courtId: string,
    @Body() body: CreateProviderOrganisationDto,
  ): Promise<ProviderOrganisationDto> {
    return ProviderOrganisationDto.of(await this.organisations.create(principal, courtId, body));
  }

  @Patch(':organisationId')
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: 'Renames, deactivates or reactivates a provider organisation (court.configure in that court, or court.manage)' })
  @ApiOkResponse({ type: ProviderOrganisationDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('courtId') courtId: string,
    @Param('organisationId') organisationId: string,
    @Body() body: UpdateProviderOrganisationDto,
  ): Promise<ProviderOrganisationDto> {
    return ProviderOrganisationDto.of(await this.organisations.update(principal, courtId, organisationId, body));
  }
}
