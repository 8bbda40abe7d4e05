import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CreateTreatmentAttendanceDto, TreatmentAttendanceDto, TreatmentAttendanceListDto } from './dto/treatment-attendance.dto';
import { TreatmentAttendanceService } from './treatment-attendance.service';

@ApiTags('treatment')
@Controller('participants/:id/treatment-attendance')
export class TreatmentAttendanceController {
  constructor(private readonly attendance: TreatmentAttendanceService) {}

  @Post()
  @Allow(Permission.TreatmentWrite)
  @ApiOperation({ summary: "A provider's report of a treatment session and whether the participant attended; needs a consent" })
  @ApiCreatedResponse({ type: TreatmentAttendanceDto })
  record(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateTreatmentAttendanceDto,
  ): Promise<TreatmentAttendanceDto> {
    return this.attendance.record(principal, id, body);
  }

  @Get()
  @Allow(Permission.TreatmentRead)
  @ApiOperation({ summary: 'Treatment attendance the caller’s consents cover, with the 42 CFR §2.32 notice' })
  @ApiOkResponse({ type: TreatmentAttendanceListDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TreatmentAttendanceListDto> {
    return this.attendance.list(principal, id);
  }
}
