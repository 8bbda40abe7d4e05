import { FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { CheckboxField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { FieldMessage, NO_READING, PanelReadings, readingResults, ScreenReading, shownResultFields } from './panel-readings';
import { NewCollection, RecordedCollection, SPECIMEN_TYPES, SpecimenType } from './types';

export interface Arrival {
  participantId: string;
  name: string;
  participantNumber: string | null;
}

/** A form's heading that takes the focus when the form opens from a button in the list: keyboard and screen-reader users are taken to it. */
export function useFocusedHeading() {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return heading;
}

/** What every write at the site changes: the day's list, the board, and the participant's own tests and timeline. */
export function siteInvalidations(courtId: string, participantId: string): string[] {
  return [`/courts/${courtId}/collections`, `/courts/${courtId}/testing-board`, `/participants/${participantId}`, `/courts/${courtId}/violations`];
}

/**
 * Recording a participant's collection in a few taps: the specimen, whether
 * it was observed, and what an instant screen read, at the site chosen for
 * the day. A refusal keeps every choice, with the API's sentence beside it.
 */
export function CollectionForm({ arrival, siteId, onDone }: { arrival: Arrival; siteId: string; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('site');
  const { court } = useSession();
  const id = useId();
  const heading = useFocusedHeading();
  const [specimenType, setSpecimenType] = useState<SpecimenType>('urine');
  const [observed, setObserved] = useState(true);
  const [notes, setNotes] = useState('');
  // A specimen sent to a laboratory: which one, and the accession number on its label.
  const [lab, setLab] = useState('');
  const [accessionNumber, setAccessionNumber] = useState('');
  const [reading, setReading] = useState<ScreenReading>(NO_READING);
  const { results, sources } = readingResults(reading);
  const mutation = useApiMutation((body: NewCollection) => api.post<RecordedCollection>(`/participants/${arrival.participantId}/collections`, body), {
    invalidates: siteInvalidations(court.courtId, arrival.participantId),
    onSuccess: (recorded) =>
      onDone(recorded.violationId ? t('collect.recordedViolation', { name: arrival.name }) : t('collect.recorded', { name: arrival.name, count: recorded.results.length })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: NewCollection = { specimenType, observed };
    if (siteId) body.testingSiteId = siteId;
    if (notes.trim()) body.notes = notes;
    if (lab.trim()) body.lab = lab;
    if (accessionNumber.trim()) body.accessionNumber = accessionNumber;
    if (results.length) body.results = results;
    mutation.mutate(body);
  };
  const specimenError = mutation.error?.messageFor('specimenType');
  return (
    <form className="form card site-form" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} ref={heading} tabIndex={-1}>
        {t('collect.heading', { name: arrival.name, number: arrival.participantNumber ?? '—' })}
      </h2>
      <ProblemBanner problem={mutation.error} shownFields={['specimenType', 'observed', 'notes', 'lab', 'accessionNumber', ...shownResultFields(mutation.error, sources)]} />
      <fieldset className={`choices${specimenError ? ' field-invalid' : ''}`}>
        <legend>{t('collect.specimenType')}</legend>
        <div className="segmented">
          {SPECIMEN_TYPES.map((type) => (
            <label key={type}>
              <input type="radio" name="specimenType" value={type} checked={specimenType === type} onChange={() => setSpecimenType(type)} />
              <span>{t(`coordinator:specimen.${type}`)}</span>
            </label>
          ))}
        </div>
        <FieldMessage id={`${id}-specimen-error`} message={specimenError} />
      </fieldset>
      <CheckboxField label={t('collect.observed')} hint={t('collect.observedHint')} name="observed" checked={observed} onChange={setObserved} problem={mutation.error} />
      <PanelReadings reading={reading} onChange={setReading} problem={mutation.error} sources={sources} />
      <div className="lab-report">
        <TextField label={t('collect.lab')} hint={t('collect.labHint')} name="lab" value={lab} onChange={setLab} problem={mutation.error} autoComplete="organization" />
        <TextField label={t('collect.accessionNumber')} name="accessionNumber" value={accessionNumber} onChange={setAccessionNumber} problem={mutation.error} autoComplete="off" />
      </div>
      <TextAreaField label={t('collect.notes')} hint={t('collect.notesHint')} name="notes" value={notes} onChange={setNotes} problem={mutation.error} rows={2} />
      {!siteId && <p className="hint">{t('collect.noSite')}</p>}
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {t('collect.submit')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}
