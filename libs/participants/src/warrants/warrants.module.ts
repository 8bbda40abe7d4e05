import { Module } from '@nestjs/common';
import { AbscondingController } from '../absconding/absconding.controller';
import { AbscondingService } from '../absconding/absconding.service';
import { WarrantsController } from './warrants.controller';
import { WarrantsService } from './warrants.service';

/** Bench warrants (issued, served, recalled) and the list of participants who may have absconded. */
@Module({
  controllers: [WarrantsController, AbscondingController],
  providers: [WarrantsService, AbscondingService],
  exports: [WarrantsService],
})
export class WarrantsModule {}
