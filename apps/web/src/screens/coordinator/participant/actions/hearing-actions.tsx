import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { useApiMutation, useApiQuery } from '../../../../api/hooks';
import { scheduleHearingDtoKindValues } from '../../../../api/schema';
import type { components } from '../../../../api/schema';
import { SelectField, TextField } from '../../../../components/fields';
import { ProblemBanner } from '../../../../components/problem';
import { formatDate, formatDateTime } from '../../../../i18n/format';
import { ActionContext, ActionForm, ActionGroup, EffectList, useActionForm } from './action-kit';

type Schemas = components['schemas'];
type Hearing = Schemas['HearingDto'];
type Proposal = Schemas['StatusHearingProposalDto'];
type HearingKind = (typeof scheduleHearingDtoKindValues)[number];

/** The sessions the API proposes (the one closest to the due date first), as choices. */
function useSessionChoices(proposal: Proposal | undefined, timeZone: string) {
  const { t } = useTranslation('actions');
  const sessions = proposal ? [proposal.session, ...proposal.alternatives].filter((s): s is Schemas['ProposedSessionDto'] => s !== null) : [];
  return sessions.map((s) => ({
    value: s.id,
    label: t('hearing.sessionChoice', { when: formatDateTime(s.startsAt, timeZone), courtroom: s.courtroom, count: s.hearingCount }),
  }));
}

/**
 * Scheduling a hearing at a session the API proposes (the phase's hearing
 * frequency counted from the last hearing), and moving or cancelling one
 * already set. Beside it, the participant's hearings to come.
 */
export function HearingAction({ context }: { context: ActionContext }) {
  const { t } = useTranslation('actions');
  const base = `/participants/${context.participantId}`;
  const proposal = useApiQuery<Proposal>(`${base}/hearing-proposal`);
  const hearings = useApiQuery<Hearing[]>(`${base}/hearings`);
  const choices = useSessionChoices(proposal.data, context.timeZone);
  const upcoming = hearings.data?.filter((h) => h.status === 'scheduled' && h.scheduledAt >= new Date().toISOString()).sort((a, b) => a.scheduledAt.localeCompare(b.scheduledAt));
  const action = useActionForm({
    initial: () => ({ sessionId: '', kind: 'status' as HearingKind }),
    send: (f) => api.post<Hearing>(`${base}/hearings`, { sessionId: f.sessionId || proposal.data?.session?.id || '', kind: f.kind }),
    invalidates: context.invalidates,
    done: (h) => t('hearing.done', { kind: t(`coordinator:hearingKind.${h.kind}`), when: formatDateTime(h.scheduledAt, context.timeZone) }),
  });
  const { form, set } = action;
  const p = proposal.data;
  return (
    <ActionGroup
      id="hearing"
      title={t('hearing.title')}
      summary={upcoming?.[0] ? t('hearing.next', { when: formatDateTime(upcoming[0].scheduledAt, context.timeZone) }) : undefined}
      effectTitle={t('hearing.effect')}
      effect={<EffectList items={upcoming} keyOf={(h) => h.id} empty={t('hearing.none')} render={(h) => <UpcomingHearing hearing={h} choices={choices} context={context} />} />}
    >
      {p && (
        <p className="hint">
          {p.due ? t('hearing.due', { date: formatDate(p.due), weeks: p.everyWeeks ?? '—' }) : (p.reason ?? t('hearing.noneDue'))}
        </p>
      )}
      <ProblemBanner problem={proposal.error} />
      <ActionForm label={t('hearing.schedule')} submitLabel={t('hearing.submit')} fields={['sessionId', 'kind']} action={action}>
        <SelectField
          label={t('hearing.session')}
          hint={t('hearing.sessionHint')}
          name="sessionId"
          value={form.sessionId || p?.session?.id || ''}
          onChange={(v) => set('sessionId', v)}
          placeholder={choices.length ? undefined : t('hearing.noSession')}
          options={choices}
          problem={action.error}
          required
        />
        <SelectField
          label={t('hearing.kind')}
          name="kind"
          value={form.kind}
          onChange={(v) => set('kind', v as HearingKind)}
          options={scheduleHearingDtoKindValues.map((k) => ({ value: k, label: t(`coordinator:hearingKind.${k}`) }))}
          problem={action.error}
          required
        />
      </ActionForm>
    </ActionGroup>
  );
}

/** A hearing to come, with moving it to another proposed session and cancelling it (with a reason). */
function UpcomingHearing({ hearing: h, choices, context }: { hearing: Hearing; choices: { value: string; label: string }[]; context: ActionContext }) {
  const { t } = useTranslation('actions');
  const [mode, setMode] = useState<'move' | 'cancel' | null>(null);
  const [sessionId, setSessionId] = useState('');
  const [reason, setReason] = useState('');
  const close = () => {
    setMode(null);
    setReason('');
    setSessionId('');
  };
  const move = useApiMutation((id: string) => api.patch<Hearing>(`/hearings/${h.id}`, { sessionId: id }), { invalidates: context.invalidates, onSuccess: close });
  const cancel = useApiMutation((text: string) => api.post<Hearing>(`/hearings/${h.id}/cancel`, { reason: text }), { invalidates: context.invalidates, onSuccess: close });
  const name = t('hearing.entry', { kind: t(`coordinator:hearingKind.${h.kind}`), when: formatDateTime(h.scheduledAt, context.timeZone), courtroom: h.courtroom ?? '—' });
  const others = choices.filter((c) => c.value !== h.sessionId);
  return (
    <div className="upcoming-hearing">
      <p>{name}</p>
      {mode === null && (
        <div className="actions">
          <button type="button" onClick={() => setMode('move')} aria-label={t('hearing.moveLabel', { hearing: name })}>
            {t('hearing.move')}
          </button>
          <button type="button" onClick={() => setMode('cancel')} aria-label={t('hearing.cancelLabel', { hearing: name })}>
            {t('hearing.cancel')}
          </button>
        </div>
      )}
      {mode === 'move' && (
        <form
          className="form inline-form"
          noValidate
          aria-label={t('hearing.moveLabel', { hearing: name })}
          onSubmit={(e) => {
            e.preventDefault();
            move.mutate(sessionId || others[0]?.value || '');
          }}
        >
          <ProblemBanner problem={move.error} shownFields={['sessionId']} />
          <SelectField label={t('hearing.moveTo')} name="sessionId" value={sessionId || others[0]?.value || ''} onChange={setSessionId} options={others} placeholder={others.length ? undefined : t('hearing.noSession')} problem={move.error} required />
          <div className="actions">
            <button type="submit" className="primary" disabled={move.isPending}>
              {t('hearing.move')}
            </button>
            <button type="button" onClick={close}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      )}
      {mode === 'cancel' && (
        <form
          className="form inline-form"
          noValidate
          aria-label={t('hearing.cancelLabel', { hearing: name })}
          onSubmit={(e) => {
            e.preventDefault();
            cancel.mutate(reason);
          }}
        >
          <ProblemBanner problem={cancel.error} shownFields={['reason']} />
          <TextField label={t('hearing.cancelReason')} name="reason" value={reason} onChange={setReason} problem={cancel.error} required />
          <div className="actions">
            <button type="submit" className="danger" disabled={cancel.isPending}>
              {t('hearing.cancelConfirm')}
            </button>
            <button type="button" onClick={close}>
              {t('hearing.keep')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
