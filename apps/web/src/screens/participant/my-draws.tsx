import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { components } from '../../api/schema';
import { useApiQuery } from '../../api/hooks';
import { DataTable } from '../../components/data-table';
import { QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';

type MyDraws = components['schemas']['MyDrawsDto'];
type MyDay = components['schemas']['MyDrawDayDto'];

/**
 * "Check my draw": the participant's own line in each past day's public
 * record, with a link to that day, and any staff force or excuse of theirs.
 * Only days that are over are listed (the API gives no other), so nothing
 * here hints at a test to come.
 */
export function MyDrawsScreen() {
  const { t } = useTranslation('draws');
  const mine = useApiQuery<MyDraws>('/me/draws');
  return (
    <>
      <h1>{t('mine.title')}</h1>
      <p>{t('mine.intro')}</p>
      <QueryView query={mine}>
        {(record) => (
          <>
            <p>
              <Link to={`/public/courts/${record.court}/draws`}>{t('mine.publicRecord')}</Link>
            </p>
            <DataTable<MyDay>
              caption={t('mine.title')}
              rows={record.days}
              rowKey={(d) => d.courtDay}
              empty={t('mine.empty')}
              columns={[
                {
                  key: 'day',
                  header: t('mine.day'),
                  render: (d) => <Link to={`/public/courts/${record.court}/draws/${d.courtDay}`}>{formatDate(d.courtDay)}</Link>,
                },
                { key: 'token', header: t('mine.token'), render: (d) => (d.token ? <code className="hex">{d.token}</code> : d.inDraw ? t('mine.noToken') : '—') },
                { key: 'inDraw', header: t('mine.inDraw'), render: (d) => (d.inDraw ? t('common:yes') : t('mine.notInDraw')) },
                { key: 'selected', header: t('mine.selected'), render: (d) => (d.selected === null ? '—' : t(d.selected ? 'common:yes' : 'common:no')) },
                { key: 'probability', header: t('mine.probability'), render: (d) => d.probability ?? '—' },
                { key: 'override', header: t('mine.override'), render: (d) => (d.override ? `${t(`mine.${d.override}`)}: ${d.overrideReason ?? ''}` : '—') },
              ]}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
