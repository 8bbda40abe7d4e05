import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { pathsApiV1CourtsCourtIdMeasuresOutcomesGetParametersQueryGroupByValues } from '../../api/schema';
import type { components } from '../../api/schema';
import { Chart } from '../../components/chart';
import { Column, DataTable } from '../../components/data-table';
import { ExportButtons } from '../../components/export-buttons';
import { SelectField } from '../../components/fields';
import i18n from '../../i18n';
import { formatDate, formatNumber, formatPercent } from '../../i18n/format';
import { KeyFigure } from './key-figure';
import { phaseLabel, phaseShortLabel } from './labels';
import { MeasureSection } from './measure-section';
import type { Period } from './types';

type Outcomes = components['schemas']['OutcomeMeasuresDto'];
type Figures = components['schemas']['OutcomeFiguresDto'];
type PhaseRow = components['schemas']['OutcomePhaseDto'];
type Circumstance = components['schemas']['OutcomeCircumstanceDto'];
type Dimension = (typeof pathsApiV1CourtsCourtIdMeasuresOutcomesGetParametersQueryGroupByValues)[number];

/** A figure of the table: its key in the answer, and how it reads. */
const FIGURES: ReadonlyArray<{ key: keyof Figures; kind: 'count' | 'days' | 'share' | 'rate' }> = [
  { key: 'referrals', kind: 'count' },
  { key: 'admissions', kind: 'count' },
  { key: 'medianDaysReferralToAdmission', kind: 'days' },
  { key: 'medianDaysArrestToAdmission', kind: 'days' },
  { key: 'medianDaysAdmissionToTreatment', kind: 'days' },
  { key: 'retention3Rate', kind: 'share' },
  { key: 'retention6Rate', kind: 'share' },
  { key: 'retention12Rate', kind: 'share' },
  { key: 'exits', kind: 'count' },
  { key: 'graduations', kind: 'count' },
  { key: 'terminations', kind: 'count' },
  { key: 'graduationRate', kind: 'share' },
  { key: 'medianStayGraduatesDays', kind: 'days' },
  { key: 'medianStayTerminationsDays', kind: 'days' },
  { key: 'medianAbstinenceDaysAtExit', kind: 'days' },
  { key: 'tests', kind: 'count' },
  { key: 'positivesPer100Tests', kind: 'rate' },
  { key: 'arrestedDuringProgram', kind: 'count' },
  { key: 'convictedDuringProgram', kind: 'count' },
  { key: 'year1ArrestRate', kind: 'share' },
  { key: 'year1ConvictionRate', kind: 'share' },
  { key: 'year3ArrestRate', kind: 'share' },
  { key: 'year3ConvictionRate', kind: 'share' },
  { key: 'jailDaysOrdered', kind: 'count' },
  { key: 'incentivesPerSanction', kind: 'rate' },
];

const formatFigure = (value: unknown, kind: (typeof FIGURES)[number]['kind']) =>
  typeof value !== 'number' ? '—' : kind === 'share' ? formatPercent(value) : formatNumber(value, kind === 'count' ? 0 : kind === 'days' ? 1 : 2);

/** A demographic group in words: a language by its own name in the reader's, the others from the catalogue. */
export function groupLabel(t: TFunction<'outcomes'>, dimension: Dimension | null, group: string | null): string {
  if (group === null) return t('measures.everyone');
  if (group === 'unknown') return t('measures.groupUnknown');
  if (dimension === 'language') return new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'code' }).of(group) ?? group;
  return t(`groups.${group}`, { defaultValue: group.replace(/_/g, ' ') });
}

/**
 * The court's outcome measures over the period: referrals and admissions,
 * retention, graduation, positives per 100 tests by phase, abstinence at
 * exit, circumstances at admission and exit, new arrests and convictions,
 * jail days and incentives per sanction; for every program, and per
 * demographic group when the reader asks. The README says where each
 * definition comes from.
 */
export function OutcomesSection({ courtId, period }: { courtId: string; period: Period }) {
  const { t } = useTranslation('outcomes');
  const [groupBy, setGroupBy] = useState<Dimension | ''>('');
  const query = { ...period, ...(groupBy ? { groupBy } : {}) };
  const outcomes = useApiQuery<Outcomes>(`/courts/${courtId}/measures/outcomes`, query);
  return (
    <MeasureSection id="outcomes" heading={t('measures.heading')} intro={t('measures.intro')} query={outcomes}>
      {(body) => (
        <>
          <div className="toolbar">
            <SelectField
              label={t('measures.groupBy')}
              name="groupBy"
              value={groupBy}
              onChange={(v) => setGroupBy(v as Dimension | '')}
              options={[{ value: '', label: t('measures.noGroups') }, ...pathsApiV1CourtsCourtIdMeasuresOutcomesGetParametersQueryGroupByValues.map((d) => ({ value: d, label: t(`dimension.${d}`) }))]}
            />
            <ExportButtons path={`/courts/${courtId}/measures/outcomes`} query={query} name="outcomes" label={t('measures.heading')} />
          </div>
          <KeyFigures all={body.all} asOf={body.asOf} />
          <OutcomeCharts body={body} />
          <FiguresTable body={body} />
          {body.byPhase.length > 0 && <PhaseTable rows={body.byPhase} dimension={body.groupBy} />}
          <CircumstancesTable rows={body.circumstances.filter((c) => c.programId === null && c.group === null)} />
        </>
      )}
    </MeasureSection>
  );
}

function KeyFigures({ all, asOf }: { all: Figures; asOf: string }) {
  const { t } = useTranslation('outcomes');
  return (
    <div className="grid">
      <KeyFigure
        label={t('measures.admissions')}
        value={formatNumber(all.admissions)}
        detail={t('measures.admissionsDetail', { referrals: formatNumber(all.referrals), days: formatNumber(all.medianDaysReferralToAdmission, 1) })}
      />
      <KeyFigure
        label={t('measures.retention12')}
        value={formatPercent(all.retention12Rate)}
        detail={t('measures.retentionDetail', { cohort: formatNumber(all.retention12Cohort), three: formatPercent(all.retention3Rate), six: formatPercent(all.retention6Rate) })}
      />
      <KeyFigure
        label={t('measures.graduationRate')}
        value={formatPercent(all.graduationRate)}
        detail={t('measures.graduationDetail', { graduations: formatNumber(all.graduations), terminations: formatNumber(all.terminations), withdrawals: formatNumber(all.withdrawals) })}
      />
      <KeyFigure
        label={t('measures.positivity')}
        value={formatNumber(all.positivesPer100Tests, 1)}
        detail={t('measures.positivityDetail', { tests: formatNumber(all.tests), abstinence: formatNumber(all.medianAbstinenceDaysAtExit, 1) })}
      />
      <KeyFigure
        label={t('measures.ratio')}
        value={all.incentivesPerSanction === null ? '—' : t('measures.ratioValue', { ratio: formatNumber(all.incentivesPerSanction, 2) })}
        detail={t('measures.ratioDetail', { incentives: formatNumber(all.incentives), sanctions: formatNumber(all.sanctions), jailDays: formatNumber(all.jailDaysOrdered, 1) })}
      />
      <KeyFigure
        label={t('measures.rearrest')}
        value={formatPercent(all.year1ArrestRate)}
        detail={t('measures.rearrestDetail', { cohort: formatNumber(all.year1Cohort), during: formatNumber(all.arrestedDuringProgram), exits: formatNumber(all.exits), date: formatDate(asOf) })}
      />
    </div>
  );
}

/** The columns of the figures table: the whole court and each program, or (grouped) each group of the whole court. */
function columnsOf(body: Outcomes): Figures[] {
  return body.groupBy ? body.rows.filter((r) => r.programId === null) : body.rows.filter((r) => r.group === null);
}

function OutcomeCharts({ body }: { body: Outcomes }) {
  const { t } = useTranslation('outcomes');
  const { t: tm } = useTranslation('measures');
  const columns = columnsOf(body);
  const label = (r: Figures) => (body.groupBy ? groupLabel(t, body.groupBy, r.group) : (r.programCode ?? t('measures.wholeCourt')));
  const phases = body.byPhase.filter((p) => p.group === null);
  return (
    <div className="measures-charts">
      <Chart
        title={t('measures.retentionChart')}
        labels={columns.map(label)}
        labelHeader={t(body.groupBy ? 'measures.groupHeader' : 'measures.programHeader')}
        series={[3, 6, 12].map((m, i) => ({
          name: t('measures.retentionSeries', { months: m }),
          values: columns.map((r) => (r[`retention${m}Rate` as keyof Figures] as number | null) ?? null).map((v) => (v === null ? null : v * 100)),
          style: i === 1 ? 'hatched' : i === 2 ? 'dotted' : 'solid',
        }))}
        max={100}
        format={(v) => formatPercent(v / 100)}
      />
      {phases.length > 0 && (
        <Chart
          title={t('measures.positivityChart')}
          labels={phases.map((p) => (p.programCode === null ? t('measures.noPhase') : phaseShortLabel(tm, p.programCode, p.phasePosition)))}
          labelHeader={t('measures.phaseHeader')}
          series={[{ name: t('measures.positivitySeries'), values: phases.map((p) => p.positivesPer100Tests) }]}
          format={(v) => formatNumber(v, 1)}
        />
      )}
    </div>
  );
}


function FiguresTable({ body }: { body: Outcomes }) {
  const { t } = useTranslation('outcomes');
  const columns = columnsOf(body);
  const table: Column<(typeof FIGURES)[number]>[] = [
    { key: 'figure', header: t('measures.figureHeader'), render: (f) => t(`figure.${f.key}`) },
    ...columns.map(
      (r, i): Column<(typeof FIGURES)[number]> => ({
        key: `c${i}`,
        header: body.groupBy ? groupLabel(t, body.groupBy, r.group) : (r.programName ?? t('measures.wholeCourt')),
        render: (f) => formatFigure(r[f.key], f.kind),
        className: 'num',
      }),
    ),
  ];
  return <DataTable caption={t(body.groupBy ? 'measures.tableCaptionGroups' : 'measures.tableCaption')} columns={table} rows={[...FIGURES]} rowKey={(f) => f.key} />;
}

function PhaseTable({ rows, dimension }: { rows: PhaseRow[]; dimension: Dimension | null }) {
  const { t } = useTranslation('outcomes');
  const { t: tm } = useTranslation('measures');
  const num = (value: (r: PhaseRow) => number | null, digits = 0): Pick<Column<PhaseRow>, 'render' | 'sortValue' | 'className'> => ({
    render: (r) => formatNumber(value(r), digits),
    sortValue: value,
    className: 'num',
  });
  const columns: Column<PhaseRow>[] = [
    { key: 'program', header: t('measures.programHeader'), render: (r) => r.programName ?? t('measures.noPhase') },
    { key: 'phase', header: t('measures.phaseHeader'), render: (r) => (r.programId === null ? '—' : phaseLabel(tm, r.phasePosition, r.phaseName)) },
    ...(dimension ? [{ key: 'group', header: t('measures.groupHeader'), render: (r: PhaseRow) => groupLabel(t, dimension, r.group) }] : []),
    { key: 'tests', header: t('figure.tests'), ...num((r) => r.tests) },
    { key: 'positives', header: t('measures.positives'), ...num((r) => r.positiveTests) },
    { key: 'per100', header: t('figure.positivesPer100Tests'), ...num((r) => r.positivesPer100Tests, 1) },
    { key: 'incentives', header: t('measures.incentives'), ...num((r) => r.incentives) },
    { key: 'sanctions', header: t('measures.sanctions'), ...num((r) => r.sanctions) },
    { key: 'ratio', header: t('figure.incentivesPerSanction'), ...num((r) => r.incentivesPerSanction, 2) },
  ];
  return (
    <DataTable
      caption={t('measures.phaseCaption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => `${r.programId}-${r.phasePosition}-${r.group}`}
    />
  );
}

/** `employment.full_time` in words; nothing recorded for the moment says so. */
function answerLabel(t: TFunction<'outcomes'>, key: string): string {
  const [domain, code] = key.split('.');
  return code === 'not_recorded' ? t('circumstances.notRecorded') : t(`circumstances.${domain}.${code}`);
}

function CircumstancesTable({ rows }: { rows: Circumstance[] }) {
  const { t } = useTranslation('outcomes');
  const keys = [...new Set(rows.map((r) => `${r.domain}.${r.code}`))];
  const count = (key: string, at: 'admission' | 'exit') => rows.find((r) => `${r.domain}.${r.code}` === key && r.at === at)?.participants ?? 0;
  const columns: Column<string>[] = [
    { key: 'domain', header: t('measures.domainHeader'), render: (k) => t(`circumstances.${k.split('.')[0]}Label`) },
    { key: 'answer', header: t('measures.answerHeader'), render: (k) => answerLabel(t, k) },
    { key: 'admission', header: t('circumstances.at.admission'), render: (k) => formatNumber(count(k, 'admission')), className: 'num' },
    { key: 'exit', header: t('circumstances.at.exit'), render: (k) => formatNumber(count(k, 'exit')), className: 'num' },
  ];
  return <DataTable caption={t('measures.circumstancesCaption')} columns={columns} rows={keys} rowKey={(k) => k} empty={t('measures.noCircumstances')} />;
}
