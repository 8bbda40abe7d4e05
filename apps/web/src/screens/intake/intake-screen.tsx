import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { useCan } from '../../auth/permissions';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { QueryView } from '../../components/problem';
import { StatusBadge, useFullName } from '../coordinator/shared';
import { INTAKE_STATUSES, ParticipantPage } from './types';


/** The most the list shows at once (the API's largest page); the rest are found on the caseload by name. */
const PAGE_SIZE = 200;

/** People on their way in: referred, in screening, accepted and waiting for enrolment; and the button for a new referral. */
export function IntakeScreen() {
  const { t } = useTranslation('intake');
  const session = useSession();
  const can = useCan();
  const fullName = useFullName();
  const list = useApiQuery<ParticipantPage>('/participants', { courtId: session.court.courtId, status: INTAKE_STATUSES.join(','), pageSize: PAGE_SIZE, sort: 'status' });
  return (
    <section className="intake">
      <h1>{t('list.title')}</h1>
      <p>{t('list.intro')}</p>
      {can('participant.write') && (
        <p>
          <Link className="button-link" to="/intake/referral">
            {t('list.refer')}
          </Link>
        </p>
      )}
      <QueryView query={list}>
        {(page) => (
          <>
            {page.total > page.items.length && <p className="hint">{t('list.more', { shown: page.items.length, total: page.total })}</p>}
            <DataTable
              caption={t('list.caption', { court: session.court.code })}
              rows={page.items}
              rowKey={(p) => p.id}
              empty={t('list.empty')}
              initialSort={{ key: 'status', direction: 'asc' }}
              columns={[
                { key: 'name', header: t('list.name'), sortValue: (p) => fullName(p), render: (p) => <Link to={`/intake/${p.id}`}>{fullName(p)}</Link> },
                { key: 'status', header: t('list.status'), sortValue: (p) => INTAKE_STATUSES.indexOf(p.status as (typeof INTAKE_STATUSES)[number]), render: (p) => <StatusBadge status={p.status} /> },
                { key: 'program', header: t('list.program'), sortValue: (p) => p.programCode ?? '', render: (p) => p.programCode ?? '—' },
                { key: 'caseManager', header: t('list.caseManager'), sortValue: (p) => p.caseManagerName ?? '', render: (p) => p.caseManagerName ?? '—' },
              ]}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
