import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../i18n/format';

/** What the participant takes home after enrolment. The PIN is in this tab's memory only: shown once, never fetched again. */
export interface Slip {
  courtCode: string;
  participantNumber: string;
  name: string;
  pin: string;
  programName: string;
  firstHearingAt: string;
  firstHearingKind: string;
  courtroom: string | null;
  timeZone?: string;
}

/**
 * The printable slip for the participant: how to sign in (court, number,
 * first PIN, to be replaced at the first sign-in) and the first hearing.
 * The print stylesheet prints the slip alone.
 */
export function PinSlip({ slip, onDone }: { slip: Slip; onDone: () => void }) {
  const { t } = useTranslation('intake');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="pin-slip-screen" aria-labelledby="slip-title">
      <p className="notice no-print" role="status">
        {t('slip.enrolled', { name: slip.name, number: slip.participantNumber })}
      </p>
      <div className="pin-slip">
        <h1 id="slip-title" ref={heading} tabIndex={-1}>
          {t('slip.title')}
        </h1>
        <p>{t('slip.for', { name: slip.name, program: slip.programName })}</p>
        <dl className="facts">
          <div>
            <dt>{t('slip.court')}</dt>
            <dd translate="no">{slip.courtCode}</dd>
          </div>
          <div>
            <dt>{t('slip.number')}</dt>
            <dd translate="no" data-testid="slip-number">
              {slip.participantNumber}
            </dd>
          </div>
          <div>
            <dt>{t('slip.pin')}</dt>
            <dd translate="no" className="one-time-secret-value" data-testid="slip-pin">
              {slip.pin}
            </dd>
          </div>
          <div>
            <dt>{t(`slip.hearing.${slip.firstHearingKind === 'warning' ? 'warning' : 'status'}`)}</dt>
            <dd>{slip.courtroom ? t('slip.hearingAt', { when: formatDateTime(slip.firstHearingAt, slip.timeZone), room: slip.courtroom }) : formatDateTime(slip.firstHearingAt, slip.timeZone)}</dd>
          </div>
        </dl>
        <p>{t('slip.signIn', { address: `${window.location.origin}/sign-in` })}</p>
        <p>{t('slip.changePin')}</p>
        <p>{t('slip.callIn')}</p>
      </div>
      <p className="hint no-print">{t('slip.onlyOnce')}</p>
      <div className="actions no-print">
        <button type="button" className="primary" onClick={() => window.print()}>
          {t('slip.print')}
        </button>
        <Link to="/intake" onClick={onDone}>
          {t('slip.done')}
        </Link>
      </div>
    </section>
  );
}
