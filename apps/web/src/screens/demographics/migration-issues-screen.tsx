import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { useCan } from '../../auth/permissions';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { ExportButtons } from '../../components/export-buttons';
import { SelectField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDateTime } from '../../i18n/format';
import { Confirmation } from '../admin/shared';
import { useCourt } from '../coordinator/shared';

type Issue = components['schemas']['DemographicMigrationIssueDto'];
const STATES = ['open', 'resolved', 'all'] as const;

/**
 * The free-text demographics recorded before the answers were codes that
 * did not map to one: who, which question, and what was written. Case staff
 * follow the link to correct the answers (which closes the issue); an issue
 * that cannot be answered again is closed by hand.
 */
export function MigrationIssuesScreen() {
  const { t } = useTranslation('demographics');
  const session = useSession();
  const courtId = session.court.courtId;
  const can = useCan(courtId);
  const timeZone = useCourt(courtId).data?.timeZone;
  const path = `/courts/${courtId}/demographics/migration-issues`;
  const [state, setState] = useState<(typeof STATES)[number]>('open');
  const issues = useApiQuery<{ items: Issue[] }>(path, { state });
  const [notice, setNotice] = useState<string | null>(null);
  const resolve = useApiMutation((issue: Issue) => api.post<Issue>(`${path}/${issue.id}/resolve`), {
    invalidates: [path],
    onSuccess: (_result, issue) => setNotice(t('issues.resolvedNotice', { field: t(`issues.fields.${issue.field}`), name: `${issue.firstName} ${issue.lastName}` })),
  });
  const name = (issue: Issue) => `${issue.firstName} ${issue.lastName}`;
  return (
    <section className="admin-screen">
      <h1>{t('issues.title')}</h1>
      <p>{t('issues.intro')}</p>
      <Confirmation>{notice}</Confirmation>
      <div className="toolbar">
        <SelectField
          label={t('issues.state')}
          name="state"
          value={state}
          onChange={(v) => setState(v as (typeof STATES)[number])}
          options={STATES.map((s) => ({ value: s, label: t(`issues.states.${s}`) }))}
          problem={issues.error}
        />
        <ExportButtons path={path} query={{ state }} name="demographic-migration-issues" label={t('issues.title')} />
      </div>
      <ProblemBanner problem={resolve.error} />
      <QueryView query={issues}>
        {(body) => (
          <DataTable
            caption={t('issues.caption', { court: session.court.code })}
            rows={body.items}
            rowKey={(issue) => issue.id}
            empty={t(`issues.empty.${state}`)}
            columns={[
              {
                key: 'participant',
                header: t('issues.participant'),
                sortValue: (issue) => `${issue.lastName} ${issue.firstName}`,
                render: (issue) => (
                  <>
                    <Link to={`/participants/${issue.participantId}`}>{name(issue)}</Link>
                    {issue.participantNumber && <span className="muted"> · {issue.participantNumber}</span>}
                  </>
                ),
              },
              { key: 'field', header: t('issues.field'), sortValue: (issue) => issue.field, render: (issue) => t(`issues.fields.${issue.field}`) },
              { key: 'original', header: t('issues.original'), render: (issue) => <q>{issue.originalValue}</q> },
              {
                key: 'resolved',
                header: t('issues.resolvedAt'),
                sortValue: (issue) => issue.resolvedAt ?? '',
                render: (issue) => (issue.resolvedAt ? formatDateTime(issue.resolvedAt, timeZone) : t('issues.open')),
              },
              {
                key: 'actions',
                header: t('issues.actions'),
                render: (issue) =>
                  issue.resolvedAt ? null : (
                    <div className="row-actions">
                      {can('participant.write') && (
                        <Link to={`/participants/${issue.participantId}/demographics`} aria-label={t('issues.correctLabel', { name: name(issue) })}>
                          {t('issues.correct')}
                        </Link>
                      )}
                      <button
                        type="button"
                        disabled={resolve.isPending}
                        aria-label={t('issues.resolveLabel', { field: t(`issues.fields.${issue.field}`), name: name(issue) })}
                        onClick={() => {
                          setNotice(null);
                          resolve.mutate(issue);
                        }}
                      >
                        {t('issues.resolve')}
                      </button>
                    </div>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
    </section>
  );
}
