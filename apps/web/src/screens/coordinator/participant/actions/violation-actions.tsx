import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../../api/client';
import { useApiMutation, useApiQuery } from '../../../../api/hooks';
import { createViolationDtoKindValues } from '../../../../api/schema';
import type { components } from '../../../../api/schema';
import { Countdown } from '../../../../components/countdown';
import { SelectField, TextAreaField, TextField } from '../../../../components/fields';
import { ProblemBanner } from '../../../../components/problem';
import { formatDateTime } from '../../../../i18n/format';
import { courtInstant } from '../../../admin/court-time';
import { HearingProposalText } from '../../deadlines-screen';
import { ActionContext, ActionForm, ActionGroup, EffectList, useActionForm } from './action-kit';
import { DismissalRequestPanel } from './dismissal-request';

type Schemas = components['schemas'];
type Violation = Schemas['ViolationDto'];
type StaffKind = (typeof createViolationDtoKindValues)[number];

const HOUR_MS = 3_600_000;

/** The current court-local wall-clock time (`HH:MM`). */
export function courtClock(timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date());
}

/**
 * A violation staff saw (a new arrest, a curfew breach…): its 72-hour clock
 * starts when it happened or became known, which staff give in court time.
 * Beside it, the participant's open violations with their clocks, and what
 * the reader may do about each (dismiss, schedule the proposed hearing).
 */
export function ViolationAction({ context, canRecord, canDismiss, canSchedule }: { context: ActionContext; canRecord: boolean; canDismiss: boolean; canSchedule: boolean }) {
  const { t } = useTranslation('actions');
  const path = `/participants/${context.participantId}/violations`;
  const violations = useApiQuery<Violation[]>(path);
  const open = violations.data?.filter((v) => v.status === 'open');
  const action = useActionForm({
    initial: () => ({ kind: '' as StaffKind | '', day: context.today, time: courtClock(context.timeZone), description: '' }),
    send: (f) => api.post<Violation>(path, { kind: f.kind, detectedAt: courtInstant(f.day, f.time, context.timeZone) ?? `${f.day}T${f.time}`, description: f.description }),
    invalidates: context.invalidates,
    done: (v) => t('violation.done', { kind: t(`coordinator:violationKind.${v.kind}`, { defaultValue: v.kind }), deadline: formatDateTime(v.deadlineAt, context.timeZone) }),
  });
  const { form, set } = action;
  return (
    <ActionGroup
      id="violation"
      title={canRecord ? t('violation.title') : t('violation.openTitle')}
      summary={open && open.length > 0 ? t('violation.openCount', { count: open.length }) : undefined}
      effectTitle={t('violation.effect')}
      effect={
        <EffectList
          items={open}
          keyOf={(v) => v.id}
          empty={t('violation.none')}
          limit={20}
          render={(v) => <OpenViolation violation={v} context={context} canDismiss={canDismiss} canSchedule={canSchedule} />}
        />
      }
    >
      {canRecord && (
        <ActionForm label={t('violation.title')} submitLabel={t('violation.submit')} fields={['kind', 'detectedAt', 'description']} action={action}>
          <SelectField
            label={t('violation.kind')}
            name="kind"
            value={form.kind}
            onChange={(v) => set('kind', v as StaffKind)}
            placeholder={t('choose')}
            options={createViolationDtoKindValues.map((k) => ({ value: k, label: t(`coordinator:violationKind.${k}`) }))}
            problem={action.error}
            required
          />
          <TextField label={t('violation.day')} hint={t('violation.whenHint')} name="detectedAt" type="date" value={form.day} onChange={(v) => set('day', v)} problem={action.error} required />
          <TextField label={t('violation.time')} name="detectedAtTime" type="time" value={form.time} onChange={(v) => set('time', v)} required />
          <TextAreaField label={t('violation.description')} hint={t('violation.descriptionHint')} name="description" value={form.description} onChange={(v) => set('description', v)} problem={action.error} required />
        </ActionForm>
      )}
    </ActionGroup>
  );
}

/** One open violation: its kind, its clock, the hearing proposed for it, and the reader's actions on it. */
export function OpenViolation({ violation: v, context, canDismiss, canSchedule }: { violation: Violation; context: ActionContext; canDismiss: boolean; canSchedule: boolean }) {
  const { t } = useTranslation('actions');
  return (
    <div className="open-violation">
      <p>
        <strong>{t(`coordinator:violationKind.${v.kind}`, { defaultValue: v.kind })}</strong> · {formatDateTime(v.detectedAt, context.timeZone)} ·{' '}
        <Countdown hoursLeft={v.timeLeftMs / HOUR_MS} overdue={v.overdue} answered={false} />
      </p>
      <p>
        <HearingProposalText proposal={v.hearingProposal} />
      </p>
      <ViolationActions violation={v} invalidates={context.invalidates} timeZone={context.timeZone} canDismiss={canDismiss} canSchedule={canSchedule} />
    </div>
  );
}

/**
 * What may be done about an open violation where it is shown (the
 * participant's page, the deadlines board): schedule the violation hearing
 * at the session the API proposes before the deadline, or dismiss it with a
 * reason (an overdue one: ask, and a second coordinator or judge decides).
 */
export function ViolationActions({
  violation: v,
  invalidates,
  timeZone,
  canDismiss,
  canSchedule,
  who,
}: {
  violation: Violation;
  invalidates: string[];
  timeZone: string | undefined;
  canDismiss: boolean;
  canSchedule: boolean;
  /** Whose violation, where a list holds several participants' (the deadlines board), so each button names its row. */
  who?: string;
}) {
  const { t } = useTranslation('actions');
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const proposed = v.status === 'open' && v.hearingProposal?.status === 'proposed' ? v.hearingProposal.session : null;
  const schedule = useApiMutation((sessionId: string) => api.post<Schemas['HearingDto']>(`/participants/${v.participantId}/hearings`, { sessionId, kind: 'violation' }), { invalidates });
  const dismiss = useApiMutation((text: string) => api.post<Violation>(`/violations/${v.id}/dismiss`, { reason: text }), {
    invalidates,
    onSuccess: () => {
      setDismissing(false);
      setReason('');
    },
  });
  const kind = t(`coordinator:violationKind.${v.kind}`, { defaultValue: v.kind });
  const dismissLabel = v.overdue
    ? who
      ? t('dismissalRequest.askLabelOf', { kind, who })
      : t('dismissalRequest.askLabel', { kind })
    : who
      ? t('violation.dismissLabelOf', { kind, who })
      : t('violation.dismissLabel', { kind });
  // An overdue violation's dismissal is only asked for; a second coordinator or judge decides (DismissalRequestPanel).
  const pending = v.dismissalRequest !== null;
  if (v.status !== 'open' || (!canDismiss && !(canSchedule && proposed) && !pending)) return null;
  return (
    <div className="violation-actions">
      <DismissalRequestPanel violation={v} invalidates={invalidates} timeZone={timeZone} who={who} />
      <ProblemBanner problem={schedule.error} />
      {schedule.isSuccess && (
        <p className="notice" role="status">
          {t('violation.scheduled', { at: formatDateTime(schedule.data.scheduledAt, timeZone) })}
        </p>
      )}
      <div className="actions">
        {canSchedule && proposed && (
          <button type="button" disabled={schedule.isPending} onClick={() => schedule.mutate(proposed.id)} aria-label={who ? t('violation.scheduleLabelOf', { kind, who, when: formatDateTime(proposed.startsAt, timeZone) }) : t('violation.scheduleLabel', { kind, when: formatDateTime(proposed.startsAt, timeZone) })}>
            {t('violation.schedule', { when: formatDateTime(proposed.startsAt, timeZone) })}
          </button>
        )}
        {canDismiss && !dismissing && !pending && (
          <button type="button" onClick={() => setDismissing(true)} aria-label={dismissLabel}>
            {v.overdue ? t('dismissalRequest.ask') : t('violation.dismiss')}
          </button>
        )}
      </div>
      {canDismiss && dismissing && (
        <form
          className="form inline-form"
          noValidate
          aria-label={dismissLabel}
          onSubmit={(e) => {
            e.preventDefault();
            dismiss.mutate(reason);
          }}
        >
          <ProblemBanner problem={dismiss.error} shownFields={['reason']} />
          <TextField
            label={t('violation.dismissReason')}
            hint={v.overdue ? t('dismissalRequest.askHint') : t('violation.dismissHint')}
            name="reason"
            value={reason}
            onChange={setReason}
            problem={dismiss.error}
            required
          />
          <div className="actions">
            <button type="submit" className="danger" disabled={dismiss.isPending}>
              {v.overdue ? t('dismissalRequest.askSubmit') : t('violation.dismissConfirm')}
            </button>
            <button type="button" onClick={() => setDismissing(false)}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
