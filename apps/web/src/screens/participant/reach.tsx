import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { readableNumber, telLink } from '../../components/phone-links';

type Court = components['schemas']['TodayCourtDto'];
type CaseManager = components['schemas']['TodayCaseManagerDto'];

/** Whom to call, one tap each: the participant's case manager and the court's help line. */
export function ReachSection({ court, caseManager }: { court: Court; caseManager: CaseManager | null }) {
  const { t } = useTranslation('participant');
  if (!caseManager?.phone && !court.helpNumber) return null;
  return (
    <section aria-labelledby="reach-heading" className="reach">
      <h2 id="reach-heading">{t('reach.heading')}</h2>
      <ul className="call-buttons">
        {caseManager?.phone && (
          <li>
            <a className="call-button" href={telLink(caseManager.phone)}>
              {t('reach.caseManager', { name: caseManager.name })}
              <span className="call-number">{readableNumber(caseManager.phone)}</span>
            </a>
          </li>
        )}
        {court.helpNumber && (
          <li>
            <a className="call-button" href={telLink(court.helpNumber)}>
              {t('reach.court')}
              <span className="call-number">{readableNumber(court.helpNumber)}</span>
            </a>
          </li>
        )}
      </ul>
    </section>
  );
}
