import { Module } from '@nestjs/common';
import { AdmittedUseController } from './admitted-use.controller';
import { AdmittedUseService } from './admitted-use.service';
import { CaseNotesController } from './case-notes.controller';
import { CaseNotesService } from './case-notes.service';
import { LedgerController } from './ledger.controller';
import { LedgerService } from './ledger.service';
import { MilestonesController } from './milestones.controller';
import { MilestonesService } from './milestones.service';

/** The participant's running record: ledgers, milestones, admitted use and case notes. */
@Module({
  controllers: [LedgerController, MilestonesController, AdmittedUseController, CaseNotesController],
  providers: [LedgerService, MilestonesService, AdmittedUseService, CaseNotesService],
  exports: [LedgerService, MilestonesService, AdmittedUseService, CaseNotesService],
})
export class ParticipantRecordsModule {}
