import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../../api/hooks';
import { useSession } from '../../../auth/session';
import { Chart } from '../../../components/chart';
import { Column, DataTable } from '../../../components/data-table';
import { ExportButtons } from '../../../components/export-buttons';
import { SelectField } from '../../../components/fields';
import { Loading, ProblemBanner, QueryView } from '../../../components/problem';
import { formatDate, formatNumber } from '../../../i18n/format';
import { courtToday, lastWeeks } from '../period';
import type { Court } from '../types';
import { countText, type Equity, FOUR_FIFTHS, type FunnelGroupStage, groupLabel, plotted, rateText, ratioText, sortable, STAGES, stageLabel } from './figures';
import { EquityFilter, EquityFilters, FILTER_FIELDS } from './filters';
import { FourFifthsFlag } from './flag';

/**
 * The equity view: for one demographic dimension, each group's place in the
 * funnel against its share of those referred and of those found eligible,
 * with a line at four-fifths and the groups below it named in words.
 */
export function EquityScreen() {
  const { t } = useTranslation('measures');
  const { court } = useSession();
  const details = useApiQuery<Court>(`/courts/${court.courtId}`);
  return (
    <>
      <h1>{t('equity.title')}</h1>
      <QueryView query={details}>{(c) => <CourtEquity key={court.courtId} courtId={court.courtId} court={c} />}</QueryView>
    </>
  );
}

function CourtEquity({ courtId, court }: { courtId: string; court: Court }) {
  const { t } = useTranslation('measures');
  const [filter, setFilter] = useState<EquityFilter>(() => ({ ...lastWeeks(courtToday(court.timeZone), 52), dimension: 'raceEthnicity', audience: 'team' }));
  const query = { from: filter.from, to: filter.to, dimension: filter.dimension, audience: filter.audience };
  const equity = useApiQuery<Equity>(`/courts/${courtId}/measures/equity`, query);
  return (
    <>
      <p className="measures-note">{t('equity.intro', { court: court.name })}</p>
      <p>
        <Link to="/measures">{t('equity.backToMeasures')}</Link> · <Link to="/measures/funnel">{t('funnel.title')}</Link>
      </p>
      <EquityFilters initial={filter} onShow={setFilter} problem={equity.error} dimensionField="dimension" allowNone={false} />
      <p className="measures-period" role="status" aria-live="polite">
        {t('period.showing', { from: formatDate(filter.from), to: formatDate(filter.to) })}
        {filter.audience === 'public' && ` ${t('equity.publicShowing')}`}
      </p>
      <ExportButtons path={`/courts/${courtId}/measures/equity`} query={query} name="equity" label={t('equity.title')} />
      <section aria-busy={equity.isFetching} aria-label={t('equity.title')}>
        {equity.error ? (
          <ProblemBanner problem={equity.error} shownFields={FILTER_FIELDS} />
        ) : equity.data === undefined ? (
          <Loading />
        ) : (
          <EquityFigures equity={equity.data} />
        )}
      </section>
    </>
  );
}

function EquityFigures({ equity }: { equity: Equity }) {
  const { t } = useTranslation('measures');
  const [stage, setStage] = useState<string>('admitted');
  const at = (group: Equity['funnel'][number]) => group.stages.find((s) => s.stage === stage)!;
  const flagged = equity.funnel.filter((g) => at(g).belowFourFifthsToReferred || at(g).belowFourFifthsToEligible);
  if (equity.funnel.length === 0) return <p>{t('equity.nobody')}</p>;
  return (
    <>
      <SelectField
        label={t('equity.stage')}
        name="stage"
        value={stage}
        onChange={setStage}
        options={STAGES.filter((s) => s !== 'referred').map((value) => ({ value, label: stageLabel(t, value) }))}
      />
      <div className={flagged.length > 0 ? 'equity-flagged' : 'equity-none-flagged'} role="note">
        {flagged.length > 0 ? (
          <>
            <p>
              <span aria-hidden="true">⚑ </span>
              {t('equity.flaggedIntro', { stage: stageLabel(t, stage) })}
            </p>
            <ul>
              {flagged.map((g) => (
                <li key={g.group}>
                  {t('equity.flaggedGroup', { group: groupLabel(t, g.group), referred: ratioText(t, at(g).ratioToReferred), eligible: ratioText(t, at(g).ratioToEligible) })}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t('equity.noneFlagged', { stage: stageLabel(t, stage) })}</p>
        )}
      </div>
      <div className="measures-charts">
        <Chart
          title={t('equity.chart', { stage: stageLabel(t, stage) })}
          labels={equity.funnel.map((g) => groupLabel(t, g.group))}
          labelHeader={t('equity.group')}
          series={[
            { name: t('equity.ratioToReferred'), values: equity.funnel.map((g) => plotted(at(g).ratioToReferred)) },
            { name: t('equity.ratioToEligible'), values: equity.funnel.map((g) => plotted(at(g).ratioToEligible)), style: 'hatched' },
          ]}
          references={[{ value: FOUR_FIFTHS, label: t('equity.fourFifthsLine') }]}
          format={(v) => formatNumber(v, 2)}
        />
      </div>
      <GroupsTable equity={equity} stage={stage} />
      <OutcomesTable equity={equity} />
    </>
  );
}

interface OutcomeRow {
  measure: string;
  favourable: boolean;
  figures: Equity['outcomes'][number]['groups'][number];
}

/** Each outcome measure per group, with both ratios and the disparity flags. */
function OutcomesTable({ equity }: { equity: Equity }) {
  const { t } = useTranslation('measures');
  const rows: OutcomeRow[] = equity.outcomes.flatMap((o) => o.groups.map((figures) => ({ measure: o.measure, favourable: o.favourable, figures })));
  const ratio = (value: (r: OutcomeRow) => number | string | null, flagged: (r: OutcomeRow) => boolean | null): Pick<Column<OutcomeRow>, 'render' | 'sortValue' | 'className'> => ({
    render: (r) => (
      <>
        {ratioText(t, value(r))} <FourFifthsFlag below={flagged(r)} adverse={!r.favourable} />
      </>
    ),
    sortValue: (r) => sortable(value(r)),
    className: 'num',
  });
  const columns: Column<OutcomeRow>[] = [
    { key: 'measure', header: t('equity.outcome'), render: (r) => t(`equity.outcomes.${r.measure}`, { defaultValue: r.measure }) },
    { key: 'group', header: t('equity.group'), render: (r) => groupLabel(t, r.figures.group), sortValue: (r) => groupLabel(t, r.figures.group) },
    { key: 'count', header: t('equity.count'), render: (r) => countText(t, r.figures.count), sortValue: (r) => sortable(r.figures.count), className: 'num' },
    { key: 'toReferred', header: t('equity.ratioToReferred'), ...ratio((r) => r.figures.ratioToReferred, (r) => r.figures.flagToReferred) },
    { key: 'toEligible', header: t('equity.ratioToEligible'), ...ratio((r) => r.figures.ratioToEligible, (r) => r.figures.flagToEligible) },
  ];
  return (
    <>
      <p className="measures-note">{t('equity.outcomesIntro')}</p>
      <DataTable
        caption={t('equity.outcomesCaption')}
        columns={columns}
        rows={rows}
        rowKey={(r) => `${r.measure}-${r.figures.group}`}
        rowClassName={(r) => (r.figures.flagToReferred || r.figures.flagToEligible ? 'row-flagged' : undefined)}
      />
    </>
  );
}

interface Row {
  group: string;
  figures: FunnelGroupStage;
}

function GroupsTable({ equity, stage }: { equity: Equity; stage: string }) {
  const { t } = useTranslation('measures');
  const rows: Row[] = equity.funnel.map((g) => ({ group: g.group, figures: g.stages.find((s) => s.stage === stage)! }));
  const referred = (group: string) => equity.funnel.find((g) => g.group === group)!.stages[0].count;
  const ratio = (value: (r: Row) => number | string | null, below: (r: Row) => boolean | null): Pick<Column<Row>, 'render' | 'sortValue' | 'className'> => ({
    render: (r) => (
      <>
        {ratioText(t, value(r))} <FourFifthsFlag below={below(r)} />
      </>
    ),
    sortValue: (r) => sortable(value(r)),
    className: 'num',
  });
  const columns: Column<Row>[] = [
    { key: 'group', header: t('equity.group'), render: (r) => groupLabel(t, r.group), sortValue: (r) => groupLabel(t, r.group) },
    { key: 'referred', header: stageLabel(t, 'referred'), render: (r) => countText(t, referred(r.group)), sortValue: (r) => sortable(referred(r.group)), className: 'num' },
    { key: 'count', header: stageLabel(t, stage), render: (r) => countText(t, r.figures.count), sortValue: (r) => sortable(r.figures.count), className: 'num' },
    { key: 'conversion', header: t('funnel.conversion'), render: (r) => rateText(t, r.figures.conversionRate), className: 'num' },
    { key: 'toReferred', header: t('equity.ratioToReferred'), ...ratio((r) => r.figures.ratioToReferred, (r) => r.figures.belowFourFifthsToReferred) },
    { key: 'toEligible', header: t('equity.ratioToEligible'), ...ratio((r) => r.figures.ratioToEligible, (r) => r.figures.belowFourFifthsToEligible) },
  ];
  return (
    <DataTable
      caption={t('equity.tableCaption', { stage: stageLabel(t, stage) })}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.group}
      rowClassName={(r) => (r.figures.belowFourFifthsToReferred || r.figures.belowFourFifthsToEligible ? 'row-flagged' : undefined)}
    />
  );
}
