import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Countdown } from '../../components/countdown';
import { ParticipantPhoto } from '../../components/participant-photo';
import { RequirementList } from '../../components/readiness';
import { formatDate, formatNumber } from '../../i18n/format';
import { DocketEntry } from './docket-types';
import { standingChips, toneClass } from './standing';
import { BenchStaffingRecommendation } from './staffing-recommendation';

/**
 * One participant on the bench: large and readable from the judge's seat.
 * The heading takes focus when the judge moves to this participant.
 */
export const ParticipantCard = forwardRef<HTMLHeadingElement, { entry: DocketEntry }>(function ParticipantCard({ entry }, headingRef) {
  const { t } = useTranslation('bench');
  const p = entry.participant;
  const openViolations = entry.violations;
  const cleanDaysQualified = entry.cleanDays.missedTests > 0 || entry.cleanDays.openMissedTest;
  /** "Community service: 8 h ordered, 8 of 8 done": what was ordered and what the records say is done. */
  const orderText = (o: DocketEntry['lastHearingOrders'][number]) => {
    if (o.completion) return t('card.orderService', { name: o.name, ordered: o.completion.ordered, done: o.completion.done });
    if (o.effect === 'jail' && o.amount !== null) return t('card.orderJail', { name: o.name, count: o.amount });
    if (o.effect === 'increased_testing' && o.testsPerWeek !== null) return t('card.orderTesting', { name: o.name, count: o.testsPerWeek });
    return o.name;
  };
  return (
    <article className="bench-card" aria-labelledby={`card-${entry.hearing.id}`}>
      <header className="bench-card-head">
        <ParticipantPhoto participantId={p.id} firstName={p.firstName} lastName={p.lastName} known={p.hasPhoto} />
        <div>
          <h2 id={`card-${entry.hearing.id}`} ref={headingRef} tabIndex={-1}>
            {p.firstName} {p.lastName}
          </h2>
          <p className="bench-meta">
            {p.participantNumber} · {p.programCode} · {t(`common:participantStatus.${p.status}`, { defaultValue: p.status })} ·{' '}
            {t(`common:hearingKind.${entry.hearing.kind}`, { defaultValue: entry.hearing.kind })}
          </p>
          <p className="chips">
            {standingChips(entry).map((chip) => (
              <span key={chip.key} className={toneClass(chip.tone)}>
                {t(chip.key, { count: chip.count })}
              </span>
            ))}{' '}
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
          <span className="figure">{entry.phase ? t('card.phaseOf', { position: entry.phase.position, count: entry.phase.phaseCount }) : t('card.noPhase')}</span>
          {entry.phase && <span>{t('card.phase', { name: entry.phase.name, days: entry.phase.daysInPhase })}</span>}
        </div>
        <div>
          <span className="figure">
            {formatNumber(entry.phase?.continuousSoberDays)}
            {cleanDaysQualified && (
              <span className="clean-mark" aria-hidden="true">
                {' '}
                ⚠
              </span>
            )}
          </span>
          <span>{t('card.cleanDays')}</span>
          {cleanDaysQualified && (
            <strong className="clean-caveat">
              {entry.cleanDays.missedTests > 0
                ? t('card.cleanDaysMissed', { count: entry.cleanDays.missedTests, day: formatDate(entry.cleanDays.lastMissedOn) })
                : t('card.cleanDaysOpenMissed')}
            </strong>
          )}
        </div>
        <div>
          <span className="figure">{t('card.ratioWords', { incentives: entry.ratio.incentives, sanctions: entry.ratio.sanctions })}</span>
          <span>{t('card.ratio')}</span>
        </div>
      </div>

      <section aria-labelledby={`decide-${entry.hearing.id}`} className="bench-decide">
        <h3 id={`decide-${entry.hearing.id}`}>{t('card.forTheDecision')}</h3>
        {entry.treatmentProposals.length > 0 && (
          // Proposed for this hearing (after repeated positives, or the participant asked): the court takes it up.
          <p className="badge badge-warn bench-proposal">
            {entry.treatmentProposals
              .map((p) => t(`card.treatmentProposal.${p.source === 'participant_request' ? 'asked' : 'positives'}`, { date: formatDate(p.proposedOn) }))
              .join(' · ')}
          </p>
        )}
        <dl className="facts">
          <dt>{entry.since.lastHearingOn ? t('card.lastOrders', { day: formatDate(entry.since.lastHearingOn) }) : t('card.lastOrdersNone')}</dt>
          <dd>
            {entry.lastHearingOrders.length === 0 ? (
              t('card.noOrders')
            ) : (
              <ul>
                {entry.lastHearingOrders.map((o) => (
                  <li key={o.id}>{orderText(o)}</li>
                ))}
              </ul>
            )}
          </dd>
          <dt>{t('card.provider')}</dt>
          <dd>
            {entry.treatmentProviders.withheld
              ? t('card.providerWithheld')
              : entry.treatmentProviders.providers?.length
                ? entry.treatmentProviders.providers.map((p) => p.name).join('; ')
                : t('card.noProvider')}
          </dd>
          <dt>{t('card.nextHearing')}</dt>
          <dd>
            {entry.nextHearing
              ? t('card.nextHearingOn', {
                  date: formatDate(entry.nextHearing.date),
                  time: entry.nextHearing.startTime,
                  kind: t(`common:hearingKind.${entry.nextHearing.kind}`, { defaultValue: entry.nextHearing.kind }),
                }) + (entry.nextHearing.courtroom ? ` · ${entry.nextHearing.courtroom}` : '')
              : t('card.noNextHearing')}
          </dd>
          <dt>{t('card.recentResponses')}</dt>
          <dd>
            {entry.recentResponses.length === 0 ? (
              t('card.noRecentResponses')
            ) : (
              <ul className="recent-responses">
                {entry.recentResponses.map((r) => (
                  <li key={r.id}>
                    <span className={toneClass(r.kind === 'sanction' ? 'warn' : r.kind === 'incentive' ? 'ok' : 'neutral')}>
                      {t(`common:responseKind.${r.kind}`, { defaultValue: r.kind })}
                    </span>{' '}
                    {formatDate(r.orderedOn)} · {r.name}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </section>

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
