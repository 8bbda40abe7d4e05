import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@app/auth';
import { PublicCourtCodeParams, PublicCourtDto } from './dto/public-court.dto';
import { CourtsService } from './courts.service';

@ApiTags('courts')
@Controller('public/courts')
export class PublicCourtsController {
  constructor(private readonly courts: CourtsService) {}

  /** Public: a court's name and help number are on its printed papers already; the sign-in page needs them before anyone signs in. */
  @Get(':code')
  @Public()
  @ApiOperation({ summary: "A court's name and help number by its code, for the sign-in page (no sign-in)" })
  @ApiOkResponse({ type: PublicCourtDto })
  @ApiNotFoundResponse({ description: 'No active court has this code' })
  async byCode(@Param() params: PublicCourtCodeParams): Promise<PublicCourtDto> {
    const court = await this.courts.publicByCode(params.code);
    return { code: court.code, name: court.name, helpNumber: court.helpNumber };
  }
}
