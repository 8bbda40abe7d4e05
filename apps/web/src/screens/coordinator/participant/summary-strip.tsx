import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/hooks';
import type { components } from '../../../api/schema';
import { useCan } from '../../../auth/permissions';
import { Countdown } from '../../../components/countdown';
import { formatDate, formatDateTime, formatNumber } from '../../../i18n/format';
import { ReadyBadge } from '../readiness-screen';
import { courtDayOf } from '../shared';
import type { ParticipantDetail } from '../types';
import type { ParticipantRecords } from './records';

const HOUR_MS = 3_600_000;

/**
 * The participant at a glance, at the top of the page: clean days and
 * readiness, open violations with the nearest clock, the next court date and
 * the last contact. Each figure comes from a read the page makes anyway (the
 * contact log's is shared with its section), so the strip adds no request.
 */
export function SummaryStrip({ participant, records, timeZone }: { participant: ParticipantDetail; records: ParticipantRecords; timeZone: string | undefined }) {
  const { t } = useTranslation('coordinator');
  const can = useCan(participant.courtId);
  const contacts = useApiQuery<components['schemas']['ParticipantContactsDto']>(can('contact.read') ? `/participants/${participant.id}/contacts` : null);
  const open = (records.violations.data ?? []).filter((v) => v.status === 'open').sort((a, b) => a.deadlineAt.localeCompare(b.deadlineAt));
  const nearest = open[0];
  const next = (records.hearings.data ?? []).filter((h) => h.status === 'scheduled').sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt))[0];
  const lastContact = contacts.data?.lastContact;
  return (
    <section className="summary-strip" aria-label={t('summary.label')}>
      <dl>
        {participant.readiness && (
          <>
            <div>
              <dt>{t('summary.cleanDays')}</dt>
              <dd className="summary-figure">{formatNumber(participant.readiness.continuousSoberDays)}</dd>
            </div>
            <div>
              <dt>{t('summary.readiness')}</dt>
              <dd>
                <ReadyBadge readiness={participant.readiness} />
              </dd>
            </div>
          </>
        )}
        {records.violations.data && (
          <div>
            <dt>{t('summary.openViolations')}</dt>
            <dd>
              <span className="summary-figure">{formatNumber(open.length)}</span>
              {nearest && (
                <>
                  {' '}
                  <Countdown hoursLeft={nearest.timeLeftMs / HOUR_MS} overdue={nearest.overdue} />
                </>
              )}
            </dd>
          </div>
        )}
        {records.hearings.data && (
          <div>
            <dt>{t('summary.nextCourtDate')}</dt>
            <dd>{next ? formatDateTime(next.scheduledAt, timeZone) : t('summary.none')}</dd>
          </div>
        )}
        {contacts.data && (
          <div>
            <dt>{t('summary.lastContact')}</dt>
            <dd>{lastContact ? formatDate(courtDayOf(lastContact.at, timeZone)) : t('summary.none')}</dd>
          </div>
        )}
      </dl>
    </section>
  );
}
