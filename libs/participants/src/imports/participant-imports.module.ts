import { Module } from '@nestjs/common';
import { CriminalHistoryModule } from '../criminal-history/criminal-history.module';
import { HistoryImportsController } from './history-imports.controller';
import { HistoryImportsService } from './history-imports.service';
import { ParticipantImportsController } from './participant-imports.controller';
import { ParticipantImportsService } from './participant-imports.service';

/**
 * A court's caseload brought in from its old spreadsheet (CSV), checked first
 * and imported once, then its history (tests, violations, responses, hearings,
 * arrests and convictions).
 */
@Module({
  imports: [CriminalHistoryModule],
  controllers: [ParticipantImportsController, HistoryImportsController],
  providers: [ParticipantImportsService, HistoryImportsService],
})
export class ParticipantImportsModule {}
