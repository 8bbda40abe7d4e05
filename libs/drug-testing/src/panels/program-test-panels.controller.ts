import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { ReplaceTestPanelsDto, TestPanelDto } from './dto/test-panel.dto';
import { ProgramTestPanelsService } from './program-test-panels.service';

/** Court configuration: writes are checked per court by CourtAccess.configure. */
@ApiTags('drug testing')
@Controller()
export class ProgramTestPanelsController {
  constructor(private readonly panels: ProgramTestPanelsService) {}

  @Get('programs/:programId/test-panels')
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: "The program's test panels and their cut-offs (ng/mL), by substance" })
  @ApiOkResponse({ type: [TestPanelDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('programId', ParseUUIDPipe) programId: string): Promise<TestPanelDto[]> {
    return this.panels.list(principal, programId);
  }

  @Put('programs/:programId/test-panels')
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: "Replaces the program's test panels and cut-offs (court.configure); a reading below a cut-off is recorded negative" })
  @ApiOkResponse({ type: [TestPanelDto] })
  replace(@CurrentPrincipal() principal: Principal, @Param('programId', ParseUUIDPipe) programId: string, @Body() body: ReplaceTestPanelsDto): Promise<TestPanelDto[]> {
    return this.panels.replace(principal, programId, body.panels);
  }
}
