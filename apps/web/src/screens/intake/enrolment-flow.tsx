import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { LANGUAGES } from '../../api/vocabulary';
import { ProblemBanner, QueryView } from '../../components/problem';
import { courtDate, formatDate, formatDateTime } from '../../i18n/format';
import { useFormFields } from '../admin/form-state';
import { FormActions } from '../admin/shared';
import { useCourt } from '../coordinator/shared';
import { ConsentForm } from './consent-form';
import { firstPin } from './first-pin';
import type { Slip } from './pin-slip';
import type { Consent, Enrolment, HearingProposal, ParticipantDetail, Program } from './types';

/**
 * Enrolment as one guided flow: (1) the Part 2 consent with the
 * participant's signature, (2) the program and its phase plan, (3) the
 * participant number and the first hearing chosen from the court calendar's
 * proposals, then enrolment, which answers with the first PIN on a slip to
 * print. Each step opens when the one before is done.
 */
export function EnrolmentFlow({ participant, program, onEnrolled }: { participant: ParticipantDetail; program: Program; onEnrolled: (slip: Slip) => void }) {
  const { t } = useTranslation('intake');
  const court = useCourt(participant.courtId);
  const consents = useApiQuery<Consent[]>(`/participants/${participant.id}/consents`);
  const [addingConsent, setAddingConsent] = useState(false);
  const validConsent = consents.data?.find((c) => c.status === 'valid');
  const today = court.data ? courtDate(court.data.timeZone) : '';
  const signer = `${participant.firstName} ${participant.lastName}`;

  return (
    <section className="card enrolment" aria-labelledby="enrolment-title">
      <h2 id="enrolment-title">{t('enrolment.title')}</h2>
      <ol className="steps">
        <li className={validConsent ? 'step-done' : 'step-current'} aria-current={validConsent ? undefined : 'step'}>
          <h3>{t('enrolment.step1')}</h3>
          <QueryView query={consents}>
            {() =>
              validConsent && !addingConsent ? (
                <p>
                  <span className="badge badge-ok">{t('enrolment.consentOnFile')}</span>{' '}
                  {t('enrolment.consentSummary', { recipient: validConsent.recipientDescription, date: formatDate(validConsent.signedOn) })}
                </p>
              ) : (
                <>
                  <p>{t('enrolment.consentIntro')}</p>
                  {court.data && (
                    <ConsentForm
                      participantId={participant.id}
                      courtId={participant.courtId}
                      signer={signer}
                      today={today}
                      onRecorded={() => setAddingConsent(false)}
                      onCancel={validConsent ? () => setAddingConsent(false) : undefined}
                    />
                  )}
                </>
              )
            }
          </QueryView>
        </li>
        <li className={validConsent ? 'step-current' : 'step-later'} aria-current={validConsent ? 'step' : undefined}>
          <h3>{t('enrolment.step2')}</h3>
          <PhasePlan program={program} />
        </li>
        <li className={validConsent ? 'step-current' : 'step-later'}>
          <h3>{t('enrolment.step3')}</h3>
          {validConsent ? <EnrolForm participant={participant} program={program} timeZone={court.data?.timeZone} courtCode={court.data?.code ?? ''} courtLanguage={court.data?.language ?? 'en'} onEnrolled={onEnrolled} /> : <p className="hint">{t('enrolment.afterConsent')}</p>}
        </li>
      </ol>
    </section>
  );
}

/** The program's current phase plan, which the participant joins at phase 1. */
function PhasePlan({ program }: { program: Program }) {
  const { t } = useTranslation('intake');
  const plan = program.currentPlan;
  if (!plan) return <p className="problem">{t('enrolment.noPlan', { program: program.code })}</p>;
  return (
    <div className="table-wrap">
      <table>
        <caption>{t('enrolment.planCaption', { program: `${program.code} · ${program.name}`, version: plan.version })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('enrolment.phase')}</th>
            <th scope="col">{t('enrolment.minDays')}</th>
            <th scope="col">{t('enrolment.sobrietyDays')}</th>
            <th scope="col">{t('enrolment.testsPerWeek')}</th>
            <th scope="col">{t('enrolment.hearings')}</th>
          </tr>
        </thead>
        <tbody>
          {plan.phases.map((phase) => (
            <tr key={phase.id}>
              <th scope="row">
                {phase.position}. {phase.name}
              </th>
              <td>{phase.minDaysInPhase}</td>
              <td>{phase.sobrietyDays}</td>
              <td>{phase.testsPerWeek}</td>
              <td>{phase.hearingEveryWeeks === null ? t('enrolment.onViolations') : t('enrolment.everyWeeks', { count: phase.hearingEveryWeeks })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function EnrolForm({
  participant,
  program,
  timeZone,
  courtCode,
  courtLanguage,
  onEnrolled,
}: {
  participant: ParticipantDetail;
  program: Program;
  timeZone?: string;
  courtCode: string;
  courtLanguage: string;
  onEnrolled: (slip: Slip) => void;
}) {
  const { t } = useTranslation('intake');
  const proposal = useApiQuery<HearingProposal>(`/participants/${participant.id}/hearing-proposal`);
  const { form, set } = useFormFields({ participantNumber: '', firstHearingAt: '', language: '', note: '' });
  // The first PIN is drawn here and shown once, on the slip; staff never type or choose it.
  const [pin, setPin] = useState(() => firstPin(participant.dateOfBirth));
  const sessions = proposal.data ? [proposal.data.session, ...proposal.data.alternatives].filter((s) => s !== null) : [];
  const chosen = form.firstHearingAt || sessions[0]?.startsAt || '';
  const enrol = useApiMutation((body: Record<string, unknown>) => api.post<Enrolment>(`/participants/${participant.id}/enrolment`, body), {
    invalidates: [`/participants/${participant.id}`, '/participants', '/courts/'],
    onSuccess: (result) => {
      const session = sessions.find((s) => s.startsAt === chosen);
      onEnrolled({
        courtCode,
        participantNumber: result.participantNumber,
        name: `${participant.firstName} ${participant.lastName}`,
        pin,
        programName: program.name,
        firstHearingAt: chosen,
        firstHearingKind: result.firstHearingKind,
        courtroom: session?.courtroom ?? null,
        timeZone,
      });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body = { participantNumber: form.participantNumber, pin, firstHearingAt: chosen, ...(form.language ? { language: form.language } : {}), ...(form.note.trim() ? { note: form.note } : {}) };
    enrol.mutate(body, {
      // A PIN the API refuses (it matched the birth date, say) is replaced: staff never pick one.
      onError: (problem) => {
        if (problem.messageFor('pin')) setPin(firstPin(participant.dateOfBirth));
      },
    });
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('enrolment.step3')}>
      <ProblemBanner problem={enrol.error} shownFields={['participantNumber', 'firstHearingAt', 'language', 'note']} />
      <TextField label={t('enrolment.number')} name="participantNumber" value={form.participantNumber} onChange={(v) => set('participantNumber', v)} problem={enrol.error} hint={t('enrolment.numberHint')} required autoComplete="off" />
      <QueryView query={proposal}>
        {(p) => (
          <fieldset className={enrol.error?.messageFor('firstHearingAt') ? 'field-invalid' : undefined}>
            <legend>{t('enrolment.firstHearing')}</legend>
            {sessions.length === 0 ? (
              <p className="problem">{t('enrolment.noSession', { reason: p.reason ?? '' })}</p>
            ) : (
              <div className="session-choices">
                {sessions.map((s, i) => (
                  <label key={s.id} className="checkbox-option">
                    <input type="radio" name="firstHearingAt" value={s.startsAt} checked={chosen === s.startsAt} onChange={() => set('firstHearingAt', s.startsAt)} />
                    {t(i === 0 ? 'enrolment.sessionProposed' : 'enrolment.session', { when: formatDateTime(s.startsAt, timeZone), room: s.courtroom })}
                  </label>
                ))}
              </div>
            )}
            {enrol.error?.messageFor('firstHearingAt') && (
              <p className="field-error">
                <span aria-hidden="true">⚠ </span>
                {enrol.error.messageFor('firstHearingAt')}
              </p>
            )}
          </fieldset>
        )}
      </QueryView>
      <SelectField
        label={t('enrolment.language')}
        name="language"
        value={form.language}
        onChange={(v) => set('language', v)}
        problem={enrol.error}
        placeholder={t('enrolment.courtLanguage', { language: t(`common:languages.${courtLanguage}`) })}
        hint={t('enrolment.languageHint')}
        options={LANGUAGES.map((l) => ({ value: l, label: t(`common:languages.${l}`) }))}
      />
      <TextAreaField label={t('enrolment.note')} name="note" value={form.note} onChange={(v) => set('note', v)} problem={enrol.error} />
      <p className="hint">{t('enrolment.pinHint')}</p>
      <FormActions submitLabel={t('enrolment.submit')} pending={enrol.isPending} />
    </form>
  );
}
