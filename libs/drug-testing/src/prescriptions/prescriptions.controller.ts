import { Body, Controller, Get, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { Idempotent, type Language, ReaderLanguage } from '@app/core';
import { CreatePrescriptionDto, PrescriptionListDto, RecordedPrescriptionDto } from './dto/prescription.dto';
import { PrescriptionsService } from './prescriptions.service';

/** Treatment readers only; the service checks the consent (and, for a write, case staff or a provider). */
@ApiTags('drug testing')
@Controller()
export class PrescriptionsController {
  constructor(private readonly prescriptions: PrescriptionsService) {}

  @Post('participants/:id/prescriptions')
  @Idempotent()
  @Allow(Permission.TreatmentRead)
  @ApiOperation({
    summary:
      'Records a prescription (panel, medication, prescriber, dates): a positive on its panel within the dates is `prescribed`, never a violation; case staff or a provider, under a consent covering treatment_plan',
  })
  @ApiCreatedResponse({ type: RecordedPrescriptionDto })
  record(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @Body() body: CreatePrescriptionDto): Promise<RecordedPrescriptionDto> {
    return this.prescriptions.record(principal, id, body);
  }

  @Get('participants/:id/prescriptions')
  @Allow(Permission.TreatmentRead)
  @ApiOperation({ summary: "The participant's prescriptions, under a consent covering treatment_plan, with the 42 CFR §2.32 notice" })
  @ApiOkResponse({ type: PrescriptionListDto })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string, @ReaderLanguage() language: Language): Promise<PrescriptionListDto> {
    return this.prescriptions.list(principal, id, language);
  }
}
