import { FormEvent, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { SelectField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { RoleFields, roleBody } from './role-fields';
import { useFormFields } from './form-state';
import { formatDateTime } from '../../i18n/format';
import { Confirmation, FormActions, nullableText, OneTimeSecret } from './shared';
import { AccountBadges } from './user-badges';
import type { CreatedUser } from './types';
import type { UserAccount } from './types';

/** Staff accounts with a role in the court (or in all the caller's courts), and a form to create one. */
export function UsersScreen() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const [scope, setScope] = useState<'court' | 'all'>('court');
  const [search, setSearch] = useState('');
  const users = useApiQuery<UserAccount[]>('/users', scope === 'court' ? { courtId: session.court.courtId } : undefined);
  const [created, setCreated] = useState<CreatedUser | null>(null);
  // A user page sends the reader here after removing an account's last role in their courts.
  const notice = (useLocation().state as { notice?: string } | null)?.notice;

  const filtered = useMemo(() => {
    const q = search.trim().toLowerCase();
    const rows = users.data ?? [];
    return q ? rows.filter((u) => u.displayName.toLowerCase().includes(q) || (u.username ?? '').includes(q)) : rows;
  }, [users.data, search]);

  return (
    <section className="admin-screen">
      <h1>{t('users.title')}</h1>
      <Confirmation>{notice}</Confirmation>
      <p>{t('users.intro')}</p>
      <div className="toolbar" role="search" aria-label={t('users.filters')}>
        {session.courts.length > 1 && (
          <SelectField
            label={t('users.scope')}
            name="scope"
            value={scope}
            onChange={(v) => setScope(v as 'court' | 'all')}
            options={[
              { value: 'court', label: t('users.scopeCourt', { court: session.court.code }) },
              { value: 'all', label: t('users.scopeAll') },
            ]}
          />
        )}
        <TextField label={t('users.search')} name="search" type="search" value={search} onChange={setSearch} />
      </div>
      <QueryView query={users}>
        {() => (
          <DataTable
            caption={scope === 'court' ? t('users.caption', { court: session.court.code }) : t('users.captionAll')}
            rows={filtered}
            rowKey={(u) => u.id}
            empty={t('users.empty')}
            initialSort={{ key: 'name', direction: 'asc' }}
            columns={[
              { key: 'name', header: t('users.displayName'), sortValue: (u) => u.displayName.toLowerCase(), render: (u) => <Link to={`/administration/users/${u.id}`}>{u.displayName}</Link> },
              { key: 'username', header: t('users.username'), sortValue: (u) => u.username, render: (u) => u.username ?? '—' },
              {
                key: 'roles',
                header: t('users.roles'),
                render: (u) => (
                  <ul className="plain-list">
                    {u.memberships.map((m) => (
                      <li key={m.courtId}>
                        {m.code}: {t(`common:roles.${m.role}`)}
                      </li>
                    ))}
                  </ul>
                ),
              },
              { key: 'status', header: t('users.status'), sortValue: (u) => (u.active ? 0 : 1), render: (u) => <AccountBadges user={u} /> },
            ]}
          />
        )}
      </QueryView>
      <h2>{t('users.createTitle')}</h2>
      {created && (
        <>
          <OneTimeSecret
            label={t('users.createdLink', { name: created.displayName, username: created.username })}
            secret={created.activation.url}
            hint={t('secret.linkOnlyOnce', { expires: formatDateTime(created.activation.expiresAt) })}
            onDismiss={() => setCreated(null)}
          />
          <p>
            <Link to={`/administration/users/${created.id}`}>{t('users.openCreated', { name: created.displayName })}</Link>
          </p>
        </>
      )}
      <CreateUserForm onCreated={setCreated} onStart={() => setCreated(null)} />
    </section>
  );
}

const FIELDS = ['username', 'displayName', 'email', 'courtId', 'role', 'organisationId'];

/** A new account has no password: the answer's one-time link lets its owner set their own, so the administrator never knows it. */
function CreateUserForm({ onCreated, onStart }: { onCreated: (user: CreatedUser) => void; onStart: () => void }) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const blank = { username: '', displayName: '', email: '', courtId: session.court.courtId, role: '', organisationId: '' };
  const { form, set, setForm } = useFormFields(blank);
  const create = useApiMutation((body: Record<string, unknown>) => api.post<CreatedUser>('/users', body), {
    invalidates: ['/users'],
    onSuccess: (user) => {
      onCreated(user);
      setForm({ ...blank, courtId: form.courtId });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart();
    create.mutate({
      username: form.username,
      displayName: form.displayName,
      email: nullableText(form.email),
      courtId: form.courtId,
      ...roleBody(form.role, form.organisationId),
    });
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('users.createTitle')}>
      <div className="field-row">
        <TextField label={t('users.displayName')} name="displayName" value={form.displayName} onChange={(v) => set('displayName', v)} problem={create.error} required />
        <TextField label={t('users.username')} name="username" value={form.username} onChange={(v) => set('username', v)} problem={create.error} hint={t('users.usernameHint')} autoComplete="off" required />
      </div>
      <TextField label={t('users.email')} name="email" type="email" value={form.email} onChange={(v) => set('email', v)} problem={create.error} autoComplete="off" />
      <p className="hint">{t('users.activationHint')}</p>
      {session.courts.length > 1 ? (
        <SelectField
          label={t('users.court')}
          name="courtId"
          value={form.courtId}
          onChange={(v) => setForm((f) => ({ ...f, courtId: v, organisationId: '' }))}
          options={session.courts.map((c) => ({ value: c.courtId, label: c.code }))}
          problem={create.error}
          required
        />
      ) : (
        <p>{t('users.inCourt', { court: session.court.code })}</p>
      )}
      <RoleFields
        courtId={form.courtId}
        role={form.role}
        organisationId={form.organisationId}
        onRole={(v) => set('role', v)}
        onOrganisation={(v) => set('organisationId', v)}
        problem={create.error}
      />
      <ProblemBanner problem={create.error} shownFields={FIELDS} />
      <FormActions submitLabel={t('users.create')} pending={create.isPending} />
    </form>
  );
}
