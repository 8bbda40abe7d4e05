import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { ApiProblem } from '../../api/problem';
import { save } from '../../components/export-buttons';
import { SelectField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { recentQuarters } from './quarters';

/**
 * The quarterly report for the court's funder: one PDF, in the court's
 * language, made by the API from the same figures as this screen.
 */
export function QuarterlyReport({ courtId, today }: { courtId: string; today: string }) {
  const { t } = useTranslation('measures');
  const quarters = recentQuarters(today);
  const [quarter, setQuarter] = useState(quarters[0]);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const download = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      save(await api.file(`/courts/${courtId}/reports/quarterly`, { quarter }, 'application/pdf'), `quarterly-report-${quarter}.pdf`);
    } catch (error) {
      setProblem(error instanceof ApiProblem ? error : new ApiProblem(0, { title: String(error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="toolbar quarterly-report" onSubmit={(e) => void download(e)} aria-label={t('quarterly.label')}>
      <SelectField label={t('quarterly.quarter')} name="quarter" value={quarter} onChange={setQuarter} options={quarters.map((q) => ({ value: q, label: q }))} problem={problem} />
      <div className="actions">
        <button type="submit" disabled={busy} aria-busy={busy}>
          {t('quarterly.download')}
        </button>
      </div>
      <ProblemBanner problem={problem} shownFields={['quarter']} />
    </form>
  );
}
