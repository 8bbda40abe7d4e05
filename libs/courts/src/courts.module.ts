import { Module } from '@nestjs/common';
import { CourtHolidaysController } from './court-holidays.controller';
import { CourtHolidaysService } from './court-holidays.service';
import { CourtsController } from './courts.controller';
import { CourtsService } from './courts.service';
import { MissingWordingService } from './missing-wording.service';
import { PublicCourtsController } from './public-courts.controller';
import { ProviderOrganisationsController } from './provider-organisations.controller';
import { ProviderOrganisationsService } from './provider-organisations.service';

/**
 * Courts, their calendars and provider organisations. Access and the audit
 * log come from the global AuthModule.
 */
@Module({
  controllers: [CourtsController, CourtHolidaysController, ProviderOrganisationsController, PublicCourtsController],
  providers: [CourtsService, CourtHolidaysService, ProviderOrganisationsService, MissingWordingService],
  exports: [CourtsService, CourtHolidaysService, ProviderOrganisationsService],
})
export class CourtsModule {}
