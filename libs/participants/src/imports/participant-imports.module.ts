import { Module } from '@nestjs/common';
import { ParticipantImportsController } from './participant-imports.controller';
import { ParticipantImportsService } from './participant-imports.service';

/** A court's caseload brought in from its old spreadsheet (CSV), checked first and imported once. */
@Module({
  controllers: [ParticipantImportsController],
  providers: [ParticipantImportsService],
})
export class ParticipantImportsModule {}
