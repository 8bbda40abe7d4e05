import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DataTable } from '../../components/data-table';
import { QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { AttendanceBadge, clientName, ConsentBadge, useProviderClients, useTreatmentTerms } from './shared';
import { NoOrganisation } from './no-organisation';
import { ProviderClient } from './types';

/** The latest session that has happened and been reported (not one still scheduled), as the clients list gives it. */
function LastAttendance({ client }: { client: ProviderClient }) {
  const { t } = useTranslation('provider');
  if (!client.consents.treatmentAttendance.read) return <>{t('clients.notShown')}</>;
  const last = client.lastAttendance;
  if (!last) return <>{t('clients.noneYet')}</>;
  return (
    <>
      {formatDate(last.sessionOn)} <AttendanceBadge value={last.attendance} />
      <br />
      <span className="hint">{last.sessionType}</span>
    </>
  );
}

function LastProgressReport({ client }: { client: ProviderClient }) {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  if (!client.consents.treatmentProgress.read) return <>{t('clients.notShown')}</>;
  const last = client.lastProgressReport;
  if (!last) return <>{t('clients.noneYet')}</>;
  return (
    <>
      {formatDate(last.reportedOn)}
      <br />
      <span className="hint">{t('clients.engagement', { engagement: terms.engagement(last.engagement) })}</span>
    </>
  );
}

/** `/provider/clients`: the organisation's current clients, their episode and latest reports. */
export function ClientsScreen() {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  const { organisationId, query } = useProviderClients();
  if (!organisationId) return <NoOrganisation title={t('clients.title')} />;
  return (
    <section>
      <h1>{t('clients.title')}</h1>
      <QueryView query={query}>
        {(list) => (
          <>
            <p>{t('clients.intro', { organisation: list.organisationName, count: list.items.length })}</p>
            <DataTable<ProviderClient>
              caption={t('clients.caption', { organisation: list.organisationName })}
              rows={list.items}
              rowKey={(c) => c.episode.referralId}
              empty={t('clients.empty')}
              initialSort={{ key: 'client', direction: 'asc' }}
              columns={[
                {
                  key: 'client',
                  header: t('clients.columns.client'),
                  sortValue: (c) => `${c.participant.lastName} ${c.participant.firstName}`.toLowerCase(),
                  render: (c) => (
                    <>
                      <Link to={`/provider/clients/${c.participant.id}`}>{clientName(c.participant)}</Link>
                      <br />
                      <span className="hint">
                        {[c.participant.programCode, c.participant.phase && t('clients.phase', c.participant.phase), terms.status(c.participant.status)]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    </>
                  ),
                },
                {
                  key: 'levelOfCare',
                  header: t('clients.columns.levelOfCare'),
                  sortValue: (c) => c.episode.levelOfCare,
                  render: (c) => terms.levelOfCare(c.episode.levelOfCare),
                },
                {
                  key: 'modality',
                  header: t('clients.columns.modality'),
                  sortValue: (c) => c.episode.modality,
                  render: (c) => terms.modality(c.episode.modality),
                },
                {
                  key: 'referredOn',
                  header: t('clients.columns.referredOn'),
                  sortValue: (c) => c.episode.referredOn,
                  render: (c) => formatDate(c.episode.referredOn),
                },
                { key: 'lastAttendance', header: t('clients.columns.lastAttendance'), sortValue: (c) => c.lastAttendance?.sessionOn ?? null, render: (c) => <LastAttendance client={c} /> },
                { key: 'lastReport', header: t('clients.columns.lastReport'), sortValue: (c) => c.lastProgressReport?.reportedOn ?? null, render: (c) => <LastProgressReport client={c} /> },
                {
                  key: 'consent',
                  header: t('clients.columns.consent'),
                  render: (c) => (
                    <ul className="provider-consents">
                      <li>
                        {t('consent.attendance')} <ConsentBadge consent={c.consents.treatmentAttendance} />
                      </li>
                      <li>
                        {t('consent.progress')} <ConsentBadge consent={c.consents.treatmentProgress} />
                      </li>
                    </ul>
                  ),
                },
              ]}
            />
          </>
        )}
      </QueryView>
    </section>
  );
}
