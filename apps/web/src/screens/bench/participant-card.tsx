import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../../components/countdown';
import { RequirementList } from '../../components/readiness';
import { formatDate, formatNumber } from '../../i18n/format';
import { DocketEntry } from './docket-types';
import { BenchStaffingRecommendation } from './staffing-recommendation';

/**
 * One participant on the bench: large and readable from the judge's seat.
 * The heading takes focus when the judge moves to this participant.
 */
export const ParticipantCard = forwardRef<HTMLHeadingElement, { entry: DocketEntry }>(function ParticipantCard({ entry }, headingRef) {
  const { t } = useTranslation('bench');
  const p = entry.participant;
  const initials = `${p.firstName[0] ?? ''}${p.lastName[0] ?? ''}`;
  const openViolations = entry.violations;
  return (
    <article className="bench-card" aria-labelledby={`card-${entry.hearing.id}`}>
      <header className="bench-card-head">
        <div className="photo" role="img" aria-label={t('card.photo', { name: `${p.firstName} ${p.lastName}` })}>
          {initials}
        </div>
        <div>
          <h2 id={`card-${entry.hearing.id}`} ref={headingRef} tabIndex={-1}>
            {p.firstName} {p.lastName}
          </h2>
          <p className="bench-meta">
            {p.participantNumber} · {p.programCode} · {t(`common:participantStatus.${p.status}`, { defaultValue: p.status })} ·{' '}
            {t(`common:hearingKind.${entry.hearing.kind}`, { defaultValue: entry.hearing.kind })}
          </p>
          <p>
            <span className={`badge ${entry.compliant ? 'badge-ok' : 'badge-bad'}`}>{entry.compliant ? t('card.compliant') : t('card.notCompliant')}</span>{' '}
            {entry.readiness && (
              <span className={`badge ${entry.readiness.ready ? 'badge-ok' : 'badge-warn'}`}>
                {entry.readiness.ready ? t('common:readiness.ready') : t('common:readiness.notReady')}
              </span>
            )}
          </p>
        </div>
      </header>

      <div className="bench-figures">
        <div>
          <span className="figure">{entry.phase ? `${entry.phase.position}/${entry.phase.phaseCount}` : '—'}</span>
          <span>{entry.phase ? t('card.phase', { name: entry.phase.name, days: entry.phase.daysInPhase }) : t('card.noPhase')}</span>
        </div>
        <div>
          <span className="figure">{formatNumber(entry.phase?.continuousSoberDays)}</span>
          <span>{t('card.cleanDays')}</span>
        </div>
        <div>
          <span className="figure">
            {entry.ratio.incentives}:{entry.ratio.sanctions}
          </span>
          <span>{t('card.ratio')}</span>
        </div>
      </div>

      <section aria-labelledby={`viol-${entry.hearing.id}`}>
        <h3 id={`viol-${entry.hearing.id}`}>{t('card.violations')}</h3>
        {openViolations.length === 0 ? (
          <p>{t('card.noViolations')}</p>
        ) : (
          <ul className="violations">
            {openViolations.map((v) => (
              <li key={v.id}>
                <strong>{t(`common:violationKind.${v.kind}`, { defaultValue: v.kind })}</strong> · {t('card.detected', { day: formatDate(v.detectedAt.slice(0, 10)) })} ·{' '}
                <Countdown hoursLeft={v.hoursLeft} overdue={v.overdue} answered={v.status !== 'open'} />
                {v.status !== 'open' && <> ({t(`common:violationStatus.${v.status}`, { defaultValue: v.status })})</>}
              </li>
            ))}
          </ul>
        )}
      </section>

      <BenchStaffingRecommendation participantId={p.id} hearingId={entry.hearing.id} />

      <section aria-labelledby={`since-${entry.hearing.id}`}>
        <h3 id={`since-${entry.hearing.id}`}>
          {entry.since.lastHearingOn ? t('card.since', { day: formatDate(entry.since.lastHearingOn) }) : t('card.sinceEnrolment', { day: formatDate(entry.since.from) })}
        </h3>
        <ul className="since">
          <li>{t('card.tests', { selected: entry.tests.selected, collected: entry.tests.collected, calledIn: entry.tests.calledIn })}</li>
          <li>
            {Object.keys(entry.tests.results).length === 0
              ? t('card.noResults')
              : Object.entries(entry.tests.results)
                  .map(([outcome, n]) => `${t(`common:testOutcome.${outcome}`, { defaultValue: outcome })}: ${n}`)
                  .join(' · ')}
            {entry.tests.awaitingResults > 0 && <> · {t('card.awaiting', { count: entry.tests.awaitingResults })}</>}
          </li>
          {(entry.tests.missedCallIns > 0 || entry.tests.missedTests > 0) && (
            <li>
              <strong>{t('card.missed', { callIns: entry.tests.missedCallIns, tests: entry.tests.missedTests })}</strong>
            </li>
          )}
          <li>
            {entry.treatmentAttendance.withheld
              ? t('card.treatmentWithheld')
              : t('card.treatment', { attended: entry.treatmentAttendance.attended, excused: entry.treatmentAttendance.excused, noShow: entry.treatmentAttendance.noShow })}
          </li>
          {!entry.progressReport.withheld && entry.progressReport.latest && (
            <li>
              {t('card.progressReport', {
                organisation: entry.progressReport.latest.organisationName,
                day: formatDate(entry.progressReport.latest.reportedOn),
                engagement: t(`common:engagement.${entry.progressReport.latest.engagement}`, { defaultValue: entry.progressReport.latest.engagement }),
              })}
            </li>
          )}
          <li>{t('card.communityService', { done: entry.communityService.done, required: entry.communityService.required, since: entry.communityService.doneSinceLastHearing })}</li>
          {entry.responses.length > 0 && <li>{t('card.responses', { list: entry.responses.map((r) => r.name).join('; ') })}</li>}
          {entry.milestonesSinceLastHearing.length > 0 && <li>{t('card.milestones', { list: entry.milestonesSinceLastHearing.join('; ') })}</li>}
        </ul>
      </section>

      {entry.readiness && (
        <section aria-labelledby={`ready-${entry.hearing.id}`}>
          <h3 id={`ready-${entry.hearing.id}`}>{t('card.toAdvance')}</h3>
          <RequirementList requirements={entry.readiness.requirements} />
        </section>
      )}
    </article>
  );
});
