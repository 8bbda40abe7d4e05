import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { SCREENING_PARTIES } from '../../api/vocabulary';
import { useSession } from '../../auth/session';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { useFormFields } from '../admin/form-state';
import { Confirmation, Facts, FormActions } from '../admin/shared';
import { DECISIONS, ParticipantDetail, Program, RISK_NEED_LEVELS } from './types';

/** What a write on the intake page changes: the participant, and the lists that show them. */
const invalidatesParticipant = (id: string) => [`/participants/${id}`, '/participants'];

/** Screening needs the program (eligibility is judged against it): chosen here when the referral left it open. */
export function ProgramChoice({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation('intake');
  const session = useSession();
  const programs = useApiQuery<Program[]>(`/courts/${session.court.courtId}/programs`);
  const [programId, setProgramId] = useState('');
  const save = useApiMutation((body: { programId: string }) => api.patch(`/participants/${participant.id}`, body), { invalidates: invalidatesParticipant(participant.id) });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ programId });
  };
  return (
    <section className="card" aria-labelledby="program-choice">
      <h2 id="program-choice">{t('program.title')}</h2>
      <p>{t('program.intro')}</p>
      <form onSubmit={submit} noValidate className="form">
        <ProblemBanner problem={save.error} shownFields={['programId']} />
        <SelectField
          label={t('referral.program')}
          name="programId"
          value={programId}
          onChange={setProgramId}
          problem={save.error ?? programs.error}
          placeholder={t('choose')}
          required
          options={(programs.data ?? []).filter((p) => p.active).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
        />
        <FormActions submitLabel={t('program.save')} pending={save.isPending} />
      </form>
    </section>
  );
}

/** The screening as recorded (legal eligibility against the program, the assessment) and, for a writer, the form to record or correct it. */
export function ScreeningSection({ participant, editable }: { participant: ParticipantDetail; editable: boolean }) {
  const { t } = useTranslation('intake');
  const screening = participant.screening;
  const { form, set } = useFormFields({
    assessedOn: screening?.assessedOn ?? '',
    instrument: screening?.instrument ?? '',
    score: screening?.score === null || screening?.score === undefined ? '' : String(screening.score),
    riskLevel: screening?.riskLevel ?? '',
    needLevel: screening?.needLevel ?? '',
    otherExclusion: screening?.otherExclusion ?? '',
  });
  const [saved, setSaved] = useState(false);
  const save = useApiMutation((body: Record<string, unknown>) => api.put(`/participants/${participant.id}/screening`, body), {
    invalidates: invalidatesParticipant(participant.id),
    onSuccess: () => setSaved(true),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const score = form.score.trim() === '' ? undefined : Number.isFinite(Number(form.score)) ? Number(form.score) : form.score;
    save.mutate({
      assessedOn: form.assessedOn,
      instrument: form.instrument,
      ...(score === undefined ? {} : { score }),
      riskLevel: form.riskLevel,
      needLevel: form.needLevel,
      ...(form.otherExclusion.trim() ? { otherExclusion: form.otherExclusion } : {}),
    });
  };
  const levels = RISK_NEED_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }));
  return (
    <section className="card" aria-labelledby="screening-title">
      <h2 id="screening-title">{t('screening.title')}</h2>
      {screening ? (
        <Facts
          rows={[
            [
              t('screening.eligibility'),
              <span key="eligible" className={`badge ${screening.legallyEligible ? 'badge-ok' : 'badge-bad'}`}>
                {screening.legallyEligible ? t('screening.eligible') : t('screening.notEligible')}
              </span>,
            ],
            [t('screening.excludedCharges'), screening.excludedCharges.map((c) => `${c.statute}: ${c.description}`).join('; ') || '—'],
            [t('screening.otherExclusion'), screening.otherExclusion ?? '—'],
            [t('screening.assessment'), t('screening.assessmentValue', { instrument: screening.instrument, date: formatDate(screening.assessedOn) })],
            [t('screening.score'), screening.score === null ? '—' : String(screening.score)],
            [t('screening.riskNeed'), t('screening.riskNeedValue', { risk: t(`level.${screening.riskLevel}`), need: t(`level.${screening.needLevel}`) })],
          ]}
        />
      ) : (
        <p>{t('screening.none')}</p>
      )}
      {editable && (
        <form onSubmit={submit} noValidate className="form" aria-label={screening ? t('screening.correct') : t('screening.record')}>
          <h3>{screening ? t('screening.correct') : t('screening.record')}</h3>
          <Confirmation>{saved ? t('screening.saved') : null}</Confirmation>
          <ProblemBanner problem={save.error} shownFields={['assessedOn', 'instrument', 'score', 'riskLevel', 'needLevel', 'otherExclusion']} />
          <div className="field-row">
            <TextField label={t('screening.assessedOn')} name="assessedOn" type="date" value={form.assessedOn} onChange={(v) => set('assessedOn', v)} problem={save.error} required />
            <TextField label={t('screening.instrument')} name="instrument" value={form.instrument} onChange={(v) => set('instrument', v)} problem={save.error} hint={t('screening.instrumentHint')} required />
            <TextField label={t('screening.score')} name="score" value={form.score} inputMode="numeric" onChange={(v) => set('score', v)} problem={save.error} />
          </div>
          <div className="field-row">
            <SelectField label={t('screening.risk')} name="riskLevel" value={form.riskLevel} onChange={(v) => set('riskLevel', v)} problem={save.error} placeholder={t('choose')} options={levels} required />
            <SelectField label={t('screening.need')} name="needLevel" value={form.needLevel} onChange={(v) => set('needLevel', v)} problem={save.error} placeholder={t('choose')} options={levels} required />
          </div>
          <TextAreaField label={t('screening.otherExclusion')} name="otherExclusion" value={form.otherExclusion} onChange={(v) => set('otherExclusion', v)} problem={save.error} hint={t('screening.otherExclusionHint')} />
          <FormActions submitLabel={t('screening.save')} pending={save.isPending} />
        </form>
      )}
    </section>
  );
}

/** Each party's decision on admission: those the program requires, recorded once each; a rejection says why. */
export function DecisionsSection({ participant, program, editable }: { participant: ParticipantDetail; program: Program; editable: boolean }) {
  const { t } = useTranslation('intake');
  const decisions = participant.screening?.decisions ?? [];
  const pending = participant.screening?.pendingApprovals ?? program.requiredApprovals;
  const open = SCREENING_PARTIES.filter((p) => !decisions.some((d) => d.party === p));
  const { form, set, setForm } = useFormFields({ party: '', decision: '', reason: '', decidedOn: '' });
  const decide = useApiMutation((body: Record<string, unknown>) => api.post(`/participants/${participant.id}/screening/decisions`, body), {
    invalidates: invalidatesParticipant(participant.id),
    onSuccess: () => setForm({ party: '', decision: '', reason: '', decidedOn: '' }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    decide.mutate({
      party: form.party,
      decision: form.decision,
      ...(form.reason.trim() ? { reason: form.reason } : {}),
      ...(form.decidedOn ? { decidedOn: form.decidedOn } : {}),
    });
  };
  return (
    <section className="card" aria-labelledby="decisions-title">
      <h2 id="decisions-title">{t('decisions.title')}</h2>
      <p>
        {t('decisions.required', { parties: program.requiredApprovals.map((p) => t(`admin:parties.${p}`)).join(', ') || t('decisions.noneRequired') })}
      </p>
      {decisions.length > 0 && (
        <ul className="decisions">
          {decisions.map((d) => (
            <li key={d.party}>
              <strong>{t(`admin:parties.${d.party}`)}</strong>: {t(`decision.${d.decision}`)} · {formatDate(d.decidedOn)}
              {d.reason && <> · {d.reason}</>}
            </li>
          ))}
        </ul>
      )}
      {pending.length > 0 && <p className="hint decisions-pending">{t('decisions.pending', { parties: pending.map((p) => t(`admin:parties.${p}`)).join(', ') })}</p>}
      {editable && open.length > 0 && (
        <form onSubmit={submit} noValidate className="form" aria-label={t('decisions.record')}>
          <h3>{t('decisions.record')}</h3>
          <ProblemBanner problem={decide.error} shownFields={['party', 'decision', 'reason', 'decidedOn']} />
          <div className="field-row">
            <SelectField label={t('decisions.party')} name="party" value={form.party} onChange={(v) => set('party', v)} problem={decide.error} placeholder={t('choose')} required options={open.map((p) => ({ value: p, label: t(`admin:parties.${p}`) }))} />
            <SelectField label={t('decisions.decision')} name="decision" value={form.decision} onChange={(v) => set('decision', v)} problem={decide.error} placeholder={t('choose')} required options={DECISIONS.map((d) => ({ value: d, label: t(`decision.${d}`) }))} />
            <TextField label={t('decisions.decidedOn')} name="decidedOn" type="date" value={form.decidedOn} onChange={(v) => set('decidedOn', v)} problem={decide.error} hint={t('decisions.decidedOnHint')} />
          </div>
          <TextAreaField label={t('decisions.reason')} name="reason" value={form.reason} onChange={(v) => set('reason', v)} problem={decide.error} hint={t('decisions.reasonHint')} required={form.decision === 'reject'} />
          <FormActions submitLabel={t('decisions.submit')} pending={decide.isPending} />
        </form>
      )}
    </section>
  );
}

/** Acceptance (the API checks eligibility and every required approval) or rejection, each with its reason. */
export function AcceptanceSection({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation('intake');
  const { form, set } = useFormFields({ status: '', reason: '' });
  const change = useApiMutation((body: { status: string; reason: string }) => api.post(`/participants/${participant.id}/status`, body), {
    invalidates: invalidatesParticipant(participant.id),
  });
  const choices = participant.nextStatuses.filter((s) => s === 'accepted' || s === 'rejected');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    change.mutate({ status: form.status, reason: form.reason });
  };
  if (choices.length === 0) return null;
  return (
    <section className="card" aria-labelledby="acceptance-title">
      <h2 id="acceptance-title">{t('acceptance.title')}</h2>
      <p>{t('acceptance.intro')}</p>
      <form onSubmit={submit} noValidate className="form" aria-label={t('acceptance.title')}>
        <ProblemBanner problem={change.error} shownFields={['status', 'reason']} />
        <SelectField label={t('acceptance.outcome')} name="status" value={form.status} onChange={(v) => set('status', v)} problem={change.error} placeholder={t('choose')} required options={choices.map((s) => ({ value: s, label: t(`acceptance.${s}`) }))} />
        <TextAreaField label={t('acceptance.reason')} name="reason" value={form.reason} onChange={(v) => set('reason', v)} problem={change.error} hint={t('acceptance.reasonHint')} required />
        <FormActions submitLabel={t('acceptance.submit')} pending={change.isPending} />
      </form>
    </section>
  );
}
