import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CircumstancesDto, CircumstancesParamsDto, ParticipantCircumstancesDto, RecordCircumstancesDto } from './dto/circumstances.dto';
import { CircumstancesService } from './circumstances.service';

@ApiTags('participant records')
@Controller('participants/:id/circumstances')
export class CircumstancesController {
  constructor(private readonly circumstances: CircumstancesService) {}

  @Get()
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'Employment, education and housing at admission and at exit; audited' })
  @ApiOkResponse({ type: ParticipantCircumstancesDto })
  read(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<ParticipantCircumstancesDto> {
    return this.circumstances.read(principal, id);
  }

  // PUT: one answer per moment, so sending it again changes nothing more.
  @Put(':at')
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Records (or replaces) employment, education and housing at admission, or at exit once the participant has left (422 before)' })
  @ApiOkResponse({ type: CircumstancesDto })
  record(@CurrentPrincipal() principal: Principal, @Param() params: CircumstancesParamsDto, @Body() body: RecordCircumstancesDto): Promise<CircumstancesDto> {
    return this.circumstances.record(principal, params.id, params.at, body);
  }
}
