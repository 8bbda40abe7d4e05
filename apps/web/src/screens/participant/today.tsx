import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { ProblemBanner, QueryView } from '../../components/problem';
import { RequirementList } from '../../components/readiness';
import { formatDate, formatDateTime, formatNumber, formatTime, formatWallTime } from '../../i18n/format';
import { PhoneNumbersSection } from '../hotline/phone-numbers-section';
import { MyCourtOrders } from './my-orders';
import { TreatmentRequestSection } from './treatment-request';
import { ReachSection } from './reach';
import { mapLink } from '../../components/phone-links';

type Schemas = components['schemas'];
type CallInAnswer = Schemas['CallInAnswerDto'];
type Today = Schemas['TodayDto'];
type Readiness = Schemas['ReadinessDto'];
type Window = Schemas['TodayWindowDto'];
type NextHearing = Schemas['NextHearingDto'];
type Site = Schemas['TestingSiteInfoDto'];

/**
 * The participant's morning screen, made for a small phone on a slow
 * connection: one button to call in, the day's answer with its receipt,
 * court today (when it is) above everything else, phase, clean days, what is
 * needed to advance, and whom to call. It says nothing of any day but today:
 * no hint of future tests.
 */
export function TodayScreen() {
  const { t } = useTranslation('participant');
  const session = useSession();
  const today = useApiQuery<Today>('/me/today', undefined, { refreshEvery: 60_000 });
  const participantId = session.me.participantId;
  const readiness = useApiQuery<Readiness>(participantId ? `/participants/${participantId}/readiness` : null);
  const callIn = useApiMutation(() => api.post<CallInAnswer>('/call-ins', { channel: 'web' }), { invalidates: ['/me/today'] });
  const currency = today.data?.court.currency;

  return (
    <>
      <h1>{t('title')}</h1>
      <QueryView query={today}>
        {(day) => {
          const answer = callIn.data ?? day.callIn;
          const courtToday = day.nextHearing?.courtDay === day.courtDay ? day.nextHearing : null;
          return (
            <>
              <p className="court-day">{t('courtDay', { day: formatDate(day.courtDay) })}</p>
              {courtToday && <CourtToday hearing={courtToday} timeZone={day.window.timeZone} />}
              {!day.callInRequired ? (
                <p className="notice">{day.awaitingWarningHearing ? t('warningHearing.awaiting') : t('noCallInRequired')}</p>
              ) : answer && answer.status !== 'not_available' ? (
                <CallInResult answer={answer} />
              ) : (
                <section aria-labelledby="call-in-heading">
                  <h2 id="call-in-heading">{t('callIn.heading')}</h2>
                  {answer?.status === 'not_available' && (
                    <p className="notice" role="status">
                      {answer.message}
                    </p>
                  )}
                  <p>
                    <WindowWords window={day.window} />
                  </p>
                  <ProblemBanner problem={callIn.error} />
                  <button type="button" className="primary big-button" disabled={callIn.isPending} onClick={() => callIn.mutate(undefined)}>
                    {callIn.isPending ? t('callIn.calling') : t('callIn.button')}
                  </button>
                  {!day.window.open && <p className="hint">{t('callIn.closedNow')}</p>}
                </section>
              )}
              {!courtToday && (
                <section aria-labelledby="court-heading">
                  <h2 id="court-heading">{t('nextCourt.heading')}</h2>
                  {day.nextHearing ? (
                    <p>
                      <strong>{formatDateTime(day.nextHearing.scheduledAt, day.window.timeZone)}</strong>
                      {day.nextHearing.courtroom && <> · {day.nextHearing.courtroom}</>}
                    </p>
                  ) : (
                    <p>{t('nextCourt.none')}</p>
                  )}
                </section>
              )}
            </>
          );
        }}
      </QueryView>
      {participantId && (
        <section aria-labelledby="progress-heading">
          <h2 id="progress-heading">{t('progress.heading')}</h2>
          <QueryView query={readiness}>
            {(r) => (
              <>
                <p>{t('progress.phase', { position: r.phase.position, name: r.phase.name })}</p>
                <p className="figure-line">
                  <span className="figure">{formatNumber(r.continuousSoberDays)}</span> {t('progress.cleanDays', { count: r.continuousSoberDays })}
                </p>
                <h3>{r.finalPhase ? t('progress.toGraduate') : t('progress.toAdvance')}</h3>
                <RequirementList requirements={r.requirements} onlyDue currency={currency} />
              </>
            )}
          </QueryView>
        </section>
      )}
      {participantId && <TreatmentRequestSection participantId={participantId} timeZone={today.data?.window.timeZone} />}
      {participantId && <MyCourtOrders />}
      {today.data && <ReachSection court={today.data.court} caseManager={today.data.caseManager} />}
      {participantId && <PhoneNumbersSection path="/me/phone-numbers" canEdit reader="self" />}
    </>
  );
}

/** The window in plain words: "any time today" when it is open all day, else from and until, as the reader's language writes times. */
function WindowWords({ window }: { window: Window }) {
  const { t } = useTranslation('participant');
  if (window.start === '00:00' && window.end === '24:00') return <>{t('callIn.anyTime')}</>;
  const end = window.end === '24:00' ? t('callIn.midnight') : formatWallTime(window.end);
  return <>{t('callIn.window', { start: formatWallTime(window.start), end })}</>;
}

/** Court today stands out: time, courtroom and address, with a map link (no map script: a plain link the phone opens). */
function CourtToday({ hearing, timeZone }: { hearing: NextHearing; timeZone: string }) {
  const { t } = useTranslation('participant');
  return (
    <section aria-labelledby="court-today-heading" className="court-today">
      <h2 id="court-today-heading">{t('courtToday.heading')}</h2>
      <p className="court-today-time">{t('courtToday.at', { time: formatTime(hearing.scheduledAt, timeZone) })}</p>
      {hearing.courtroom && <p>{hearing.courtroom}</p>}
      {hearing.address && (
        <p>
          {hearing.address}{' '}
          <a href={mapLink(hearing.address)} target="_blank" rel="noopener noreferrer">
            {t('map')}
          </a>
        </p>
      )}
    </section>
  );
}

function CallInResult({ answer }: { answer: CallInAnswer }) {
  const { t } = useTranslation('participant');
  // 24:00 is the end of the court day: say midnight, as people do.
  const time = !answer.reportByLocal ? '' : answer.reportByLocal === '24:00' ? t('callIn.midnight') : formatWallTime(answer.reportByLocal);
  return (
    <section aria-labelledby="answer-heading">
      <h2 id="answer-heading" className="visually-hidden">
        {t('answer.heading')}
      </h2>
      <div className={`answer ${answer.selected ? 'answer-test' : 'answer-clear'}`} role="status">
        {answer.selected && answer.sitesClosed ? (
          // Selected, but none of the sites opens today: nothing to charge, and when one opens next.
          <>
            <p>{t('answer.sitesClosed')}</p>
            <p>
              {answer.nextOpening
                ? t('answer.nextOpening', { ...answer.nextOpening, date: formatDate(answer.nextOpening.date) })
                : t('answer.noNextOpening')}
            </p>
          </>
        ) : answer.selected ? (
          <>
            <p>{answer.testingSites?.length === 1 ? t('answer.testAt', { site: answer.testingSites[0].name, time }) : t('answer.test', { time })}</p>
            {answer.testingSites?.map((site) => <SiteDirections key={site.name} site={site} />)}
          </>
        ) : (
          <p>{t('answer.noTest')}</p>
        )}
      </div>
      <p>
        {t('answer.receipt')} <span className="receipt">{answer.receiptCode}</span>
      </p>
      <p className="hint">{t('answer.keepReceipt')}</p>
    </section>
  );
}

/** Where to go when selected: the address with a map link, the hours, and what to bring. */
function SiteDirections({ site }: { site: Site }) {
  const { t } = useTranslation('participant');
  return (
    <div className="site">
      <p>
        <strong>{site.name}</strong>
      </p>
      <p>
        {site.address}{' '}
        <a href={mapLink(site.address)} target="_blank" rel="noopener noreferrer">
          {t('map')}
        </a>
      </p>
      <p>
        {t('answer.hours')} {site.hours}
      </p>
      {site.instructions && (
        <p>
          {t('answer.bring')} {site.instructions}
        </p>
      )}
    </div>
  );
}
