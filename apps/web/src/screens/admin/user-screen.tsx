import { ComponentType, FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { SelectField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDateTime } from '../../i18n/format';
import { RowActions, useConfirmedRemoval } from './list-actions';
import { RoleFields, roleBody, useOrganisations } from './role-fields';
import { BackLink, ConfirmPanel, Confirmation, Facts, FocusHeading, FormActions, OneTimeSecret, useCourt } from './shared';
import { AccountBadges } from './user-badges';
import type { ActivationLink, UserAccount, UserMembership } from './types';

/** One account: its roles in courts, and deactivating it or resetting its password, PIN or second factor. */
export function UserScreen() {
  const { t } = useTranslation('admin');
  const { userId = '' } = useParams();
  const user = useApiQuery<UserAccount>(`/users/${userId}`);
  return (
    <section className="admin-screen">
      <BackLink to="/administration/users">{t('user.back')}</BackLink>
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
  const navigate = useNavigate();
  const removal = useConfirmedRemoval((m: UserMembership) => api.delete(`/users/${user.id}/memberships/${m.courtId}`), {
    invalidates: ['/users'],
    onRemoved: (m) => {
      // With no role left in the caller's courts the account is out of their reach: back to the list, saying why.
      if (user.memberships.length === 1) navigate('/administration/users', { state: { notice: t('user.roleRemoved', { court: m.code }) } });
      else onNotice(t('user.roleRemoved', { court: m.code }));
    },
  });
  return (
    <>
      <h2>{t('user.rolesTitle')}</h2>
      {removal.asking && (
        <ConfirmPanel
          message={t('user.confirmRemoveRole', { name: user.displayName, role: t(`common:roles.${removal.asking.role}`), court: removal.asking.code })}
          confirmLabel={t('user.removeRole')}
          {...removal.panel}
        />
      )}
      <ProblemBanner problem={removal.error} />
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
                    <RowActions
                      onStart={() => onNotice(null)}
                      actions={[
                        { text: t('user.changeRole'), label: t('user.changeRoleLabel', { court: m.code }), onClick: () => setChanging(m) },
                        { text: t('common:remove'), label: t('user.removeRoleLabel', { court: m.code }), onClick: () => removal.ask(m) },
                      ]}
                    />
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
      <FormActions submitLabel={t('common:save')} pending={save.isPending} onCancel={() => onDone(null)} />
    </form>
  );
}

type Pending = 'deactivate' | 'secondFactor' | null;

/** Deactivate or reactivate; reset the password (staff) or PIN (participant); remove the second factor. */
function AccountActions({ user, onNotice }: { user: UserAccount; onNotice: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const [pending, setPending] = useState<Pending>(null);
  const [secret, setSecret] = useState<{ label: string; value: string; hint?: string } | null>(null);
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
  const startReset = () => {
    start();
    setSecret(null);
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
      {secret && <OneTimeSecret label={secret.label} secret={secret.value} hint={secret.hint} onDismiss={() => setSecret(null)} />}
      {user.kind === 'staff' ? (
        <ResetPasswordForm
          user={user}
          onStart={startReset}
          onReset={(link) =>
            setSecret({
              label: t('user.passwordResetLink', { name: user.displayName }),
              value: link.url,
              hint: t('secret.linkOnlyOnce', { expires: formatDateTime(link.expiresAt) }),
            })
          }
        />
      ) : (
        <ResetSecretForm
          key="pin"
          user={user}
          action="reset-pin"
          field="pin"
          Input={PinField}
          headingId="reset-pin-heading"
          title={t('user.resetPinTitle')}
          intro={t('user.resetPinIntro')}
          submitLabel={t('user.resetPin')}
          onStart={startReset}
          onReset={(value) => setSecret({ label: t('user.pinResetSecret', { name: user.displayName }), value })}
        />
      )}
    </>
  );
}

interface SecretInputProps {
  value: string;
  onChange: (value: string) => void;
  problem: ApiProblem | null;
}

/**
 * Resets a staff password without anyone choosing one: the current password
 * stops working and the answer is a one-time activation link, which the
 * parent shows once, for the owner to set their own.
 */
function ResetPasswordForm({ user, onStart, onReset }: { user: UserAccount; onStart: () => void; onReset: (link: ActivationLink) => void }) {
  const { t } = useTranslation('admin');
  const reset = useApiMutation(() => api.post<ActivationLink>(`/users/${user.id}/reset-password`, {}), { invalidates: ['/users'], onSuccess: onReset });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart();
    reset.mutate(undefined);
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby="reset-password-heading">
      <h3 id="reset-password-heading">{t('user.resetPasswordTitle')}</h3>
      <p className="hint">{t('user.resetPasswordIntro')}</p>
      <ProblemBanner problem={reset.error} />
      <FormActions submitLabel={t('user.resetPassword')} pending={reset.isPending} />
    </form>
  );
}

/** Resets a participant's PIN to one typed or suggested; the parent shows it once after saving. */
function ResetSecretForm({
  user,
  action,
  field,
  Input,
  headingId,
  title,
  intro,
  submitLabel,
  onStart,
  onReset,
}: {
  user: UserAccount;
  action: 'reset-pin';
  field: 'pin';
  Input: ComponentType<SecretInputProps>;
  headingId: string;
  title: string;
  intro: string;
  submitLabel: string;
  onStart: () => void;
  onReset: (secret: string) => void;
}) {
  const [secret, setSecret] = useState('');
  const reset = useApiMutation((body: Record<string, string>) => api.post<void>(`/users/${user.id}/${action}`, body), {
    invalidates: ['/users'],
    onSuccess: (_, body) => {
      setSecret('');
      onReset(body[field]);
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart();
    reset.mutate({ [field]: secret });
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="hint">{intro}</p>
      <ProblemBanner problem={reset.error} shownFields={[field]} />
      <Input value={secret} onChange={setSecret} problem={reset.error} />
      <FormActions submitLabel={submitLabel} pending={reset.isPending} />
    </form>
  );
}

/** A temporary PIN of six digits from the secure random source. */
function suggestPin(): string {
  return Array.from(crypto.getRandomValues(new Uint32Array(6)), (n) => String(n % 10)).join('');
}

/** A participant's new PIN, typed or suggested (digits only). */
function PinField({ value, onChange, problem }: SecretInputProps) {
  const { t } = useTranslation('admin');
  return (
    <div className="password-field">
      <TextField label={t('user.pin')} name="pin" inputMode="numeric" value={value} onChange={onChange} problem={problem} hint={t('user.pinHint')} autoComplete="off" required />
      <button type="button" onClick={() => onChange(suggestPin())}>
        {t('user.suggestPin')}
      </button>
    </div>
  );
}
