import { Module } from '@nestjs/common';
import { DrawsController } from './draw/draws.controller';
import { DrawMaker } from './draw/draw-maker.service';
import { DrawsService } from './draw/draws.service';

/** Random drug testing: the daily draw, call-ins, collections and results, and their reports. */
@Module({
  controllers: [DrawsController],
  providers: [DrawsService],
  exports: [DrawsService],
})
export class DrugTestingModule {}

/** What the worker needs: the services its jobs call, no HTTP and no access checks (jobs act for the court). */
@Module({
  providers: [DrawMaker],
  exports: [DrawMaker],
})
export class DrugTestingJobsModule {}
