import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../../../api/hooks';
import { useSession } from '../../../auth/session';
import { Chart } from '../../../components/chart';
import { Column, DataTable } from '../../../components/data-table';
import { ExportButtons } from '../../../components/export-buttons';
import { Loading, ProblemBanner, QueryView } from '../../../components/problem';
import { formatDate } from '../../../i18n/format';
import { courtToday, lastWeeks } from '../period';
import type { Court } from '../types';
import { countText, type Funnel, type FunnelGroup, type FunnelStage, groupLabel, plotted, rateText, ratioText, type RejectionReason, sortable, stageLabel } from './figures';
import { EquityFilter, EquityFilters, FILTER_FIELDS } from './filters';
import { FourFifthsFlag } from './flag';

/**
 * The referral funnel: of those referred in the period, how many were
 * screened, found eligible, accepted, admitted and graduated, why the others
 * went no further, and (with a dimension) each group's funnel beside its
 * share of those referred. Aggregates only; no one is named.
 */
export function FunnelScreen() {
  const { t } = useTranslation('measures');
  const { court } = useSession();
  const details = useApiQuery<Court>(`/courts/${court.courtId}`);
  return (
    <>
      <h1>{t('funnel.title')}</h1>
      <QueryView query={details}>{(c) => <CourtFunnel key={court.courtId} courtId={court.courtId} court={c} />}</QueryView>
    </>
  );
}

function CourtFunnel({ courtId, court }: { courtId: string; court: Court }) {
  const { t } = useTranslation('measures');
  const [filter, setFilter] = useState<EquityFilter>(() => ({ ...lastWeeks(courtToday(court.timeZone), 52), dimension: '', audience: 'team' }));
  const query = { from: filter.from, to: filter.to, groupBy: filter.dimension || undefined, audience: filter.audience };
  const funnel = useApiQuery<Funnel>(`/courts/${courtId}/measures/funnel`, query);
  return (
    <>
      <p className="measures-note">{t('funnel.intro', { court: court.name })}</p>
      <p>
        <Link to="/measures">{t('equity.backToMeasures')}</Link> · <Link to="/measures/equity">{t('equity.title')}</Link>
      </p>
      <EquityFilters initial={filter} onShow={setFilter} problem={funnel.error} dimensionField="groupBy" allowNone />
      <p className="measures-period" role="status" aria-live="polite">
        {t('period.showing', { from: formatDate(filter.from), to: formatDate(filter.to) })}
        {filter.audience === 'public' && ` ${t('equity.publicShowing')}`}
      </p>
      <ExportButtons path={`/courts/${courtId}/measures/funnel`} query={query} name="funnel" label={t('funnel.title')} />
      <section aria-busy={funnel.isFetching} aria-label={t('funnel.title')}>
        {funnel.error ? (
          <ProblemBanner problem={funnel.error} shownFields={FILTER_FIELDS} />
        ) : funnel.data === undefined ? (
          <Loading />
        ) : (
          <FunnelFigures funnel={funnel.data} />
        )}
      </section>
    </>
  );
}

/** The funnel's chart and tables: the court's screen and the public page show the same. */
export function FunnelFigures({ funnel }: { funnel: Funnel }) {
  const { t } = useTranslation('measures');
  const stageColumns: Column<FunnelStage>[] = [
    { key: 'stage', header: t('funnel.stage'), render: (s) => stageLabel(t, s.stage) },
    { key: 'count', header: t('funnel.people'), render: (s) => countText(t, s.count), className: 'num' },
    { key: 'conversion', header: t('funnel.conversion'), render: (s) => rateText(t, s.conversionRate), className: 'num' },
  ];
  return (
    <>
      <div className="measures-charts">
        <Chart
          title={t('funnel.chart')}
          labels={funnel.stages.map((s) => stageLabel(t, s.stage))}
          labelHeader={t('funnel.stage')}
          series={[{ name: t('funnel.people'), values: funnel.stages.map((s) => plotted(s.count)) }]}
          format={(v) => countText(t, v)}
        />
      </div>
      <DataTable caption={t('funnel.tableCaption')} columns={stageColumns} rows={funnel.stages} rowKey={(s) => s.stage} />
      {funnel.groups.length > 0 && <GroupTable groups={funnel.groups} />}
      <ReasonTable reasons={funnel.rejectionReasons} />
    </>
  );
}

interface GroupRow {
  group: string;
  stage: FunnelGroup['stages'][number];
}

/** Each group at each stage: the count, the conversion, and the ratio to its share of those referred, flagged below four-fifths. */
function GroupTable({ groups }: { groups: FunnelGroup[] }) {
  const { t } = useTranslation('measures');
  const rows: GroupRow[] = groups.flatMap((g) => g.stages.map((stage) => ({ group: g.group, stage })));
  const columns: Column<GroupRow>[] = [
    { key: 'group', header: t('equity.group'), render: (r) => groupLabel(t, r.group), sortValue: (r) => groupLabel(t, r.group) },
    { key: 'stage', header: t('funnel.stage'), render: (r) => stageLabel(t, r.stage.stage) },
    { key: 'count', header: t('funnel.people'), render: (r) => countText(t, r.stage.count), sortValue: (r) => sortable(r.stage.count), className: 'num' },
    { key: 'conversion', header: t('funnel.conversion'), render: (r) => rateText(t, r.stage.conversionRate), className: 'num' },
    {
      key: 'ratio',
      header: t('equity.ratioToReferred'),
      render: (r) => (
        <>
          {ratioText(t, r.stage.ratioToReferred)} <FourFifthsFlag below={r.stage.belowFourFifthsToReferred} />
        </>
      ),
      sortValue: (r) => sortable(r.stage.ratioToReferred),
      className: 'num',
    },
  ];
  return (
    <DataTable
      caption={t('funnel.groupsCaption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => `${r.group}-${r.stage.stage}`}
      rowClassName={(r) => (r.stage.belowFourFifthsToReferred ? 'row-flagged' : undefined)}
    />
  );
}

function ReasonTable({ reasons }: { reasons: RejectionReason[] }) {
  const { t } = useTranslation('measures');
  const columns: Column<RejectionReason>[] = [
    { key: 'reason', header: t('funnel.reason'), render: (r) => t(`funnel.reasons.${r.reason}`, { defaultValue: r.reason }) },
    { key: 'detail', header: t('funnel.detail'), render: (r) => (r.detail === null ? '—' : r.reason === 'excluded_charge' ? t(`admin:charges.${r.detail}`, { defaultValue: r.detail }) : r.detail) },
    { key: 'count', header: t('funnel.people'), render: (r) => countText(t, r.count), className: 'num' },
  ];
  return (
    <DataTable caption={t('funnel.reasonsCaption')} columns={columns} rows={reasons} rowKey={(r) => `${r.reason}-${r.detail ?? ''}`} empty={t('funnel.noReasons')} />
  );
}
