import { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { DataTable } from '../../components/data-table';
import { formatNumber } from '../../i18n/format';
import { MeasureSection } from './measure-section';

type Turnaround = components['schemas']['ResultTurnaroundDto'];
type ProgramTurnaround = components['schemas']['ProgramTurnaroundDto'];

/** Hours from collection to the result that settles it, per program: a slow laboratory delays every answer the court gives. */
export function TurnaroundSection({ query }: { query: UseQueryResult<Turnaround, ApiProblem> }) {
  const { t } = useTranslation('measures');
  const hours = (value: number | null) => (value === null ? '—' : t('unit.hours', { value: formatNumber(value, 1) }));
  return (
    <MeasureSection id="turnaround" heading={t('turnaround.heading')} intro={t('turnaround.intro')} query={query}>
      {({ byProgram }) => (
        <DataTable<ProgramTurnaround>
          caption={t('turnaround.caption')}
          rows={byProgram}
          rowKey={(p) => p.programId ?? 'none'}
          empty={t('turnaround.empty')}
          columns={[
            { key: 'program', header: t('turnaround.program'), render: (p) => (p.programCode ? `${p.programCode} — ${p.programName}` : t('turnaround.noProgram')) },
            { key: 'collections', header: t('turnaround.collections'), render: (p) => formatNumber(p.collections) },
            { key: 'confirmed', header: t('turnaround.confirmed'), render: (p) => formatNumber(p.confirmed) },
            { key: 'median', header: t('turnaround.median'), render: (p) => hours(p.medianHours) },
            { key: 'p90', header: t('turnaround.p90'), render: (p) => hours(p.p90Hours) },
          ]}
        />
      )}
    </MeasureSection>
  );
}
