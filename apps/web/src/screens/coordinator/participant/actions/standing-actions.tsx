import { useTranslation } from 'react-i18next';
import { useCan } from '../../../../auth/permissions';
import { api } from '../../../../api/client';
import { useApiQuery } from '../../../../api/hooks';
import { changeStatusDtoStatusValues, phaseChangeDtoDirectionValues } from '../../../../api/schema';
import type { components } from '../../../../api/schema';
import { useSession } from '../../../../auth/session';
import { SelectField, TextAreaField, TextField } from '../../../../components/fields';
import { formatDate } from '../../../../i18n/format';
import type { ParticipantDetail } from '../../types';
import { ActionContext, ActionForm, ActionGroup, EffectList, useActionForm } from './action-kit';

type Schemas = components['schemas'];
type Direction = (typeof phaseChangeDtoDirectionValues)[number];
type Status = (typeof changeStatusDtoStatusValues)[number];

/** Only the judge orders these discharges; staff propose them at the staffing, and the API refuses them from anyone else. */
const JUDGE_ONLY_STATUSES: readonly string[] = ['graduated', 'withdrawn', 'transferred'];
/** Ordered only as a hearing's outcome (on the bench), never from this page, even by the judge: the API refuses them here. */
const HEARING_ONLY_STATUSES: readonly string[] = ['terminated'];

/**
 * A promotion or demotion the court ordered, recorded with the order in
 * words (a demotion with what the participant must do to move back up).
 * Beside it, the phases so far.
 */
export function PhaseChangeAction({ context, participant }: { context: ActionContext; participant: ParticipantDetail }) {
  const { t } = useTranslation('actions');
  const base = `/participants/${context.participantId}`;
  const phases = useApiQuery<Schemas['PhaseHistoryDto'][]>(`${base}/phases`);
  // A demotion is ordered only at a hearing, with its remedial plan, on the bench's outcome form.
  const directions = phaseChangeDtoDirectionValues.filter((d) => d !== 'demote');
  const action = useActionForm({
    initial: () => ({ direction: 'promote' as Direction, orderedOn: context.today, reason: '' }),
    send: (f) =>
      api.post(`${base}/phase-changes`, {
        direction: f.direction,
        orderedOn: f.orderedOn,
        reason: f.reason,
      }),
    invalidates: context.invalidates,
    done: (_, f) => t(`phase.done.${f.direction}`),
  });
  const { form, set } = action;
  const ordered = phases.data ? [...phases.data].sort((a, b) => b.startedOn.localeCompare(a.startedOn)) : undefined;
  return (
    <ActionGroup
      id="phase"
      title={t('phase.title')}
      summary={participant.phase ? t('coordinator:phase.label', { position: participant.phase.position, name: participant.phase.name }) : undefined}
      effectTitle={t('phase.effect')}
      effect={
        <EffectList
          items={ordered}
          keyOf={(p) => p.id}
          empty={t('phase.none')}
          render={(p) => (
            <>
              {t('coordinator:phase.label', { position: p.position, name: p.name })} · {t('phase.since', { date: formatDate(p.startedOn) })}
              {p.endedOn ? ` – ${formatDate(p.endedOn)}` : ''}
            </>
          )}
        />
      }
    >
      <p className="hint">{t('phase.intro')}</p>
      <p className="hint">{t('hearingOnly')}</p>
      <ActionForm label={t('phase.title')} submitLabel={t('phase.submit')} fields={['direction', 'orderedOn', 'reason', 'toPhaseId']} action={action}>
        <SelectField
          label={t('phase.direction')}
          name="direction"
          value={form.direction}
          onChange={(v) => set('direction', v as Direction)}
          options={directions.map((d) => ({ value: d, label: t(`phase.directions.${d}`) }))}
          problem={action.error}
          required
        />
        <TextField label={t('phase.orderedOn')} name="orderedOn" type="date" value={form.orderedOn} onChange={(v) => set('orderedOn', v)} problem={action.error} required />
        <TextAreaField label={t('phase.reason')} hint={t('phase.reasonHint')} name="reason" value={form.reason} onChange={(v) => set('reason', v)} problem={action.error} required />
      </ActionForm>
    </ActionGroup>
  );
}

/** A status change (custody, warrant, leave, graduation, termination…) to one the participant may move to next, with the reason. */
export function StatusChangeAction({ context, participant }: { context: ActionContext; participant: ParticipantDetail }) {
  const { t } = useTranslation('actions');
  const base = `/participants/${context.participantId}`;
  const history = useApiQuery<Schemas['StatusChangeDto'][]>(`${base}/status-changes`);
  // Acceptance and enrolment have their own steps (screening, the enrolment flow); this offers the rest.
  // A bench warrant is the judge's to issue (the warrants section, or here for the judge alone); so are the discharges.
  const mayIssueWarrant = useCan(participant.courtId)('warrant.order');
  const judge = useSession().role === 'judge';
  const next = participant.nextStatuses.filter(
    (s): s is Status =>
      (changeStatusDtoStatusValues as readonly string[]).includes(s) &&
      s !== 'accepted' &&
      !(participant.status === 'accepted' && s === 'active') &&
      (s !== 'warrant' || mayIssueWarrant) &&
      !HEARING_ONLY_STATUSES.includes(s) &&
      (judge || !JUDGE_ONLY_STATUSES.includes(s)),
  );
  const action = useActionForm({
    initial: () => ({ status: '' as Status | '', reason: '', effectiveOn: context.today }),
    send: (f) => api.post(`${base}/status`, f),
    invalidates: context.invalidates,
    done: (_, f) => t('statusChange.done', { status: t(`coordinator:status.${f.status}`) }),
  });
  const { form, set } = action;
  const ordered = history.data ? [...history.data].sort((a, b) => b.effectiveOn.localeCompare(a.effectiveOn) || b.createdAt.localeCompare(a.createdAt)) : undefined;
  return (
    <ActionGroup
      id="status"
      title={t('statusChange.title')}
      summary={t(`coordinator:status.${participant.status}`)}
      effectTitle={t('statusChange.effect')}
      effect={
        <EffectList
          items={ordered}
          keyOf={(s) => s.id}
          empty={t('statusChange.none')}
          render={(s) => (
            <>
              <time dateTime={s.effectiveOn}>{formatDate(s.effectiveOn)}</time> · {t(`coordinator:status.${s.toStatus}`, { defaultValue: s.toStatus })} · {s.reason}
            </>
          )}
        />
      }
    >
      {next.length === 0 ? (
        <p>{t('statusChange.noneNext')}</p>
      ) : (
        <ActionForm label={t('statusChange.title')} submitLabel={t('statusChange.submit')} fields={['status', 'reason', 'effectiveOn']} action={action}>
          <SelectField
            label={t('statusChange.status')}
            name="status"
            value={form.status}
            onChange={(v) => set('status', v as Status)}
            placeholder={t('choose')}
            options={next.map((s) => ({ value: s, label: t(`coordinator:status.${s}`) }))}
            problem={action.error}
            required
          />
          <TextField label={t('statusChange.effectiveOn')} name="effectiveOn" type="date" value={form.effectiveOn} onChange={(v) => set('effectiveOn', v)} problem={action.error} required />
          <TextAreaField label={t('statusChange.reason')} hint={t('statusChange.reasonHint')} name="reason" value={form.reason} onChange={(v) => set('reason', v)} problem={action.error} required />
        </ActionForm>
      )}
    </ActionGroup>
  );
}
