import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../../../api/client';
import { useApiQuery } from '../../../api/hooks';
import type { components } from '../../../api/schema';
import { chargeDtoCategoryValues, chargeDtoLevelValues, recordPleaDtoPleaValues, recordPleaDtoSourceValues } from '../../../api/schema';
import { useCan } from '../../../auth/permissions';
import { SelectField, TextAreaField, TextField } from '../../../components/fields';
import { ProblemBanner } from '../../../components/problem';
import { formatDate, formatDateTime } from '../../../i18n/format';
import { numberOrText } from '../../admin/shared';
import type { ParticipantDetail } from '../types';
import { ActionContext, actionContext, ActionForm, useActionForm } from './actions/action-kit';

/** Statuses in which the API records a plea: accepted into the program, or in it. */
const PLEA_STATUSES = ['accepted', 'active', 'in_custody', 'warrant', 'medical_leave'];

type DeferredJudgment = components['schemas']['DeferredJudgmentDto'];
type Eligibility = components['schemas']['ExpungementEligibilityDto'];
type Program = components['schemas']['ProgramDto'];
type Hearing = components['schemas']['HearingDto'];
type Plea = (typeof recordPleaDtoPleaValues)[number];
type Source = (typeof recordPleaDtoSourceValues)[number];
type Level = (typeof chargeDtoLevelValues)[number];
type Category = (typeof chargeDtoCategoryValues)[number];

/**
 * A deferred-judgment participant's plea and deferred sentence, the
 * program's length against its 18-month maximum, and on completion the
 * expungement: each rule passed or failed, the motion as a PDF, and the
 * judge's grant, which seals the record (it then leaves every list, this
 * page included). Shown only for a participant of a deferred-judgment program.
 */
export function DeferredJudgmentSection({ participant, timeZone }: { participant: ParticipantDetail; timeZone: string }) {
  const program = useApiQuery<Program>(participant.programId ? `/programs/${participant.programId}` : null);
  if (program.data?.model !== 'deferred_judgment') return null;
  return <DeferredJudgmentCard participant={participant} timeZone={timeZone} />;
}

function DeferredJudgmentCard({ participant, timeZone }: { participant: ParticipantDetail; timeZone: string }) {
  const { t } = useTranslation('deferred');
  const can = useCan(participant.courtId);
  const context = actionContext(participant.id, participant.courtId, timeZone);
  const judgment = useApiQuery<DeferredJudgment>(`/participants/${participant.id}/deferred-judgment`);
  const none = judgment.error?.status === 404;
  return (
    <section aria-labelledby="deferred-heading" className="card">
      <h2 id="deferred-heading">{t('plea.heading')}</h2>
      {judgment.error && !none && <ProblemBanner problem={judgment.error} />}
      {none && <p>{t('plea.none')}</p>}
      {none && can('deferred_judgment.record') && PLEA_STATUSES.includes(participant.status) && <RecordPleaForm context={context} participant={participant} canHearing={can('expungement.grant')} />}
      {judgment.data && (
        <>
          <PleaFacts judgment={judgment.data} today={context.today} timeZone={timeZone} />
          {can('deferred_judgment.record') && <LengthForm context={context} judgment={judgment.data} />}
          <ExpungementPart participant={participant} context={context} canGrant={can('expungement.grant')} />
        </>
      )}
    </section>
  );
}

function PleaFacts({ judgment: j, today, timeZone }: { judgment: DeferredJudgment; today: string; timeZone: string }) {
  const { t } = useTranslation('deferred');
  return (
    <>
      {today >= j.warningOn && j.expungementGrantedAt === null && (
        <p className="notice" role="status">
          {t('plea.nearMaximum', { date: formatDate(j.maximumOn) })}
        </p>
      )}
      <dl className="facts">
        <dt>{t('plea.plea')}</dt>
        <dd>
          {t(`plea.pleas.${j.plea}`)} · {formatDate(j.pleaEnteredOn)} · {t(`plea.sources.${j.source}`)}
        </dd>
        <dt>{t('plea.charges')}</dt>
        <dd>{j.charges.map((c) => `${c.statute} ${c.description}`).join('; ')}</dd>
        <dt>{t('plea.sentence')}</dt>
        <dd>{j.deferredSentence}</dd>
        <dt>{t('plea.length')}</dt>
        <dd>{t('plea.lengthValue', { count: j.programMonths, ends: formatDate(j.endsOn), maximum: formatDate(j.maximumOn) })}</dd>
        <dt>{t('plea.terms')}</dt>
        <dd>{t('plea.termsValue', { hours: j.communityServiceHours, milestones: j.requiredMilestones.join(', ') || '—' })}</dd>
        {j.lengthWarningSentAt && (
          <>
            <dt>{t('plea.warned')}</dt>
            <dd>{formatDateTime(j.lengthWarningSentAt, timeZone)}</dd>
          </>
        )}
      </dl>
    </>
  );
}

function RecordPleaForm({ context, participant, canHearing }: { context: ActionContext; participant: ParticipantDetail; canHearing: boolean }) {
  const { t } = useTranslation('deferred');
  const hearings = useApiQuery<Hearing[]>(canHearing ? `/participants/${participant.id}/hearings` : null);
  const first = participant.charges[0];
  const action = useActionForm({
    initial: () => ({
      statute: first?.statute ?? '',
      description: first?.description ?? '',
      level: (first?.level ?? 'felony') as Level,
      category: (first?.category ?? 'drug_sale') as Category,
      plea: 'guilty' as Plea,
      pleaEnteredOn: context.today,
      deferredSentence: '',
      programMonths: '12',
      communityServiceHours: '220',
      requiredMilestones: t('plea.defaultMilestones'),
      source: (canHearing ? 'hearing' : 'court_paper') as Source,
      hearingId: '',
    }),
    send: (f) =>
      api.post(`/participants/${context.participantId}/deferred-judgment`, {
        charges: [{ statute: f.statute, description: f.description, level: f.level, category: f.category }],
        plea: f.plea,
        pleaEnteredOn: f.pleaEnteredOn,
        deferredSentence: f.deferredSentence,
        programMonths: numberOrText(f.programMonths),
        communityServiceHours: numberOrText(f.communityServiceHours),
        requiredMilestones: f.requiredMilestones
          .split(',')
          .map((m) => m.trim())
          .filter(Boolean),
        source: f.source,
        ...(f.source === 'hearing' && f.hearingId ? { hearingId: f.hearingId } : {}),
      }),
    invalidates: context.invalidates,
    done: () => t('plea.recorded'),
  });
  const { form, set } = action;
  const sources = canHearing ? recordPleaDtoSourceValues : (['court_paper'] as const);
  const fields = ['charges', 'charges.0.statute', 'charges.0.description', 'charges.0.level', 'charges.0.category', 'plea', 'pleaEnteredOn', 'deferredSentence', 'programMonths', 'communityServiceHours', 'requiredMilestones', 'source', 'hearingId'];
  return (
    <ActionForm label={t('plea.record')} submitLabel={t('plea.recordSubmit')} fields={fields} action={action}>
      <TextField label={t('plea.statute')} name="charges.0.statute" value={form.statute} onChange={(v) => set('statute', v)} problem={action.error} required />
      <TextField label={t('plea.chargeDescription')} name="charges.0.description" value={form.description} onChange={(v) => set('description', v)} problem={action.error} required />
      <SelectField label={t('plea.level')} name="charges.0.level" value={form.level} onChange={(v) => set('level', v as Level)} options={chargeDtoLevelValues.map((v) => ({ value: v, label: t(`plea.levels.${v}`) }))} problem={action.error} required />
      <SelectField label={t('plea.category')} name="charges.0.category" value={form.category} onChange={(v) => set('category', v as Category)} options={chargeDtoCategoryValues.map((v) => ({ value: v, label: t(`plea.categories.${v}`) }))} problem={action.error} required />
      <SelectField label={t('plea.plea')} name="plea" value={form.plea} onChange={(v) => set('plea', v as Plea)} options={recordPleaDtoPleaValues.map((v) => ({ value: v, label: t(`plea.pleas.${v}`) }))} problem={action.error} required />
      <TextField label={t('plea.enteredOn')} name="pleaEnteredOn" type="date" value={form.pleaEnteredOn} onChange={(v) => set('pleaEnteredOn', v)} problem={action.error} required />
      <TextAreaField label={t('plea.sentence')} hint={t('plea.sentenceHint')} name="deferredSentence" value={form.deferredSentence} onChange={(v) => set('deferredSentence', v)} problem={action.error} required rows={2} />
      <TextField label={t('plea.months')} hint={t('plea.monthsHint')} name="programMonths" type="number" inputMode="numeric" min="1" max="18" value={form.programMonths} onChange={(v) => set('programMonths', v)} problem={action.error} required />
      <TextField label={t('plea.hours')} name="communityServiceHours" type="number" inputMode="numeric" min="0" value={form.communityServiceHours} onChange={(v) => set('communityServiceHours', v)} problem={action.error} />
      <TextField label={t('plea.milestones')} hint={t('plea.milestonesHint')} name="requiredMilestones" value={form.requiredMilestones} onChange={(v) => set('requiredMilestones', v)} problem={action.error} />
      <SelectField label={t('plea.source')} name="source" value={form.source} onChange={(v) => set('source', v as Source)} options={sources.map((v) => ({ value: v, label: t(`plea.sources.${v}`) }))} problem={action.error} required />
      {form.source === 'hearing' && (
        <SelectField
          label={t('plea.hearing')}
          name="hearingId"
          value={form.hearingId}
          onChange={(v) => set('hearingId', v)}
          placeholder={t('plea.chooseHearing')}
          options={(hearings.data ?? []).filter((h) => h.status !== 'cancelled').map((h) => ({ value: h.id, label: formatDateTime(h.scheduledAt, context.timeZone) }))}
          problem={action.error}
          required
        />
      )}
    </ActionForm>
  );
}

function LengthForm({ context, judgment }: { context: ActionContext; judgment: DeferredJudgment }) {
  const { t } = useTranslation('deferred');
  const action = useActionForm({
    initial: () => ({ programMonths: String(judgment.programMonths), reason: '' }),
    send: (f) => api.patch(`/participants/${context.participantId}/deferred-judgment`, { programMonths: numberOrText(f.programMonths), reason: f.reason }),
    invalidates: context.invalidates,
    done: (_, f) => t('plea.lengthChanged', { count: Number(f.programMonths) }),
  });
  return (
    <ActionForm label={t('plea.changeLength')} submitLabel={t('plea.changeLengthSubmit')} fields={['programMonths', 'reason']} action={action}>
      <TextField label={t('plea.months')} hint={t('plea.monthsHint')} name="programMonths" type="number" inputMode="numeric" min="1" value={action.form.programMonths} onChange={(v) => action.set('programMonths', v)} problem={action.error} required />
      <TextAreaField label={t('plea.reason')} name="reason" value={action.form.reason} onChange={(v) => action.set('reason', v)} problem={action.error} required rows={2} />
    </ActionForm>
  );
}

function ExpungementPart({ participant, context, canGrant }: { participant: ParticipantDetail; context: ActionContext; canGrant: boolean }) {
  const { t } = useTranslation('deferred');
  const navigate = useNavigate();
  const eligibility = useApiQuery<Eligibility>(`/participants/${participant.id}/expungement`);
  const [motionUrl, setMotionUrl] = useState<string | null>(null);
  const [motionError, setMotionError] = useState<Parameters<typeof ProblemBanner>[0]['problem']>(null);
  const prepare = async () => {
    setMotionError(null);
    try {
      const blob = await api.blob(`/participants/${participant.id}/expungement/motion.pdf`, 'application/pdf');
      setMotionUrl(URL.createObjectURL(blob));
    } catch (error) {
      setMotionError(error as typeof motionError);
    }
  };
  const grant = useActionForm({
    initial: () => ({ orderReference: '' }),
    send: (f) => api.post(`/participants/${context.participantId}/expungement`, f.orderReference.trim() ? { orderReference: f.orderReference } : {}),
    // The record is sealed: every list that showed it fetches again, and it leaves them.
    invalidates: context.invalidates,
    done: () => {
      navigate('/caseload', { state: { notice: t('expungement.sealed') } });
      return t('expungement.sealed');
    },
  });
  return (
    <div className="expungement">
      <h3>{t('expungement.heading')}</h3>
      {eligibility.error && <ProblemBanner problem={eligibility.error} />}
      {eligibility.data && (
        <>
          <p>{eligibility.data.eligible ? t('expungement.eligible') : t('expungement.notEligible')}</p>
          <ul className="eligibility-rules">
            {eligibility.data.rules.map((r) => (
              <li key={r.rule}>
                <strong>{r.passed ? t('expungement.passed') : t('expungement.failed')}</strong> {t(`expungement.rules.${r.rule}`)} ({r.detail})
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" className="secondary" onClick={() => void prepare()}>
          {t('expungement.prepareMotion')}
        </button>{' '}
        {motionUrl && (
          <a href={motionUrl} target="_blank" rel="noreferrer" download="expungement-motion.pdf">
            {t('expungement.openMotion')}
          </a>
        )}
      </p>
      <ProblemBanner problem={motionError} />
      {canGrant && eligibility.data?.eligible && (
        <ActionForm label={t('expungement.grant')} submitLabel={t('expungement.grantSubmit')} fields={['orderReference']} action={grant}>
          <p className="hint">{t('expungement.grantHint')}</p>
          <TextField label={t('expungement.orderReference')} name="orderReference" value={grant.form.orderReference} onChange={(v) => grant.set('orderReference', v)} problem={grant.error} />
        </ActionForm>
      )}
    </div>
  );
}
