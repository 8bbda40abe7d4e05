import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CatalogueEntryDto, CreateCatalogueEntryDto, UpdateCatalogueEntryDto } from './dto/catalogue-entry.dto';
import { ResponseCatalogueService } from './response-catalogue.service';

/** Court configuration: writes are checked per court by CourtAccess.configure (court.configure in the program's court, or system-wide). */
@ApiTags('violations')
@ApiExtraModels(CatalogueEntryDto)
@Controller()
export class ResponseCatalogueController {
  constructor(private readonly catalogue: ResponseCatalogueService) {}

  @Get('programs/:programId/response-catalogue')
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: "The program's sanctions, incentives and treatment adjustments, by kind, level and code, retired ones included" })
  @ApiOkResponse({ type: [CatalogueEntryDto] })
  async list(@CurrentPrincipal() principal: Principal, @Param('programId', ParseUUIDPipe) programId: string): Promise<CatalogueEntryDto[]> {
    return (await this.catalogue.list(principal, programId)).map(CatalogueEntryDto.of);
  }

  @Post('programs/:programId/response-catalogue')
  @Idempotent()
  @Allow(Permission.CourtConfigure)
  @ApiOperation({
    summary:
      "Adds an entry (answers the entry), or with { fromDefault: true } copies the program model's default catalogue (answers the whole catalogue); " +
      'court.configure in the program\'s court; 409 catalogue-code-taken or catalogue-not-empty',
  })
  @ApiCreatedResponse({
    schema: { oneOf: [{ $ref: getSchemaPath(CatalogueEntryDto) }, { type: 'array', items: { $ref: getSchemaPath(CatalogueEntryDto) } }] },
  })
  async create(
    @CurrentPrincipal() principal: Principal,
    @Param('programId', ParseUUIDPipe) programId: string,
    @Body() body: CreateCatalogueEntryDto,
  ): Promise<CatalogueEntryDto | CatalogueEntryDto[]> {
    if (body.fromDefault) return (await this.catalogue.copyDefault(principal, programId)).map(CatalogueEntryDto.of);
    const { kind, code, name, translations, level, effect, restrictsLiberty } = body;
    return CatalogueEntryDto.of(
      await this.catalogue.create(principal, programId, { kind: kind!, code: code!, name: name!, translations, level: level!, effect, restrictsLiberty }),
    );
  }

  @Patch('response-catalogue/:entryId')
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: "Renames (translations included), re-levels, retires or reinstates an entry; kind, code and effect are fixed (court.configure in the program's court)" })
  @ApiOkResponse({ type: CatalogueEntryDto })
  async update(
    @CurrentPrincipal() principal: Principal,
    @Param('entryId', ParseUUIDPipe) entryId: string,
    @Body() body: UpdateCatalogueEntryDto,
  ): Promise<CatalogueEntryDto> {
    return CatalogueEntryDto.of(await this.catalogue.update(principal, entryId, body));
  }
}
