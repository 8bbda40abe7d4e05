import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import { DocketEntry } from './docket-types';

/**
 * What the court recorded at this hearing, in the reader's language:
 * attendance (and a warrant), the sanctions and incentives ordered, the
 * phase change, and the next court date as it now stands.
 */
export function RecordedOutcome({ entry }: { entry: DocketEntry }) {
  const { t } = useTranslation('bench');
  const outcome = entry.hearing.outcome;
  if (!outcome) return null;
  const next = entry.nextHearing;
  return (
    <ul className="recorded-outcome">
      <li>
        {t('outcome.recordedAttendance', { attendance: t(`common:attendance.${outcome.attendance}`, { defaultValue: outcome.attendance }), version: outcome.version })}
        {outcome.warrant && <> · {t('outcome.recordedWarrant')}</>}
      </li>
      <li>
        {outcome.responses.length === 0
          ? t('outcome.recordedNoResponses')
          : t('outcome.recordedResponses', {
              list: outcome.responses
                .map((r) => `${t(`common:responseKind.${r.kind}`, { defaultValue: r.kind })}: ${r.name}${r.amount !== null ? ` (${r.amount})` : ''}`)
                .join('; '),
            })}
      </li>
      <li>{outcome.phaseChange ? t(`outcome.recordedPhase.${outcome.phaseChange}`) : t('outcome.recordedPhase.none')}</li>
      <li>
        {next
          ? t('outcome.recordedNext', { date: formatDate(next.date), time: next.startTime, kind: t(`common:hearingKind.${next.kind}`, { defaultValue: next.kind }) })
          : t('outcome.recordedNoNext')}
      </li>
    </ul>
  );
}
