import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Allow, CurrentPrincipal, Permission, Principal } from '@app/auth';
import { HEARING_KINDS } from './hearing.entity';
import { HearingsService, HearingView } from './hearings.service';

export class HearingDto implements HearingView {
  @ApiProperty() id: string;
  @ApiProperty({ enum: HEARING_KINDS }) kind: (typeof HEARING_KINDS)[number];
  @ApiProperty({ format: 'date-time' }) scheduledAt: string;
  @ApiProperty({ enum: ['scheduled', 'held', 'cancelled'] }) status: string;
  @ApiPropertyOptional({ nullable: true }) cancellationReason: string | null;
}

@ApiTags('hearings')
@Controller('participants/:id/hearings')
export class ParticipantHearingsController {
  constructor(private readonly hearings: HearingsService) {}

  @Get()
  @Allow(Permission.ParticipantRead)
  @ApiOperation({ summary: 'The participant’s hearings, earliest first' })
  @ApiOkResponse({ type: [HearingDto] })
  list(@CurrentPrincipal() principal: Principal, @Param('id', ParseUUIDPipe) id: string): Promise<HearingDto[]> {
    return this.hearings.list(principal, id);
  }
}
