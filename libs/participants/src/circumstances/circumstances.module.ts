import { Module } from '@nestjs/common';
import { CircumstancesController } from './circumstances.controller';
import { CircumstancesService } from './circumstances.service';

/** A participant's employment, education and housing at admission and exit. */
@Module({
  controllers: [CircumstancesController],
  providers: [CircumstancesService],
})
export class CircumstancesModule {}
