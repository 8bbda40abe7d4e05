import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { ProblemBanner, QueryView } from '../../components/problem';
import { RequirementList } from '../../components/readiness';
import { formatDate, formatDateTime, formatNumber } from '../../i18n/format';
import { PhoneNumbersSection } from '../hotline/phone-numbers-section';
import { TreatmentRequestSection } from './treatment-request';

type Schemas = components['schemas'];
type CallInAnswer = Schemas['CallInAnswerDto'];
type Today = Schemas['TodayDto'];
type Readiness = Schemas['ReadinessDto'];

/**
 * The participant's morning screen, made for a small phone on a slow
 * connection: one button to call in, the day's answer with its receipt,
 * the next court date, phase, clean days and what is needed to advance.
 * It says nothing of any day but today: no hint of future tests.
 */
export function TodayScreen() {
  const { t } = useTranslation('participant');
  const session = useSession();
  const today = useApiQuery<Today>('/me/today', undefined, { refreshEvery: 60_000 });
  const participantId = session.me.participantId;
  const readiness = useApiQuery<Readiness>(participantId ? `/participants/${participantId}/readiness` : null);
  const callIn = useApiMutation(() => api.post<CallInAnswer>('/call-ins', { channel: 'web' }), { invalidates: ['/me/today'] });

  return (
    <>
      <h1>{t('title')}</h1>
      <QueryView query={today}>
        {(day) => {
          const answer = callIn.data ?? day.callIn;
          return (
            <>
              <p className="court-day">{t('courtDay', { day: formatDate(day.courtDay) })}</p>
              {!day.callInRequired ? (
                <p className="notice">{day.awaitingWarningHearing ? t('warningHearing.awaiting') : t('noCallInRequired')}</p>
              ) : answer && answer.status !== 'not_available' ? (
                <CallInResult answer={answer} />
              ) : (
                <section aria-labelledby="call-in-heading">
                  <h2 id="call-in-heading">{t('callIn.heading')}</h2>
                  {answer?.status === 'not_available' && <p className="notice" role="status">{answer.message}</p>}
                  <p>{t('callIn.window', { start: day.window.start, end: day.window.end === '24:00' ? t('callIn.midnight') : day.window.end })}</p>
                  <ProblemBanner problem={callIn.error} />
                  <button type="button" className="primary big-button" disabled={callIn.isPending} onClick={() => callIn.mutate(undefined)}>
                    {callIn.isPending ? t('callIn.calling') : t('callIn.button')}
                  </button>
                  {!day.window.open && <p className="hint">{t('callIn.closedNow')}</p>}
                </section>
              )}
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
                <RequirementList requirements={r.requirements} onlyDue />
              </>
            )}
          </QueryView>
        </section>
      )}
      {participantId && <TreatmentRequestSection participantId={participantId} timeZone={today.data?.window.timeZone} />}
      {participantId && <PhoneNumbersSection path="/me/phone-numbers" canEdit reader="self" />}
    </>
  );
}

function CallInResult({ answer }: { answer: CallInAnswer }) {
  const { t } = useTranslation('participant');
  // 24:00 is the end of the court day: say midnight, as people do.
  const time = answer.reportByLocal === '24:00' ? t('callIn.midnight') : (answer.reportByLocal ?? '');
  return (
    <section aria-labelledby="answer-heading">
      <h2 id="answer-heading" className="visually-hidden">
        {t('answer.heading')}
      </h2>
      <div className={`answer ${answer.selected ? 'answer-test' : 'answer-clear'}`} role="status">
        {answer.selected ? (
          <>
            <p>
              {answer.testingSites?.length === 1
                ? t('answer.testAt', { site: answer.testingSites[0].name, time })
                : t('answer.test', { time })}
            </p>
            {answer.testingSites?.map((site) => (
              <div key={site.name} className="site">
                <p>
                  <strong>{site.name}</strong>, {site.address}
                </p>
                <p className="hint">{site.hours}</p>
                {site.instructions && <p className="hint">{site.instructions}</p>}
              </div>
            ))}
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
