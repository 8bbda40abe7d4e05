import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { ProgramMessageSettingsDto, UpdateProgramMessageSettingsDto } from '../dto/program-message-settings.dto';
import { ProgramMessageSettingsService } from './program-message-settings.service';

@ApiTags('notifications')
@Controller('programs/:programId/message-settings')
export class ProgramMessageSettingsController {
  constructor(private readonly settings: ProgramMessageSettingsService) {}

  @Get()
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: 'Which texts the program sends its participants (to numbers registered with their consent)' })
  @ApiOkResponse({ type: ProgramMessageSettingsDto })
  get(@CurrentPrincipal() principal: Principal, @Param('programId', ParseUUIDPipe) programId: string): Promise<ProgramMessageSettingsDto> {
    return this.settings.get(principal, programId);
  }

  @Put()
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: "Chooses the program's texts: court-date reminders, the missed call-in notice, treatment appointment reminders" })
  @ApiOkResponse({ type: ProgramMessageSettingsDto })
  put(
    @CurrentPrincipal() principal: Principal,
    @Param('programId', ParseUUIDPipe) programId: string,
    @Body() body: UpdateProgramMessageSettingsDto,
  ): Promise<ProgramMessageSettingsDto> {
    return this.settings.set(principal, programId, body);
  }
}
