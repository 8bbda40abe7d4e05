import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useApiQuery } from '../../../api/hooks';
import { useSession } from '../../../auth/session';
import { DataTable } from '../../../components/data-table';
import { QueryView } from '../../../components/problem';
import { formatDate, formatNumber } from '../../../i18n/format';
import { ParticipantLink } from '../../coordinator/shared';
import { type FidelityCase, type FidelityCases, formatFigure, partLabel } from './fidelity-format';

/** The participants behind one dashboard line over the dashboard's period, each linking to their page. */
export function FidelityCasesScreen() {
  const { t } = useTranslation('fidelity');
  const { court } = useSession();
  const { key = '' } = useParams();
  const [params] = useSearchParams();
  const period = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const cases = useApiQuery<FidelityCases>(`/courts/${court.courtId}/measures/fidelity/${encodeURIComponent(key)}/cases`, period);
  const name = t(`lines.${key}`, { defaultValue: key });
  return (
    <>
      <p>
        <Link to={`/measures/fidelity?from=${period.from}&to=${period.to}`}>{t('back')}</Link>
      </p>
      <h1>{t('casesFor', { line: name })}</h1>
      <p className="measures-period">{t('measures:period.showing', { from: formatDate(period.from), to: formatDate(period.to) })}</p>
      <QueryView query={cases}>
        {(body) => (
          <>
            {body.total > 0 && <p className="measures-note">{t('casesTotal', { shown: formatNumber(body.items.length), total: formatNumber(body.total) })}</p>}
            <DataTable<FidelityCase>
              caption={t('casesFor', { line: name })}
              rows={body.items}
              rowKey={(c) => `${c.participantId}-${c.on}-${c.value}`}
              empty={t('casesEmpty')}
              columns={[
                { key: 'participant', header: t('caseColumns.participant'), render: (c) => <ParticipantLink participant={c} />, sortValue: (c) => `${c.lastName} ${c.firstName}` },
                { key: 'number', header: t('caseColumns.number'), render: (c) => c.participantNumber ?? '—' },
                { key: 'phase', header: t('caseColumns.phase'), render: (c) => partLabel(t, c) },
                { key: 'on', header: t('caseColumns.on'), render: (c) => formatDate(c.on), sortValue: (c) => c.on },
                { key: 'value', header: t('caseColumns.value'), render: (c) => formatFigure(t, body.unit, c.value), sortValue: (c) => c.value },
                { key: 'target', header: t('caseColumns.target'), render: (c) => formatFigure(t, body.unit, c.target) },
              ]}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
