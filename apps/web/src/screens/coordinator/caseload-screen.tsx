import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Page, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { Column, DataTable } from '../../components/data-table';
import { ExportButtons } from '../../components/export-buttons';
import { CheckboxField, SelectField, TextField } from '../../components/fields';
import { Loading, ProblemBanner } from '../../components/problem';
import { Countdown } from '../../components/countdown';
import { formatDate, formatNumber } from '../../i18n/format';
import { AttentionBadges, hoursUntil, LastContact, TestOutcome } from './caseload-cells';
import { CaseManagerLabel, courtDayOf, ParticipantLink, StatusBadge, useCourt } from './shared';
import { CaseloadEntry, PARTICIPANT_SORTS, PARTICIPANT_STATUSES, Program } from './types';

const PAGE_SIZES = ['25', '50', '100'];
/** Who needs the team first: overdue 72-hour clocks, warrants, missed call-ins, open violations (the API's rule). */
const DEFAULT_SORT = 'attention';
/** Query fields the filters show, so the API's sentence about one appears beside it. */
const FILTER_FIELDS = ['q', 'status', 'programId', 'phase', 'caseManagerId', 'readyToAdvance', 'hasOpenViolation', 'sort'];

/** The phases a filter can name: every position in the court's programs' current plans. */
export function phaseNumbers(programs: Program[] | undefined): number[] {
  const highest = Math.max(0, ...(programs ?? []).flatMap((p) => (p.currentPlan?.phases ?? []).map((ph) => ph.position)));
  return Array.from({ length: highest }, (_, i) => i + 1);
}

/**
 * The caseload: the court's participants, filtered, searched, sorted and paged
 * by the API, each row with what to act on (clean days, the last test, open
 * violations and their clocks, missed call-ins, the next court date, the last
 * contact), those who need attention first. Filters live in the address, so
 * a link or "back" keeps them.
 */
export function CaseloadScreen() {
  const { t } = useTranslation('coordinator');
  const session = useSession();
  const courtId = session.court.courtId;
  const [params, setParams] = useSearchParams();
  const [search, setSearch] = useState(params.get('q') ?? '');
  const value = (key: string) => params.get(key) ?? '';

  /**
   * Changes one filter and goes back to the first page. Built on the address
   * as it is now (not as last rendered), so quick successive changes all count.
   */
  const set = (key: string, next: string) =>
    setParams(
      () => {
        const copy = new URLSearchParams(window.location.search);
        if (next) copy.set(key, next);
        else copy.delete(key);
        if (key !== 'page') copy.delete('page');
        return copy;
      },
      { replace: true },
    );

  const page = Number(value('page') || 1);
  const pageSize = Number(value('pageSize') || 50);
  // The filters as the API reads them: the page shown, and (without its paging) the file downloaded.
  const filters = {
    courtId,
    q: value('q'),
    status: value('status'),
    programId: value('programId'),
    phase: value('phase'),
    caseManagerId: value('mine') ? session.me.id : undefined,
    readyToAdvance: value('readyToAdvance'),
    hasOpenViolation: value('hasOpenViolation'),
    sort: value('sort') || DEFAULT_SORT,
  };
  const query = useApiQuery<Page<CaseloadEntry>>('/participants', { ...filters, page, pageSize });
  const programs = useApiQuery<Program[]>(`/courts/${courtId}/programs`);
  const timeZone = useCourt(courtId).data?.timeZone;
  // Clocks and "days ago" are read against when the list was fetched, so rendering never reads the clock.
  const shownAt = query.dataUpdatedAt || 0;
  const problem = query.error;
  const yesNo = [
    { value: 'true', label: t('common:yes') },
    { value: 'false', label: t('common:no') },
  ];

  const submitSearch = (event: FormEvent) => {
    event.preventDefault();
    set('q', search.trim());
  };

  const mine = value('mine') === '1';
  const columns: Column<CaseloadEntry>[] = [
    {
      key: 'name',
      header: t('caseload.column.name'),
      render: (p) => (
        <>
          <ParticipantLink participant={p} />
          <AttentionBadges reasons={p.glance.attention} />
          {p.glance.noPinYet && <span className="badge badge-warn">{t('caseload.noPin')}</span>}
        </>
      ),
    },
    { key: 'number', header: t('caseload.column.number'), render: (p) => p.participantNumber ?? '—' },
    { key: 'status', header: t('caseload.column.status'), render: (p) => <StatusBadge status={p.status} /> },
    {
      key: 'phase',
      header: t('caseload.column.phase'),
      render: (p) => [p.programCode, p.phase ? t('phase.number', { position: p.phase.position }) : null].filter(Boolean).join(' · ') || '—',
    },
    { key: 'cleanDays', header: t('caseload.column.cleanDays'), className: 'num', render: (p) => formatNumber(p.glance.cleanDays) },
    {
      key: 'lastTest',
      header: t('caseload.column.lastTest'),
      render: (p) =>
        p.glance.lastTest ? (
          <>
            {formatDate(p.glance.lastTest.on)} · <TestOutcome outcome={p.glance.lastTest.outcome} />
          </>
        ) : (
          '—'
        ),
    },
    {
      key: 'violations',
      header: t('caseload.column.violations'),
      render: (p) =>
        p.glance.openViolations > 0 ? (
          <>
            {formatNumber(p.glance.openViolations)} · <Countdown hoursLeft={hoursUntil(p.glance.nextDeadlineAt, shownAt)} />
          </>
        ) : (
          '—'
        ),
    },
    { key: 'missedCallIns', header: t('caseload.column.missedCallIns'), className: 'num', render: (p) => formatNumber(p.glance.missedCallIns7Days) },
    { key: 'nextHearing', header: t('caseload.column.nextHearing'), render: (p) => (p.glance.nextHearingAt ? formatDate(courtDayOf(p.glance.nextHearingAt, timeZone)) : '—') },
    { key: 'lastContact', header: t('caseload.column.lastContact'), render: (p) => <LastContact at={p.glance.lastContact?.at ?? null} timeZone={timeZone} now={shownAt} /> },
    // Not on the reader's own caseload: it would be their own name on every row.
    ...(mine
      ? []
      : [{ key: 'caseManager', header: t('caseload.column.caseManager'), render: (p: CaseloadEntry) => <CaseManagerLabel caseManagerId={p.caseManagerId} caseManagerName={p.caseManagerName} /> }]),
  ];

  const data = query.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <section>
      <h1>{t('caseload.title')}</h1>
      <ExportButtons path="/participants" query={filters} name="caseload" />
      <form className="toolbar" role="search" onSubmit={submitSearch}>
        <TextField label={t('caseload.search')} hint={t('caseload.searchHint')} name="q" type="search" value={search} onChange={setSearch} problem={problem} />
        <button type="submit" className="primary">
          {t('common:search')}
        </button>
      </form>
      <div className="toolbar">
        <SelectField
          label={t('caseload.filter.status')}
          name="status"
          value={value('status')}
          onChange={(v) => set('status', v)}
          placeholder={t('filter.any')}
          options={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          problem={problem}
        />
        <SelectField
          label={t('caseload.filter.program')}
          name="programId"
          value={value('programId')}
          onChange={(v) => set('programId', v)}
          placeholder={t('filter.any')}
          options={(programs.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
          problem={problem}
        />
        <SelectField
          label={t('caseload.filter.phase')}
          name="phase"
          value={value('phase')}
          onChange={(v) => set('phase', v)}
          placeholder={t('filter.any')}
          options={phaseNumbers(programs.data).map((n) => ({ value: String(n), label: t('phase.number', { position: n }) }))}
          problem={problem}
        />
        <SelectField
          label={t('caseload.filter.readyToAdvance')}
          name="readyToAdvance"
          value={value('readyToAdvance')}
          onChange={(v) => set('readyToAdvance', v)}
          placeholder={t('filter.any')}
          options={yesNo}
          problem={problem}
        />
        <SelectField
          label={t('caseload.filter.hasOpenViolation')}
          name="hasOpenViolation"
          value={value('hasOpenViolation')}
          onChange={(v) => set('hasOpenViolation', v)}
          placeholder={t('filter.any')}
          options={yesNo}
          problem={problem}
        />
        <SelectField
          label={t('caseload.sort')}
          name="sort"
          value={value('sort') || DEFAULT_SORT}
          onChange={(v) => set('sort', v === DEFAULT_SORT ? '' : v)}
          options={PARTICIPANT_SORTS.map((s) => ({ value: s, label: t(`caseload.sortBy.${s}`) }))}
          problem={problem}
        />
        <CheckboxField label={t('caseload.filter.mine')} name="caseManagerId" checked={value('mine') === '1'} onChange={(c) => set('mine', c ? '1' : '')} problem={problem} />
      </div>
      <ProblemBanner problem={problem} shownFields={FILTER_FIELDS} />
      <p role="status" aria-live="polite" className="result-count">
        {data ? t('caseload.count', { count: data.total, formatted: formatNumber(data.total) }) : ''}
      </p>
      {query.isPending && !problem && <Loading />}
      {data && (
        <>
          <DataTable
            caption={t('caseload.caption')}
            columns={columns}
            rows={data.items}
            rowKey={(p) => p.id}
            empty={t('caseload.empty')}
          />
          <nav className="pager actions" aria-label={t('caseload.pages')}>
            <button type="button" disabled={page <= 1} onClick={() => set('page', String(page - 1))}>
              {t('common:previous')}
            </button>
            <span>{t('common:pageOf', { page, pages })}</span>
            <button type="button" disabled={page >= pages} onClick={() => set('page', String(page + 1))}>
              {t('common:next')}
            </button>
            <SelectField
              label={t('caseload.pageSize')}
              name="pageSize"
              value={String(pageSize)}
              onChange={(v) => set('pageSize', v === '50' ? '' : v)}
              options={PAGE_SIZES.map((s) => ({ value: s, label: s }))}
              problem={problem}
            />
          </nav>
        </>
      )}
    </section>
  );
}
