import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import type { components } from '../../api/schema';
import { ExportButtons } from '../../components/export-buttons';
import { useSession } from '../../auth/session';
import { TextField } from '../../components/fields';
import { QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { lastWeeks, courtToday } from './period';
import { OutcomesSection } from './outcomes-section';
import { PhasesSection } from './phases-section';
import { QuarterlyReport } from './quarterly-report';
import { RandomnessSection } from './randomness-section';
import { SwiftnessSection } from './swiftness-section';
import { TestingFidelitySection } from './testing-fidelity-section';
import { TurnaroundSection } from './turnaround-section';
import type { Court, Period, PhaseMeasures, Swiftness, TestingFidelity } from './types';

/**
 * The court's measures over a period (by default the last twelve weeks, in
 * the court's calendar): swiftness of responses, testing fidelity, phase
 * progress and graduation. Aggregates only; no participant is named.
 */
export function MeasuresScreen() {
  const { t } = useTranslation('measures');
  const { court } = useSession();
  const details = useApiQuery<Court>(`/courts/${court.courtId}`);
  return (
    <>
      <h1>{t('title')}</h1>
      <QueryView query={details}>{(c) => <CourtMeasures key={court.courtId} courtId={court.courtId} court={c} />}</QueryView>
    </>
  );
}

function CourtMeasures({ courtId, court }: { courtId: string; court: Court }) {
  const { t } = useTranslation(['measures', 'fidelity']);
  const today = courtToday(court.timeZone);
  const [draft, setDraft] = useState<Period>(() => lastWeeks(today));
  const [period, setPeriod] = useState<Period>(draft);
  const swiftness = useApiQuery<Swiftness>(`/courts/${courtId}/measures/swiftness`, { ...period });
  const testing = useApiQuery<TestingFidelity>(`/courts/${courtId}/measures/testing-fidelity`, { ...period });
  const phases = useApiQuery<PhaseMeasures>(`/courts/${courtId}/measures/phases`, { ...period });
  const turnaround = useApiQuery<components['schemas']['ResultTurnaroundDto']>(`/courts/${courtId}/measures/result-turnaround`, { ...period });
  // The API's sentence about the period (to before from, not a date…) appears beside its field.
  const periodProblem = [swiftness.error, testing.error, phases.error].find((e) => e && e.errors.some((f) => f.field === 'from' || f.field === 'to')) ?? null;

  const show = (e: FormEvent) => {
    e.preventDefault();
    setPeriod({ ...draft });
  };
  const reset = () => {
    const last = lastWeeks(today);
    setDraft(last);
    setPeriod(last);
  };

  return (
    <>
      <p className="measures-note">{t('intro', { court: court.name })}</p>
      <p>
        <Link to={`/measures/fidelity?from=${period.from}&to=${period.to}`}>{t('fidelity:linkFromMeasures')}</Link>
      </p>
      <nav className="measures-links" aria-label={t('equity.linksLabel')}>
        <Link to="/measures/funnel">{t('funnel.title')}</Link>
        <Link to="/measures/equity">{t('equity.title')}</Link>
      </nav>
      <form className="toolbar" onSubmit={show} aria-label={t('period.label')}>
        <TextField type="date" label={t('period.from')} name="from" value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} problem={periodProblem} required />
        <TextField type="date" label={t('period.to')} name="to" value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} problem={periodProblem} required />
        <div className="actions">
          <button type="submit" className="primary">
            {t('period.show')}
          </button>
          <button type="button" onClick={reset}>
            {t('period.last12Weeks')}
          </button>
        </div>
      </form>
      <p className="measures-period" role="status" aria-live="polite">
        {t('period.showing', { from: formatDate(period.from), to: formatDate(period.to) })}
      </p>
      <div className="measures-downloads">
        <ExportButtons path={`/courts/${courtId}/measures/swiftness`} query={{ ...period }} name="swiftness" label={t('swiftness.heading')} />
        <ExportButtons path={`/courts/${courtId}/measures/testing-fidelity`} query={{ ...period }} name="testing-fidelity" label={t('testing.heading')} />
        <ExportButtons path={`/courts/${courtId}/measures/phases`} query={{ ...period }} name="phases" label={t('phases.heading')} />
      </div>
      <QuarterlyReport courtId={courtId} today={today} />
      <SwiftnessSection query={swiftness} />
      <TestingFidelitySection query={testing} />
      <TurnaroundSection query={turnaround} />
      <PhasesSection query={phases} />
      <OutcomesSection courtId={courtId} period={period} />
      <RandomnessSection courtId={courtId} timeZone={court.timeZone} />
    </>
  );
}
