import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AccessService, consentBasis, consentCovering, Permission, Principal } from '@app/auth';
import { RedisclosureNoticeService } from '@app/audit';
import { Clock, type Language, courtDateAt, type FieldProblem, NotFoundError, ValidationFailedError } from '@app/core';
import { DataSource } from 'typeorm';
import { CreateProgressReportDto, ProgressReportDto, ProgressReportListDto } from './dto/progress-report.dto';
import { TreatmentProgressReport } from './progress-report.entity';

const INFORMATION = 'treatment_progress';

const toDto = (report: TreatmentProgressReport): ProgressReportDto => ({
  id: report.id,
  participantId: report.participantId,
  organisationId: report.organisationId,
  referralId: report.referralId,
  reportedOn: report.reportedOn,
  engagement: report.engagement,
  levelOfCareRecommendation: report.levelOfCareRecommendation,
  narrative: report.narrative,
  authorId: report.authorId,
  createdAt: report.createdAt.toISOString(),
});

/**
 * Providers' progress reports on a treatment episode: Part 2 information
 * (`treatment_progress`). Writing one is a disclosure to the court, reading
 * one a disclosure to the reader; each needs a valid consent, checked on
 * every request. Reports are not edited: a correction is a new report.
 */
@Injectable()
export class ProgressReportsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly notices: RedisclosureNoticeService,
    private readonly clock: Clock,
  ) {}

  /** A report on the episode the caller's organisation has open for the participant (its referral). */
  async write(principal: Principal, participantId: string, input: CreateProgressReportDto): Promise<ProgressReportDto> {
    const grant = await this.access.treatment(principal, Permission.TreatmentWrite, participantId, INFORMATION);
    // Only provider staff hold treatment.write, and they always act for an organisation.
    if (!grant.organisationId) throw new Error('treatment.write granted without a provider organisation');
    const organisationId = grant.organisationId;
    return this.dataSource.transaction(async (manager) => {
      // Held until commit, so the episode cannot end under the report.
      const [episode] = (await manager.query(
        `SELECT r.id, r.referred_on::text AS referred_on, c.time_zone
           FROM provider_referrals r JOIN participants p ON p.id = r.participant_id JOIN courts c ON c.id = p.court_id
          WHERE r.participant_id = $1 AND r.organisation_id = $2 AND r.ended_at IS NULL
          ORDER BY r.referred_on DESC, r.created_at DESC LIMIT 1
            FOR SHARE OF r`,
        [participantId, organisationId],
      )) as Array<{ id: string; referred_on: string; time_zone: string }>;
      // The access check has just found the referral; only one ended meanwhile gets here.
      if (!episode) throw new NotFoundError('participant');
      const today = courtDateAt(this.clock.now(), episode.time_zone);
      const problems: FieldProblem[] = [];
      if (input.reportedOn > today) problems.push({ field: 'reportedOn', message: 'is in the future (court time)' });
      else if (input.reportedOn < episode.referred_on) problems.push({ field: 'reportedOn', message: `is before the referral (${episode.referred_on})` });
      if (problems.length > 0) throw new ValidationFailedError(problems);
      const report = await manager.save(
        manager.create(TreatmentProgressReport, {
          participantId,
          organisationId,
          referralId: episode.id,
          reportedOn: input.reportedOn,
          engagement: input.engagement,
          levelOfCareRecommendation: input.levelOfCareRecommendation ?? null,
          narrative: input.narrative,
          authorId: principal.userId,
        }),
      );
      await this.access.record(
        principal,
        [grant],
        { action: 'treatment_progress.write', entityType: 'treatment_progress_report', entityIds: [report.id] },
        manager,
      );
      return toDto(report);
    });
  }

  /**
   * The reports the caller's consents cover, newest first, with the
   * redisclosure notice: a report is covered by a consent that lets its
   * organisation disclose (or any of the court's providers). A provider sees
   * only its own organisation's reports.
   */
  async list(principal: Principal, participantId: string, language: Language): Promise<ProgressReportListDto> {
    const { grant, consents } = await this.access.treatmentAny(principal, participantId, [INFORMATION]);
    const query = this.dataSource.manager
      .createQueryBuilder(TreatmentProgressReport, 'r')
      .where('r.participant_id = :participantId', { participantId })
      .orderBy('r.reported_on', 'DESC')
      .addOrderBy('r.created_at', 'DESC');
    if (grant.organisationId) query.andWhere('r.organisation_id = :organisationId', { organisationId: grant.organisationId });
    const coveringConsent = (report: TreatmentProgressReport) => consentCovering(consents, INFORMATION, report.organisationId);
    const reports = (await query.getMany()).filter((report) => coveringConsent(report));
    const consentIds = [...new Set(reports.map((report) => coveringConsent(report)!.consentId))];
    await this.access.record(principal, [grant], {
      action: 'treatment_progress.read',
      entityType: 'treatment_progress_report',
      entityIds: reports.map((r) => r.id),
      // Every consent relied on is in `details`; the basis names the first and how many more.
      ...consentBasis(consentIds),
      details: { consentIds },
    });
    const { notice, lawName } = await this.notices.forCourt(grant.courtId, language);
    return { items: reports.map(toDto), redisclosureNotice: notice, lawName };
  }
}
