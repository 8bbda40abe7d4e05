import { Module } from '@nestjs/common';
import { ResponseCatalogueController } from './catalogue/response-catalogue.controller';
import { ResponseCatalogueService } from './catalogue/response-catalogue.service';
import { CustodyEndService } from './responses/custody-end.service';
import { ResponsesController } from './responses/responses.controller';
import { ResponsesService } from './responses/responses.service';
import { ViolationClockService } from './violation-clock.service';
import { ViolationsController } from './violations.controller';
import { ViolationsService } from './violations.service';
import { ViolationDismissalsService } from './violation-dismissals.service';
import { SwiftnessService } from './swiftness.service';

/** Violations over HTTP: a participant's history, the deadlines board, staff-recorded violations and dismissal. */
@Module({
  controllers: [ViolationsController, ResponsesController, ResponseCatalogueController],
  providers: [ViolationsService, ViolationDismissalsService, SwiftnessService, ResponsesService, ResponseCatalogueService],
  exports: [ViolationsService, SwiftnessService, ResponsesService],
})
export class ViolationsModule {}


/** What the worker needs to run violations' clocks. */
@Module({
  providers: [ViolationClockService, CustodyEndService],
  exports: [ViolationClockService, CustodyEndService],
})
export class ViolationsJobsModule {}
