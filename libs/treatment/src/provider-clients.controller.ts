import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { ProviderClientListDto } from './dto/provider-clients.dto';
import { ProviderClientsService } from './provider-clients.service';

@ApiTags('treatment')
@Controller('provider-organisations/:organisationId/clients')
export class ProviderClientsController {
  constructor(private readonly clients: ProviderClientsService) {}

  @Get()
  @Allow(Permission.TreatmentRead)
  @ApiOperation({
    summary: "A provider organisation's current clients with their episode and whether a consent is on file (its own staff, or the court's treatment team; 404 otherwise)",
  })
  @ApiOkResponse({ type: ProviderClientListDto })
  list(@CurrentPrincipal() principal: Principal, @Param('organisationId', ParseUUIDPipe) organisationId: string): Promise<ProviderClientListDto> {
    return this.clients.list(principal, organisationId);
  }
}
