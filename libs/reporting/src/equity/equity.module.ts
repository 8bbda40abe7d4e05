import { Module } from '@nestjs/common';
import { ReportingModule } from '../reporting.module';
import { EquityController } from './equity.controller';
import { EquityService } from './equity.service';
import { FunnelService } from './funnel.service';
import { StateEquityController } from './state-equity.controller';

/** The referral funnel and the equity view (issue "Equity"): figures per demographic group, suppressed outside the court team. */
@Module({
  imports: [ReportingModule],
  controllers: [EquityController, StateEquityController],
  providers: [FunnelService, EquityService],
  exports: [FunnelService, EquityService],
})
export class EquityModule {}
