import { Module } from '@nestjs/common';
import { ProgramReader } from './program-reader';

/** Programs and their versioned phase plans. */
@Module({
  providers: [ProgramReader],
  exports: [ProgramReader],
})
export class ProgramsModule {}
