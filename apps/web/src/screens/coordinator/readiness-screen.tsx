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
import { useRequirementWords } from '../../components/readiness';
import { MetBadge, ParticipantLink, StatusBadge } from './shared';
import { IN_PROGRAM_STATUSES, Program, ReadinessBoard, ReadinessBoardRow, Readiness } from './types';

/** Ready to advance (or to graduate, in the last phase), or not yet: in words. */
export function ReadyBadge({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation('coordinator');
  if (!readiness.ready) return <span className="badge badge-warn">{t('readiness.notYet')}</span>;
  return <span className="badge badge-ok">{readiness.finalPhase ? t('readiness.readyToGraduate') : t('readiness.readyToAdvance')}</span>;
}

/** Each requirement of the phase as a short badge: its name and met or not. */
function RequirementBadges({ readiness }: { readiness: Readiness }) {
  const { name } = useRequirementWords();
  return (
    <ul className="requirement-badges">
      {readiness.requirements.map((r, i) => (
        <li key={`${r.code}-${i}`}>
          <MetBadge met={r.met} name={name(r)} />
        </li>
      ))}
    </ul>
  );
}

/** What is still missing, in words; nothing when ready. */
function NextRequirements({ readiness }: { readiness: Readiness }) {
  const { t } = useTranslation('coordinator');
  const { words } = useRequirementWords();
  const open = readiness.requirements.filter((r) => r.met !== true);
  if (open.length === 0) return <>{readiness.finalPhase ? t('readiness.allMetGraduate') : t('readiness.allMet')}</>;
  return (
    <ul className="plain-list">
      {open.map((r, i) => (
        <li key={`${r.code}-${i}`}>{words(r)}</li>
      ))}
    </ul>
  );
}

/**
 * The phase-readiness board for the staffing meeting: every participant in
 * the program with phase, days in phase, clean days and each requirement,
 * ready first (the API's order).
 */
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
  const ready = rows.filter((r) => r.readiness.ready).length;

  const columns: Column<ReadinessBoardRow>[] = [
    { key: 'name', header: t('readiness.column.name'), render: (r) => <ParticipantLink participant={r} />, sortValue: (r) => `${r.lastName} ${r.firstName}` },
    { key: 'ready', header: t('readiness.column.ready'), render: (r) => <ReadyBadge readiness={r.readiness} />, sortValue: (r) => (r.readiness.ready ? 0 : 1) * 100 + r.unmet },
    {
      key: 'phase',
      header: t('readiness.column.phase'),
      render: (r) => (
        <>
          {t('phase.label', { position: r.readiness.phase.position, name: r.readiness.phase.name })}
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
    { key: 'requirements', header: t('readiness.column.requirements'), render: (r) => <RequirementBadges readiness={r.readiness} /> },
    { key: 'next', header: t('readiness.column.next'), render: (r) => <NextRequirements readiness={r.readiness} /> },
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
          <div className="readiness-board">
            <DataTable caption={t('readiness.caption')} columns={columns} rows={rows} rowKey={(r) => r.id} empty={t('readiness.empty')} />
          </div>
        </>
      )}
    </section>
  );
}
