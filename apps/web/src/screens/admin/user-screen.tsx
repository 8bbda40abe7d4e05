import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { SelectField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDateTime } from '../../i18n/format';
import { RoleFields, roleBody, useOrganisations } from './role-fields';
import { ConfirmPanel, Confirmation, Facts, FocusHeading, OneTimeSecret, useCourt } from './shared';
import { AccountBadges } from './user-badges';
import { PasswordField } from './users-screen';
import type { UserAccount, UserMembership } from './types';

/** One account: its roles in courts, and deactivating it or resetting its password, PIN or second factor. */
export function UserScreen() {
  const { t } = useTranslation('admin');
  const { userId = '' } = useParams();
  const user = useApiQuery<UserAccount>(`/users/${userId}`);
  return (
    <section className="admin-screen">
      <p className="no-print">
        <Link to="/administration/users">{t('user.back')}</Link>
      </p>
      <QueryView query={user}>{(data) => <UserPage user={data} />}</QueryView>
    </section>
  );
}

function UserPage({ user }: { user: UserAccount }) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const timeZone = useCourt().data?.timeZone;
  const [notice, setNotice] = useState<string | null>(null);
  const self = user.id === session.me.id;
  const staff = user.kind === 'staff';
  return (
    <>
      <h1>{user.displayName}</h1>
      <Confirmation>{notice}</Confirmation>
      <Facts
        rows={[
          [t('users.kind'), t(`users.kinds.${user.kind}`)],
          [t('users.username'), user.username ?? '—'],
          [t('users.email'), user.email ?? '—'],
          [t('users.status'), <AccountBadges key="b" user={user} />],
          ...(user.lockedUntil ? ([[t('users.lockedUntil'), formatDateTime(user.lockedUntil, timeZone)]] as [string, string][]) : []),
          ...(user.deactivatedAt ? ([[t('users.deactivatedAt'), formatDateTime(user.deactivatedAt, timeZone)]] as [string, string][]) : []),
          [t('users.createdAt'), formatDateTime(user.createdAt, timeZone)],
        ]}
      />
      {self && <p className="hint">{t('user.selfHint')}</p>}
      <Memberships user={user} editable={staff && !self} onNotice={setNotice} />
      <h2>{t('user.accountTitle')}</h2>
      <AccountActions user={user} onNotice={setNotice} />
    </>
  );
}

function OrganisationName({ courtId, organisationId }: { courtId: string; organisationId: string | null }) {
  const organisations = useOrganisations(organisationId ? courtId : null);
  if (!organisationId) return <>—</>;
  return <>{organisations.data?.find((o) => o.id === organisationId)?.name ?? '…'}</>;
}

/** The user's roles in the courts the caller administers: change, remove, or give one in another court. */
function Memberships({ user, editable, onNotice }: { user: UserAccount; editable: boolean; onNotice: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const [changing, setChanging] = useState<UserMembership | 'new' | null>(null);
  const [removing, setRemoving] = useState<UserMembership | null>(null);
  const remove = useApiMutation((m: UserMembership) => api.delete(`/users/${user.id}/memberships/${m.courtId}`), {
    invalidates: ['/users'],
    onSuccess: (_, m) => {
      setRemoving(null);
      onNotice(t('user.roleRemoved', { court: m.code }));
    },
  });
  return (
    <>
      <h2>{t('user.rolesTitle')}</h2>
      {removing && (
        <ConfirmPanel
          message={t('user.confirmRemoveRole', { name: user.displayName, role: t(`common:roles.${removing.role}`), court: removing.code })}
          confirmLabel={t('user.removeRole')}
          busy={remove.isPending}
          onConfirm={() => remove.mutate(removing)}
          onCancel={() => {
            setRemoving(null);
            remove.reset();
          }}
        />
      )}
      <ProblemBanner problem={remove.error} />
      <DataTable
        caption={t('user.rolesCaption', { name: user.displayName })}
        rows={user.memberships}
        rowKey={(m) => m.courtId}
        empty={t('user.noRoles')}
        columns={[
          { key: 'court', header: t('users.court'), render: (m) => m.code },
          { key: 'role', header: t('users.role'), render: (m) => t(`common:roles.${m.role}`) },
          { key: 'organisation', header: t('users.organisation'), render: (m) => <OrganisationName courtId={m.courtId} organisationId={m.organisationId} /> },
          ...(editable
            ? [
                {
                  key: 'actions',
                  header: t('user.actions'),
                  render: (m: UserMembership) => (
                    <div className="row-actions">
                      <button
                        type="button"
                        onClick={() => {
                          onNotice(null);
                          setChanging(m);
                        }}
                        aria-label={t('user.changeRoleLabel', { court: m.code })}
                      >
                        {t('user.changeRole')}
                      </button>
                      <button
                        type="button"
                        onClick={() => {
                          onNotice(null);
                          remove.reset();
                          setRemoving(m);
                        }}
                        aria-label={t('user.removeRoleLabel', { court: m.code })}
                      >
                        {t('common:remove')}
                      </button>
                    </div>
                  ),
                },
              ]
            : []),
        ]}
      />
      {editable && changing === null && (
        <div className="actions">
          <button
            type="button"
            onClick={() => {
              onNotice(null);
              setChanging('new');
            }}
          >
            {t('user.giveRole')}
          </button>
        </div>
      )}
      {editable && changing !== null && (
        <MembershipForm
          key={changing === 'new' ? 'new' : changing.courtId}
          user={user}
          membership={changing === 'new' ? null : changing}
          onDone={(message) => {
            setChanging(null);
            onNotice(message);
          }}
        />
      )}
    </>
  );
}

/** `PUT /users/{id}/memberships/{courtId}`: gives a role in a court, or changes it. */
function MembershipForm({ user, membership, onDone }: { user: UserAccount; membership: UserMembership | null; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const session = useSession();
  const [courtId, setCourtId] = useState(membership?.courtId ?? session.court.courtId);
  const [role, setRole] = useState<string>(membership?.role ?? '');
  const [organisationId, setOrganisationId] = useState(membership?.organisationId ?? '');
  const save = useApiMutation((body: { role: string; organisationId?: string | null }) => api.put<UserAccount>(`/users/${user.id}/memberships/${courtId}`, body), {
    invalidates: ['/users'],
    onSuccess: () => onDone(t('user.roleSaved', { court: session.courts.find((c) => c.courtId === courtId)?.code ?? '' })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate(roleBody(role, organisationId));
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="membership-heading">
      <FocusHeading id="membership-heading" level={3}>
        {membership ? t('user.changeRoleTitle', { court: membership.code }) : t('user.giveRoleTitle')}
      </FocusHeading>
      <ProblemBanner problem={save.error} shownFields={['role', 'organisationId']} />
      {!membership && (
        <SelectField
          label={t('users.court')}
          name="courtId"
          value={courtId}
          onChange={(v) => {
            setCourtId(v);
            setOrganisationId('');
          }}
          options={session.courts.map((c) => ({ value: c.courtId, label: c.code }))}
          hint={t('user.courtHint')}
          required
        />
      )}
      <RoleFields courtId={courtId} role={role} organisationId={organisationId} onRole={setRole} onOrganisation={setOrganisationId} problem={save.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('common:save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}

type Pending = 'deactivate' | 'secondFactor' | null;

/** Deactivate or reactivate; reset the password (staff) or PIN (participant); remove the second factor. */
function AccountActions({ user, onNotice }: { user: UserAccount; onNotice: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const [pending, setPending] = useState<Pending>(null);
  const [secret, setSecret] = useState<{ label: string; value: string } | null>(null);
  const invalidates = ['/users'];
  const done = (message: string) => {
    setPending(null);
    onNotice(message);
  };
  const deactivate = useApiMutation(() => api.post<UserAccount>(`/users/${user.id}/deactivate`), { invalidates, onSuccess: () => done(t('user.deactivated')) });
  const reactivate = useApiMutation(() => api.post<UserAccount>(`/users/${user.id}/reactivate`), { invalidates, onSuccess: () => done(t('user.reactivated')) });
  const resetFactor = useApiMutation(() => api.post<void>(`/users/${user.id}/reset-second-factor`), { invalidates, onSuccess: () => done(t('user.secondFactorReset')) });
  const problem = deactivate.error ?? reactivate.error ?? resetFactor.error;
  const start = () => {
    onNotice(null);
    deactivate.reset();
    reactivate.reset();
    resetFactor.reset();
  };

  return (
    <>
      <ProblemBanner problem={problem} />
      {pending === 'deactivate' && (
        <ConfirmPanel
          message={t('user.confirmDeactivate', { name: user.displayName })}
          confirmLabel={t('user.deactivate')}
          busy={deactivate.isPending}
          onConfirm={() => deactivate.mutate(undefined)}
          onCancel={() => setPending(null)}
        />
      )}
      {pending === 'secondFactor' && (
        <ConfirmPanel
          message={t('user.confirmSecondFactor', { name: user.displayName })}
          confirmLabel={t('user.resetSecondFactor')}
          busy={resetFactor.isPending}
          onConfirm={() => resetFactor.mutate(undefined)}
          onCancel={() => setPending(null)}
        />
      )}
      <div className="actions">
        {user.active ? (
          <button
            type="button"
            className="danger"
            onClick={() => {
              start();
              setPending('deactivate');
            }}
          >
            {t('user.deactivate')}
          </button>
        ) : (
          <button
            type="button"
            disabled={reactivate.isPending}
            onClick={() => {
              start();
              reactivate.mutate(undefined);
            }}
          >
            {t('user.reactivate')}
          </button>
        )}
        {user.secondFactorEnabled && (
          <button
            type="button"
            onClick={() => {
              start();
              setPending('secondFactor');
            }}
          >
            {t('user.resetSecondFactor')}
          </button>
        )}
      </div>
      <p className="hint">{user.active ? t('user.deactivateHint') : t('user.reactivateHint')}</p>
      {secret && <OneTimeSecret label={secret.label} secret={secret.value} onDismiss={() => setSecret(null)} />}
      {user.kind === 'staff' ? (
        <ResetPasswordForm
          user={user}
          onStart={() => {
            start();
            setSecret(null);
          }}
          onReset={(value) => setSecret({ label: t('user.passwordResetSecret', { name: user.displayName }), value })}
        />
      ) : (
        <ResetPinForm
          user={user}
          onStart={() => {
            start();
            setSecret(null);
          }}
          onReset={(value) => setSecret({ label: t('user.pinResetSecret', { name: user.displayName }), value })}
        />
      )}
    </>
  );
}

function ResetPasswordForm({ user, onStart, onReset }: { user: UserAccount; onStart: () => void; onReset: (password: string) => void }) {
  const { t } = useTranslation('admin');
  const [password, setPassword] = useState('');
  const reset = useApiMutation((body: { temporaryPassword: string }) => api.post<void>(`/users/${user.id}/reset-password`, body), {
    invalidates: ['/users'],
    onSuccess: (_, body) => {
      setPassword('');
      onReset(body.temporaryPassword);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart();
    reset.mutate({ temporaryPassword: password });
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="reset-password-heading">
      <h3 id="reset-password-heading">{t('user.resetPasswordTitle')}</h3>
      <p className="hint">{t('user.resetPasswordIntro')}</p>
      <ProblemBanner problem={reset.error} shownFields={['temporaryPassword']} />
      <PasswordField value={password} onChange={setPassword} problem={reset.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={reset.isPending}>
          {t('user.resetPassword')}
        </button>
      </div>
    </form>
  );
}

/** A temporary PIN of six digits from the secure random source. */
function suggestPin(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(6)), (n) => String(n % 10)).join('');
}

function ResetPinForm({ user, onStart, onReset }: { user: UserAccount; onStart: () => void; onReset: (pin: string) => void }) {
  const { t } = useTranslation('admin');
  const [pin, setPin] = useState('');
  const reset = useApiMutation((body: { pin: string }) => api.post<void>(`/users/${user.id}/reset-pin`, body), {
    invalidates: ['/users'],
    onSuccess: (_, body) => {
      setPin('');
      onReset(body.pin);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart();
    reset.mutate({ pin });
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="reset-pin-heading">
      <h3 id="reset-pin-heading">{t('user.resetPinTitle')}</h3>
      <p className="hint">{t('user.resetPinIntro')}</p>
      <ProblemBanner problem={reset.error} shownFields={['pin']} />
      <div className="password-field">
        <TextField label={t('user.pin')} name="pin" inputMode="numeric" value={pin} onChange={setPin} problem={reset.error} hint={t('user.pinHint')} autoComplete="off" required />
        <button type="button" onClick={() => setPin(suggestPin())}>
          {t('user.suggestPin')}
        </button>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={reset.isPending}>
          {t('user.resetPin')}
        </button>
      </div>
    </form>
  );
}
