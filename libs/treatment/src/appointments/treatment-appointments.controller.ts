import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import { CreateTreatmentAppointmentDto, TreatmentAppointmentDto, TreatmentAppointmentListDto } from './treatment-appointment.dto';
import { TreatmentAppointmentsService } from './treatment-appointments.service';

@ApiTags('treatment')
@Controller()
export class TreatmentAppointmentsController {
  constructor(private readonly appointments: TreatmentAppointmentsService) {}

  @Post('participants/:id/treatment-appointments')
  @Idempotent()
  @Allow(Permission.TreatmentWrite)
  @ApiOperation({ summary: "Books a treatment appointment (date, start on the court's clock, address); the program may text a reminder the evening before; needs a consent" })
  @ApiCreatedResponse({ type: TreatmentAppointmentDto })
  schedule(
    @CurrentPrincipal() principal: Principal,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CreateTreatmentAppointmentDto,
  ): Promise<TreatmentAppointmentDto> {
    return this.appointments.schedule(principal, id, body);
  }

  @Get('participants/:id/treatment-appointments')
  @Allow(Permission.TreatmentRead)
  @ApiOperation({ summary: 'Treatment appointments the caller’s consents cover, with the 42 CFR §2.32 notice' })
  @ApiOkResponse({ type: TreatmentAppointmentListDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @ReaderLanguage() language: Language): Promise<TreatmentAppointmentListDto> {
    return this.appointments.list(principal, id, language);
  }

  @Post('treatment-appointments/:id/cancel')
  @Idempotent()
  @HttpCode(200)
  @Allow(Permission.TreatmentWrite)
  @ApiOperation({ summary: 'Cancels an appointment (no reminder is sent after this); the booking organisation only, under a consent; 404 otherwise' })
  @ApiOkResponse({ type: TreatmentAppointmentDto })
  cancel(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<TreatmentAppointmentDto> {
    return this.appointments.cancel(principal, id);
  }
}
