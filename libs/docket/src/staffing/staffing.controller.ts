import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { RecordStaffingDto, RecordStaffingPositionDto, SessionStaffingDto, StaffingEntryDto } from './dto/staffing.dto';
import { StaffingService } from './staffing.service';

@ApiTags('docket')
@Controller('court-sessions/:sessionId/staffing')
export class StaffingController {
  constructor(private readonly staffing: StaffingService) {}

  @Get()
  @Allow(Permission.StaffingRead)
  @ApiOperation({ summary: "The session's staffing: per participant on its docket, the team's recommendation and each member's agreement or dissent" })
  @ApiOkResponse({ type: SessionStaffingDto })
  read(@CurrentPrincipal() principal: Principal, @Param('sessionId', ParseUUIDPipe) sessionId: string): Promise<SessionStaffingDto> {
    return this.staffing.read(principal, sessionId);
  }

  @Put(':participantId')
  @Allow(Permission.StaffingRecord)
  @ApiOperation({ summary: "Records or replaces the team's recommendation for a participant on the docket (proposes; only the judge orders, at the hearing)" })
  @ApiOkResponse({ type: StaffingEntryDto })
  recommend(
    @CurrentPrincipal() principal: Principal,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Body() body: RecordStaffingDto,
  ): Promise<StaffingEntryDto> {
    return this.staffing.recommend(principal, sessionId, participantId, body);
  }

  @Put(':participantId/position')
  @Allow(Permission.StaffingRecord)
  @ApiOperation({ summary: 'Records your agreement or dissent with the recommendation (one per member; a new one replaces yours)' })
  @ApiOkResponse({ type: StaffingEntryDto })
  position(
    @CurrentPrincipal() principal: Principal,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Param('participantId', ParseUUIDPipe) participantId: string,
    @Body() body: RecordStaffingPositionDto,
  ): Promise<StaffingEntryDto> {
    return this.staffing.position(principal, sessionId, participantId, body);
  }
}
