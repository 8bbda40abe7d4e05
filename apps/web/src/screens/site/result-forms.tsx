import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { siteInvalidations, useFocusedHeading } from './collection-form';
import { FieldMessage, NO_READING, PanelReadings, readingResults, resultMessages, ScreenReading, shownResultFields } from './panel-readings';
import { DayCollection, NewResults, RecordedCollection, ResultInput, TestResult } from './types';

/** Positive screens of a collection that no confirmation has settled yet: what a laboratory confirmation answers. */
export function awaitingConfirmation(collection: DayCollection): TestResult[] {
  const settled = new Set(collection.results.filter((r) => r.method === 'confirmation' && r.supersedesId).map((r) => r.supersedesId));
  return collection.results.filter((r) => r.method === 'screen' && r.outcome === 'positive' && r.substance && !r.overturned && !settled.has(r.id));
}

type Confirmation = '' | 'positive' | 'negative';

/**
 * Results on a collection already taken: a screen read later (per panel),
 * or the laboratory's confirmation of each positive screen still open, a
 * negative confirmation overturning its screen.
 */
export function ResultsForm({ collection, name, onDone }: { collection: DayCollection; name: string; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('site');
  const { court } = useSession();
  const id = useId();
  const heading = useFocusedHeading();
  const open = awaitingConfirmation(collection);
  const [method, setMethod] = useState<NewResults['method']>(open.length ? 'confirmation' : 'screen');
  const [reading, setReading] = useState<ScreenReading>(NO_READING);
  const [confirmations, setConfirmations] = useState<Record<string, Confirmation>>({});
  // The laboratory's report: who confirmed, how, and the level of each panel.
  const [lab, setLab] = useState('');
  const [technique, setTechnique] = useState<'' | 'gc_ms' | 'lc_ms'>('');
  const [levels, setLevels] = useState<Record<string, string>>({});
  const screen = readingResults(reading);
  const confirmation = (() => {
    const results: ResultInput[] = [];
    const sources: string[] = [];
    for (const screenResult of open) {
      const outcome = confirmations[screenResult.id];
      if (!outcome) continue;
      const level = levels[screenResult.id]?.trim();
      results.push({
        outcome,
        supersedesId: screenResult.id,
        lab: lab.trim() || null,
        technique: technique || null,
        ...(level ? { levelNgMl: Number(level.replace(',', '.')) } : {}),
      });
      sources.push(screenResult.id);
    }
    return { results, sources };
  })();
  const { results, sources } = method === 'screen' ? screen : confirmation;
  const mutation = useApiMutation((body: NewResults) => api.post<RecordedCollection>(`/collections/${collection.id}/results`, body), {
    invalidates: siteInvalidations(court.courtId, collection.participantId),
    onSuccess: (recorded) => onDone(recorded.violationId ? t('results.recordedViolation', { name }) : t('results.recorded', { name, count: results.length })),
  });
  const [empty, setEmpty] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    // Nothing chosen is nothing to send: say so here rather than ask the API.
    setEmpty(results.length === 0);
    if (results.length) mutation.mutate({ method, results });
  };
  return (
    <form className="form card site-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('results.heading', { name })}
      </h3>
      <ProblemBanner problem={mutation.error} shownFields={['method', ...shownResultFields(mutation.error, sources)]} />
      {empty && (
        <p className="problem" role="alert">
          {t('results.nothingChosen')}
        </p>
      )}
      <fieldset className="choices">
        <legend>{t('results.method')}</legend>
        <div className="segmented">
          <label>
            <input type="radio" name="method" value="screen" checked={method === 'screen'} onChange={() => setMethod('screen')} />
            <span>{t('results.screen')}</span>
          </label>
          <label>
            <input type="radio" name="method" value="confirmation" checked={method === 'confirmation'} onChange={() => setMethod('confirmation')} />
            <span>{t('results.confirmation')}</span>
          </label>
        </div>
      </fieldset>
      {method === 'screen' ? (
        <PanelReadings reading={reading} onChange={setReading} problem={mutation.error} sources={screen.sources} />
      ) : open.length === 0 ? (
        <p className="hint">{t('results.nothingToConfirm')}</p>
      ) : (
        <fieldset className="panels">
          <legend>{t('results.confirmLegend')}</legend>
          <div className="lab-report">
            <TextField label={t('results.lab')} name="lab" value={lab} onChange={setLab} autoComplete="organization" />
            <SelectField
              label={t('results.technique')}
              name="technique"
              value={technique}
              onChange={(v) => setTechnique(v as '' | 'gc_ms' | 'lc_ms')}
              placeholder={t('results.chooseTechnique')}
              options={[
                { value: 'gc_ms', label: 'GC-MS' },
                { value: 'lc_ms', label: 'LC-MS' },
              ]}
            />
          </div>
          <div className="panel-grid">
            {open.map((screenResult) => {
              const error = resultMessages(mutation.error, confirmation.sources, screenResult.id);
              const value = confirmations[screenResult.id] ?? '';
              return (
                <fieldset key={screenResult.id} className={`panel${error ? ' field-invalid' : ''}`} aria-describedby={error ? `${id}-${screenResult.id}-error` : undefined}>
                  <legend>{t(`coordinator:substance.${screenResult.substance!}`)}</legend>
                  <div className="segmented">
                    {(['', 'positive', 'negative'] as const).map((option) => (
                      <label key={option || 'none'}>
                        <input
                          type="radio"
                          name={`${id}-${screenResult.id}`}
                          value={option}
                          checked={value === option}
                          onChange={() => setConfirmations((c) => ({ ...c, [screenResult.id]: option }))}
                        />
                        <span>{option ? t(`results.confirmed.${option}`) : t('results.notYet')}</span>
                      </label>
                    ))}
                  </div>
                  <TextField
                    label={t('results.level')}
                    hint={t('results.levelHint')}
                    name={`${id}-${screenResult.id}-level`}
                    inputMode="text"
                    value={levels[screenResult.id] ?? ''}
                    onChange={(v) => setLevels((l) => ({ ...l, [screenResult.id]: v }))}
                  />
                  <FieldMessage id={`${id}-${screenResult.id}-error`} message={error} />
                </fieldset>
              );
            })}
          </div>
        </fieldset>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {t('results.submit')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The participant disputes a positive screen (it then waits for the
 * laboratory), or admits the use it shows: each with the words the API keeps.
 */
export function ReviewForm({
  kind,
  result,
  participantId,
  name,
  onDone,
}: {
  kind: 'contest' | 'admission';
  result: TestResult;
  participantId: string;
  name: string;
  onDone: (message: string | null) => void;
}) {
  const { t } = useTranslation('site');
  const { court } = useSession();
  const id = useId();
  const heading = useFocusedHeading();
  const [text, setText] = useState('');
  const field = kind === 'contest' ? 'reason' : 'note';
  const mutation = useApiMutation(
    (body: Record<string, string>) => api.post<RecordedCollection>(`/drug-test-results/${result.id}/${kind}`, body),
    {
      invalidates: siteInvalidations(court.courtId, participantId),
      onSuccess: (recorded) =>
        onDone(
          kind === 'contest'
            ? t('review.contested', { name })
            : recorded.violationId
              ? t('review.admittedViolation', { name })
              : t('review.admitted', { name }),
        ),
    },
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate(text.trim() || kind === 'contest' ? { [field]: text } : {});
  };
  const substance = t(`coordinator:substance.${result.substance ?? 'other'}`);
  return (
    <form className="form card site-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t(`review.${kind}Heading`, { name, substance })}
      </h3>
      <p className="hint">{t(`review.${kind}Intro`)}</p>
      <ProblemBanner problem={mutation.error} shownFields={[field]} />
      <TextAreaField
        label={t(`review.${kind}Field`)}
        name={field}
        required={kind === 'contest'}
        value={text}
        onChange={setText}
        problem={mutation.error}
        rows={2}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {t(`review.${kind}Submit`)}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}

/** Releases a collection's results to the participant: one button, idempotent on the server. */
export function ReleaseButton({ collection, name, onDone }: { collection: DayCollection; name: string; onDone: (message: string) => void }) {
  const { t } = useTranslation('site');
  const { court } = useSession();
  const mutation = useApiMutation(() => api.post<RecordedCollection>(`/collections/${collection.id}/release`), {
    invalidates: siteInvalidations(court.courtId, collection.participantId),
    onSuccess: () => onDone(t('release.done', { name })),
  });
  return (
    <>
      <button type="button" disabled={mutation.isPending} onClick={() => mutation.mutate(undefined)} aria-label={t('release.label', { name })}>
        {t('release.button')}
      </button>
      <ProblemBanner problem={mutation.error} />
    </>
  );
}
