import { Module } from '@nestjs/common';
import { CriminalHistoryController } from './criminal-history.controller';
import { CriminalHistoryService } from './criminal-history.service';

/** Arrests and convictions of participants; the service is exported for importers. */
@Module({
  controllers: [CriminalHistoryController],
  providers: [CriminalHistoryService],
  exports: [CriminalHistoryService],
})
export class CriminalHistoryModule {}
