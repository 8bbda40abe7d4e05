import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiProblem } from '../../../api/problem';
import { SelectField, TextField } from '../../../components/fields';
import { AUDIENCES, type Audience, DIMENSIONS } from './figures';

export interface EquityFilter {
  from: string;
  to: string;
  /** The demographic dimension; '' for none (the funnel without groups). */
  dimension: string;
  audience: Audience;
}

/**
 * The period, the dimension and who the figures are for, applied together
 * on "Show". What was typed stays when the API refuses it, and its sentence
 * appears beside the field it names.
 */
export function EquityFilters({
  initial,
  onShow,
  problem,
  dimensionField,
  allowNone,
  withAudience = true,
}: {
  initial: EquityFilter;
  onShow: (filter: EquityFilter) => void;
  problem: ApiProblem | null;
  /** The API's name of the dimension's query field (`groupBy` on the funnel, `dimension` on the equity view). */
  dimensionField: 'groupBy' | 'dimension';
  allowNone: boolean;
  /** Whether to offer the team's figures beside the published ones (never on a public page). */
  withAudience?: boolean;
}) {
  const { t } = useTranslation('measures');
  const [draft, setDraft] = useState<EquityFilter>(initial);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onShow({ ...draft });
  };
  return (
    <form className="toolbar equity-filters" onSubmit={submit} aria-label={t('equity.filters')}>
      <TextField type="date" label={t('period.from')} name="from" value={draft.from} onChange={(from) => setDraft((d) => ({ ...d, from }))} problem={problem} required />
      <TextField type="date" label={t('period.to')} name="to" value={draft.to} onChange={(to) => setDraft((d) => ({ ...d, to }))} problem={problem} required />
      <SelectField
        label={t('equity.dimension')}
        name={dimensionField}
        value={draft.dimension}
        onChange={(dimension) => setDraft((d) => ({ ...d, dimension }))}
        options={DIMENSIONS.map((value) => ({ value, label: t(`equity.dimensions.${value}`) }))}
        placeholder={allowNone ? t('funnel.noGroups') : undefined}
        problem={problem}
        required={!allowNone}
      />
      {withAudience && (
        <SelectField
          label={t('equity.audience')}
          name="audience"
          value={draft.audience}
          onChange={(audience) => setDraft((d) => ({ ...d, audience: audience as Audience }))}
          options={AUDIENCES.map((value) => ({ value, label: t(`equity.audiences.${value}`) }))}
          hint={t('equity.audienceHint')}
          problem={problem}
        />
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('period.show')}
        </button>
      </div>
    </form>
  );
}

/** The fields these filters show the API's sentences beside. */
export const FILTER_FIELDS = ['from', 'to', 'groupBy', 'dimension', 'audience'];
