import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { AdmittedUseService } from './admitted-use.service';
import { AdmittedUseDto, CreateAdmittedUseDto } from './dto/admitted-use.dto';

@ApiTags('participant records')
@Controller('participants/:id/admitted-use')
export class AdmittedUseController {
  constructor(private readonly admittedUse: AdmittedUseService) {}

  @Post()
  @Idempotent()
  @Allow(Permission.ParticipantWrite)
  @ApiOperation({ summary: 'Records use the participant admitted to; it ends their continuous sobriety' })
  @ApiCreatedResponse({ type: AdmittedUseDto })
  add(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreateAdmittedUseDto): Promise<AdmittedUseDto> {
    return this.admittedUse.add(principal, id, body);
  }

  @Get()
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: "A participant's admitted use, newest first" })
  @ApiOkResponse({ type: [AdmittedUseDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<AdmittedUseDto[]> {
    return this.admittedUse.list(principal, id);
  }
}
