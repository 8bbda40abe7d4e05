import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ExportButtons } from '../../components/export-buttons';
import { useSession } from '../../auth/session';
import { Column, DataTable } from '../../components/data-table';
import { CheckboxField, SelectField } from '../../components/fields';
import { Loading, ProblemBanner } from '../../components/problem';
import { formatNumber } from '../../i18n/format';
import { phaseNumbers } from './caseload-screen';
import { type Requirement, useRequirementWords } from '../../components/readiness';
import { ParticipantLink, StatusBadge } from './shared';
import { IN_PROGRAM_STATUSES, Program, ReadinessBoard, ReadinessBoardRow, Readiness } from './types';

/** Ready to advance (or to graduate, in the last phase), or not yet: in words. */
export function ReadyBadge({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation('coordinator');
  if (!readiness.ready) return <span className="badge badge-warn">{t('readiness.notYet')}</span>;
  return <span className="badge badge-ok">{readiness.finalPhase ? t('readiness.readyToGraduate') : t('readiness.readyToAdvance')}</span>;
}

/** A requirement's column: its code, and the milestone's name for a milestone (each milestone is its own column). */
const requirementKey = (r: Requirement) => (r.code === 'milestone' ? `milestone:${r.name ?? r.summary}` : r.code);

/** One cell of the matrix: met, the gap (what is still missing, in words), or not a requirement of this phase. */
function RequirementCell({ requirement }: { requirement: Requirement | undefined }) {
  const { t } = useTranslation('coordinator');
  const { words } = useRequirementWords();
  if (!requirement) return <span className="matrix-none">{t('readiness.matrix.notRequired')}</span>;
  if (requirement.met === true) {
    return (
      <span className="matrix-met">
        <span aria-hidden="true">✓ </span>
        {t('readiness.matrix.met')}
      </span>
    );
  }
  // Short in the cell, so a row stays one line; the whole sentence for a screen reader.
  const short =
    requirement.met === null
      ? t('readiness.matrix.withheld')
      : requirement.remaining !== null && requirement.code !== 'milestone'
        ? t('readiness.matrix.remaining', { remaining: formatNumber(requirement.remaining, 2) })
        : t('readiness.notYet');
  return (
    <span className="matrix-gap">
      <span aria-hidden="true">
        {requirement.met === null ? '? ' : '○ '}
        {short}
      </span>
      <span className="visually-hidden">{words(requirement)}</span>
    </span>
  );
}

/**
 * The phase-readiness board for the staffing meeting, as one matrix: a row
 * per participant (ready first, the API's order), a column per requirement
 * of the phases shown, each cell met or the gap, so a morning's 40 fit on
 * two screens. A requirement not in a participant's phase says so.
 */
/** The requirements of the rows' phases, each once, in the order they first appear. */
function requirementColumns(rows: ReadinessBoardRow[]): Array<[string, Requirement]> {
  const columns = new Map<string, Requirement>();
  for (const row of rows) for (const r of row.readiness.requirements) if (!columns.has(requirementKey(r))) columns.set(requirementKey(r), r);
  return [...columns];
}

export function ReadinessScreen() {
  const { t } = useTranslation('coordinator');
  const session = useSession();
  const courtId = session.court.courtId;
  const [status, setStatus] = useState('active');
  const [programId, setProgramId] = useState('');
  const [phase, setPhase] = useState('');
  const [mine, setMine] = useState(false);
  const programs = useApiQuery<Program[]>(`/courts/${courtId}/programs`);
  const filters = { status, programId, phase, caseManagerId: mine ? session.me.id : undefined };
  const board = useApiQuery<ReadinessBoard>(`/courts/${courtId}/readiness`, filters);
  const rows = board.data?.items ?? [];
  const { name } = useRequirementWords();
  const ready = rows.filter((r) => r.readiness.ready).length;

  const columns: Column<ReadinessBoardRow>[] = [
    { key: 'name', header: t('readiness.column.name'), render: (r) => <ParticipantLink participant={r} />, sortValue: (r) => `${r.lastName} ${r.firstName}` },
    { key: 'ready', header: t('readiness.column.ready'), render: (r) => <ReadyBadge readiness={r.readiness} />, sortValue: (r) => (r.readiness.ready ? 0 : 1) * 100 + r.unmet },
    {
      key: 'phase',
      header: t('readiness.column.phase'),
      render: (r) => (
        <>
          {t('phase.number', { position: r.readiness.phase.position })}
          {r.status !== 'active' && (
            <>
              {' '}
              <StatusBadge status={r.status} />
            </>
          )}
        </>
      ),
      sortValue: (r) => r.readiness.phase.position,
    },
    { key: 'daysInPhase', header: t('readiness.column.daysInPhase'), render: (r) => formatNumber(r.readiness.daysInPhase), sortValue: (r) => r.readiness.daysInPhase, className: 'num' },
    {
      key: 'cleanDays',
      header: t('readiness.column.cleanDays'),
      render: (r) => formatNumber(r.readiness.continuousSoberDays),
      sortValue: (r) => r.readiness.continuousSoberDays,
      className: 'num',
    },
    ...requirementColumns(rows).map(
      ([key, sample]): Column<ReadinessBoardRow> => ({
        key: `requirement-${key}`,
        header: name(sample),
        render: (r) => <RequirementCell requirement={r.readiness.requirements.find((x) => requirementKey(x) === key)} />,
        className: 'matrix-cell',
      }),
    ),
  ];

  return (
    <section>
      <h1>{t('readiness.title')}</h1>
      <p className="hint intro">{t('readiness.intro')}</p>
      <ExportButtons path={`/courts/${courtId}/readiness`} query={filters} name="readiness" />
      <div className="toolbar">
        <SelectField
          label={t('readiness.filter.status')}
          name="status"
          value={status}
          onChange={setStatus}
          options={IN_PROGRAM_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
          problem={board.error}
        />
        <SelectField
          label={t('caseload.filter.program')}
          name="programId"
          value={programId}
          onChange={setProgramId}
          placeholder={t('filter.any')}
          options={(programs.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))}
          problem={board.error}
        />
        <SelectField
          label={t('caseload.filter.phase')}
          name="phase"
          value={phase}
          onChange={setPhase}
          placeholder={t('filter.any')}
          options={phaseNumbers(programs.data).map((n) => ({ value: String(n), label: t('phase.number', { position: n }) }))}
          problem={board.error}
        />
        <CheckboxField label={t('caseload.filter.mine')} name="caseManagerId" checked={mine} onChange={setMine} problem={board.error} />
      </div>
      <ProblemBanner problem={board.error} shownFields={['status', 'programId', 'phase', 'caseManagerId']} />
      {board.isPending && !board.error && <Loading />}
      {board.data && (
        <>
          <p role="status" aria-live="polite">
            {t('readiness.summary', { count: rows.length, ready: formatNumber(ready), total: formatNumber(rows.length) })}
          </p>
          <div className="readiness-board readiness-matrix">
            <DataTable caption={t('readiness.caption')} columns={columns} rows={rows} rowKey={(r) => r.id} empty={t('readiness.empty')} />
          </div>
        </>
      )}
    </section>
  );
}
