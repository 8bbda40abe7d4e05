import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Idempotent } from '@app/core';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { CourtHolidaysService } from './court-holidays.service';
import { CreateHolidayDto, HolidayDto, HolidayQueryDto } from './dto/holiday.dto';

/** Writes are declared with court.read and checked per court by CourtAccess.configure (see CourtsController.update). */
@ApiTags('courts')
@Controller('courts/:courtId/holidays')
export class CourtHolidaysController {
  constructor(private readonly holidays: CourtHolidaysService) {}

  @Get()
  @Allow(Permission.CourtRead)
  @ApiOperation({ summary: "The court's holidays, in date order" })
  @ApiOkResponse({ type: [HolidayDto] })
  async list(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string, @Query() query: HolidayQueryDto): Promise<HolidayDto[]> {
    return (await this.holidays.list(principal, courtId, query.year)).map(HolidayDto.of);
  }

  @Post()
  @Idempotent()
  @Allow(Permission.CourtConfigure)
  @ApiOperation({ summary: 'Adds a holiday (court.configure in that court, or court.manage); 409 when the date has one' })
  @ApiCreatedResponse({ type: HolidayDto })
  async add(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string, @Body() body: CreateHolidayDto): Promise<HolidayDto> {
    return HolidayDto.of(await this.holidays.add(principal, courtId, body));
  }

  @Delete(':holidayId')
  @Allow(Permission.CourtConfigure)
  @HttpCode(204)
  @ApiOperation({ summary: 'Removes a holiday (court.configure in that court, or court.manage)' })
  @ApiNoContentResponse()
  async remove(@CurrentPrincipal() principal: Principal, @Param('courtId') courtId: string, @Param('holidayId') holidayId: string): Promise<void> {
    await this.holidays.remove(principal, courtId, holidayId);
  }
}
