import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { testPanelInputDtoSubstanceValues, type components } from '../../api/schema';
import { SelectField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';

type Panel = components['schemas']['TestPanelDto'];
interface PanelRow {
  substance: string;
  screen: string;
  confirmation: string;
}

const rowOf = (p: Panel): PanelRow => ({ substance: p.substance, screen: String(p.screenCutoffNgMl), confirmation: p.confirmationCutoffNgMl === null ? '' : String(p.confirmationCutoffNgMl) });
const number = (text: string) => Number(text.trim().replace(',', '.'));

/** The panels the program tests for and their cut-offs: a reading below one is recorded negative. Replaced whole on save. */
export function TestPanelsSection({ programId }: { programId: string }) {
  const { t } = useTranslation('admin');
  const query = useApiQuery<Panel[]>(`/programs/${programId}/test-panels`);
  // Kept here: the form starts afresh from the saved list after each save.
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <section aria-labelledby="test-panels-heading">
      <h2 id="test-panels-heading">{t('panels.title')}</h2>
      <p>{t('panels.intro')}</p>
      {notice && (
        <p role="status" className="notice">
          {notice}
        </p>
      )}
      <QueryView query={query}>{(panels) => <PanelsForm key={JSON.stringify(panels)} programId={programId} saved={panels} onNotice={setNotice} />}</QueryView>
    </section>
  );
}

function PanelsForm({ programId, saved, onNotice }: { programId: string; saved: Panel[]; onNotice: (message: string | null) => void }) {
  const { t } = useTranslation('admin');
  const [rows, setRows] = useState<PanelRow[]>(saved.map(rowOf));
  const path = `/programs/${programId}/test-panels`;
  const save = useApiMutation(
    (body: PanelRow[]) =>
      api.put<Panel[]>(path, {
        panels: body.map((r) => ({ substance: r.substance, screenCutoffNgMl: number(r.screen), confirmationCutoffNgMl: r.confirmation.trim() ? number(r.confirmation) : null })),
      }),
    { invalidates: [path], onSuccess: () => onNotice(t('panels.saved')) },
  );
  const change = (i: number, patch: Partial<PanelRow>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const substance = (value: string) => t(`coordinator:substance.${value}`, { defaultValue: value });
  const unused = testPanelInputDtoSubstanceValues.find((s) => !rows.some((r) => r.substance === s));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onNotice(null);
    save.mutate(rows);
  };
  const fields = rows.flatMap((_, i) => ['substance', 'screenCutoffNgMl', 'confirmationCutoffNgMl'].map((f) => `panels.${i}.${f}`));
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('panels.title')}>
      <ProblemBanner problem={save.error} shownFields={['panels', ...fields]} />
      {rows.length === 0 && <p>{t('panels.none')}</p>}
      {rows.map((row, i) => (
        <div className="site-hours-row" key={i} role="group" aria-label={t('panels.rowLabel', { n: i + 1 })}>
          <SelectField
            label={t('panels.substance')}
            name={`panels.${i}.substance`}
            value={row.substance}
            onChange={(v) => change(i, { substance: v })}
            options={testPanelInputDtoSubstanceValues.map((value) => ({ value, label: substance(value) }))}
            problem={save.error}
          />
          <TextField label={t('panels.screen')} name={`panels.${i}.screenCutoffNgMl`} inputMode="text" value={row.screen} onChange={(v) => change(i, { screen: v })} problem={save.error} />
          <TextField
            label={t('panels.confirmation')}
            hint={t('panels.confirmationHint')}
            name={`panels.${i}.confirmationCutoffNgMl`}
            inputMode="text"
            value={row.confirmation}
            onChange={(v) => change(i, { confirmation: v })}
            problem={save.error}
          />
          <button type="button" onClick={() => setRows((all) => all.filter((_, j) => j !== i))} aria-label={t('panels.removeLabel', { substance: substance(row.substance) })}>
            {t('sites.remove')}
          </button>
        </div>
      ))}
      {unused && (
        <button type="button" onClick={() => setRows((all) => [...all, { substance: unused, screen: '', confirmation: '' }])}>
          {t('panels.add')}
        </button>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('panels.save')}
        </button>
      </div>
    </form>
  );
}
