import { useTranslation } from 'react-i18next';
import type { ParticipantRecords, RecordSource } from './records';

/**
 * Records the API would not give this reader, each in one plain line:
 * treatment attendance without a consent is "not disclosed", anything else
 * carries the API's own sentence.
 */
export function RecordRefusals({ records, sources }: { records: ParticipantRecords; sources: RecordSource[] }) {
  const { t } = useTranslation('coordinator');
  const refused = sources.filter((s) => records[s].error);
  if (refused.length === 0) return null;
  return (
    <ul className="record-refusals">
      {refused.map((source) => {
        const problem = records[source].error!;
        const withheld = source === 'attendance' && problem.code === 'consent-required';
        return (
          <li key={source} className="notice-muted">
            {withheld ? t('records.attendanceWithheld') : t('records.notShown', { what: t(`records.source.${source}`), reason: problem.detail })}
          </li>
        );
      })}
    </ul>
  );
}
