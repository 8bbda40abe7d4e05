import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { RowActions, useActiveToggle } from './list-actions';
import { ActiveBadge, Confirmation, FocusHeading, FormActions } from './shared';
import type { ProviderOrganisation } from './types';

/** The treatment provider organisations the court works with; a provider's staff account belongs to one. */
export function ProviderOrganisationsScreen() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const path = `/courts/${session.court.courtId}/provider-organisations`;
  const organisations = useApiQuery<ProviderOrganisation[]>(path);
  const [notice, setNotice] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<ProviderOrganisation | null>(null);
  const toggle = useActiveToggle((o: ProviderOrganisation) => `${path}/${o.id}`, [path], (o) =>
    setNotice(o.active ? t('providers.reactivated', { name: o.name }) : t('providers.deactivated', { name: o.name })),
  );

  return (
    <section className="admin-screen">
      <h1>{t('providers.title')}</h1>
      <p>{t('providers.intro')}</p>
      <Confirmation>{notice}</Confirmation>
      <ProblemBanner problem={toggle.error} />
      <QueryView query={organisations}>
        {(rows) => (
          <DataTable
            caption={t('providers.caption', { court: session.court.code })}
            rows={rows}
            rowKey={(o) => o.id}
            empty={t('providers.empty')}
            initialSort={{ key: 'name', direction: 'asc' }}
            columns={[
              { key: 'name', header: t('providers.name'), sortValue: (o) => o.name, render: (o) => o.name },
              { key: 'status', header: t('providers.status'), sortValue: (o) => (o.active ? 0 : 1), render: (o) => <ActiveBadge active={o.active} /> },
              {
                key: 'actions',
                header: t('providers.actions'),
                render: (o) => (
                  <RowActions
                    onStart={() => setNotice(null)}
                    actions={[
                      { text: t('providers.rename'), label: t('providers.renameLabel', { name: o.name }), onClick: () => setRenaming(o) },
                      {
                        text: o.active ? t('providers.deactivate') : t('providers.reactivate'),
                        label: o.active ? t('providers.deactivateLabel', { name: o.name }) : t('providers.reactivateLabel', { name: o.name }),
                        onClick: () => toggle.mutate(o),
                        disabled: toggle.isPending,
                      },
                    ]}
                  />
                ),
              },
            ]}
          />
        )}
      </QueryView>
      <p className="hint">{t('providers.inactiveHint')}</p>
      {renaming ? (
        <NameForm
          key={renaming.id}
          organisation={renaming}
          path={path}
          onDone={(message) => {
            setRenaming(null);
            setNotice(message);
          }}
        />
      ) : (
        <>
          <h2>{t('providers.addTitle')}</h2>
          <NameForm key="new" organisation={null} path={path} onDone={setNotice} />
        </>
      )}
    </section>
  );
}

/** Adds an organisation, or renames one. */
function NameForm({ organisation, path, onDone }: { organisation: ProviderOrganisation | null; path: string; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const [name, setName] = useState(organisation?.name ?? '');
  const save = useApiMutation(
    (body: { name: string }) => (organisation ? api.patch<ProviderOrganisation>(`${path}/${organisation.id}`, body) : api.post<ProviderOrganisation>(path, body)),
    {
      invalidates: [path],
      onSuccess: (saved) => {
        if (!organisation) setName('');
        onDone(organisation ? t('providers.renamed', { name: saved.name }) : t('providers.added', { name: saved.name }));
      },
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (organisation && name === organisation.name) return onDone(t('noChanges'));
    if (!organisation) onDone(null);
    save.mutate({ name });
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby={organisation ? 'rename-heading' : undefined} aria-label={organisation ? undefined : t('providers.addTitle')}>
      {organisation && <FocusHeading id="rename-heading">{t('providers.renameTitle', { name: organisation.name })}</FocusHeading>}
      <ProblemBanner problem={save.error} shownFields={['name']} />
      <TextField label={t('providers.name')} name="name" value={name} onChange={setName} problem={save.error} required />
      <FormActions submitLabel={organisation ? t('common:save') : t('providers.add')} pending={save.isPending} onCancel={organisation ? () => onDone(null) : undefined} />
    </form>
  );
}
