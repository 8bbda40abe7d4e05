import { Module } from '@nestjs/common';
import { CallInsController } from './call-ins/call-ins.controller';
import { CallInsService } from './call-ins/call-ins.service';
import { DrawOverridesController } from './overrides/draw-overrides.controller';
import { DrawOverridesService } from './overrides/draw-overrides.service';
import { TestingOrdersController } from './orders/testing-orders.controller';
import { TestingOrdersService } from './orders/testing-orders.service';
import { OutagesController } from './outages/outages.controller';
import { OutagesService } from './outages/outages.service';
import { CollectionsController } from './collections/collections.controller';
import { CollectionsService } from './collections/collections.service';
import { DayCollectionsService } from './collections/day-collections.service';
import { DrugTestHistoryService } from './collections/drug-test-history.service';
import { ResultReviewsService } from './collections/result-reviews.service';
import { DrawsController } from './draw/draws.controller';
import { MyDrawsService } from './public-draws/my-draws.service';
import { PublicDrawsController } from './public-draws/public-draws.controller';
import { PublicDrawsService } from './public-draws/public-draws.service';
import { DayCloseService } from './day-close/day-close.service';
import { DrawMaker } from './draw/draw-maker.service';
import { DrawsService } from './draw/draws.service';
import { RandomnessSelfCheck } from './randomness/randomness-self-check.service';
import { TestingReportsController } from './reports/testing-reports.controller';
import { TestingReportsService } from './reports/testing-reports.service';
import { TestingSitesController } from './testing-sites/testing-sites.controller';
import { TestingSitesService } from './testing-sites/testing-sites.service';
import { TestNoticesService } from './test-notices/test-notices.service';
import { PrescriptionsController } from './prescriptions/prescriptions.controller';
import { CustodyController } from './custody/custody.controller';
import { CustodyService } from './custody/custody.service';
import { ProgramTestPanelsController } from './panels/program-test-panels.controller';
import { ProgramTestPanelsService } from './panels/program-test-panels.service';
import { PrescriptionsService } from './prescriptions/prescriptions.service';

/** Random drug testing: the daily draw, call-ins, collections and results, and their reports. */
@Module({
  controllers: [
    DrawsController,
    TestingReportsController,
    TestingSitesController,
    CollectionsController,
    CallInsController,
    DrawOverridesController,
    TestingOrdersController,
    OutagesController,
    PublicDrawsController,
    PrescriptionsController,
    CustodyController,
    ProgramTestPanelsController,
  ],
  providers: [
    DrawsService,
    TestingReportsService,
    TestingSitesService,
    CollectionsService,
    ResultReviewsService,
    DrugTestHistoryService,
    DayCollectionsService,
    CallInsService,
    DrawOverridesService,
    TestingOrdersService,
    OutagesService,
    PublicDrawsService,
    MyDrawsService,
    PrescriptionsService,
    CustodyService,
    ProgramTestPanelsService,
  ],
  exports: [DrawsService, CallInsService, DrawOverridesService, TestingOrdersService, OutagesService],
})
export class DrugTestingModule {}

/** What the worker needs: the services its jobs call, no HTTP and no access checks (jobs act for the court). */
@Module({
  providers: [DrawMaker, DayCloseService, RandomnessSelfCheck, TestNoticesService],
  exports: [DrawMaker, DayCloseService, RandomnessSelfCheck, TestNoticesService],
})
export class DrugTestingJobsModule {}
