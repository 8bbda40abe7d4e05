import { Module } from '@nestjs/common';
import { ResponseCatalogueController } from './catalogue/response-catalogue.controller';
import { ResponseCatalogueService } from './catalogue/response-catalogue.service';
import { CustodyEndService } from './responses/custody-end.service';
import { ResponsesController } from './responses/responses.controller';
import { ResponsesService } from './responses/responses.service';
import { CourtOrdersController } from './orders/court-orders.controller';
import { CourtOrdersService } from './orders/court-orders.service';
import { ViolationClockService } from './violation-clock.service';
import { ViolationsController } from './violations.controller';
import { ViolationsService } from './violations.service';
import { ViolationDismissalsService } from './violation-dismissals.service';
import { SwiftnessService } from './swiftness.service';
import { TreatmentOffersController } from './treatment-offers/treatment-offers.controller';
import { TreatmentOffersService } from './treatment-offers/treatment-offers.service';

/**
 * Violations over HTTP: a participant's history, the deadlines board, staff-recorded violations and dismissal,
 * the court's responses, and treatment offered after repeated positives or on request (here because the offer
 * rule runs where violations are recorded, and treatment is never a sanction).
 */
@Module({
  controllers: [ViolationsController, ResponsesController, ResponseCatalogueController, CourtOrdersController, TreatmentOffersController],
  providers: [ViolationsService, ViolationDismissalsService, SwiftnessService, ResponsesService, ResponseCatalogueService, CourtOrdersService, TreatmentOffersService],
  exports: [ViolationsService, SwiftnessService, ResponsesService, CourtOrdersService],
})
export class ViolationsModule {}


/** What the worker needs to run violations' clocks. */
@Module({
  providers: [ViolationClockService, CustodyEndService],
  exports: [ViolationClockService, CustodyEndService],
})
export class ViolationsJobsModule {}
