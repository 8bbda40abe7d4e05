import { Module } from '@nestjs/common';
import { MigrationIssuesController } from './migration-issues.controller';
import { MigrationIssuesService } from './migration-issues.service';

/** Demographics as codes: the report of the free text that did not map to them. */
@Module({
  controllers: [MigrationIssuesController],
  providers: [MigrationIssuesService],
})
export class DemographicsModule {}
