import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ExportButtons } from '../../components/export-buttons';
import { useCan } from '../../auth/permissions';
import { useSession } from '../../auth/session';
import { Countdown } from '../../components/countdown';
import { Column, DataTable } from '../../components/data-table';
import { SelectField } from '../../components/fields';
import { Loading, ProblemBanner } from '../../components/problem';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { ViolationActions } from './participant/actions/violation-actions';
import { ParticipantLink, UpdatedAt, useCourt } from './shared';
import { HearingProposal, Violation, VIOLATION_STATUSES } from './types';

const REFRESH_MS = 60_000;
const HOUR_MS = 3_600_000;

/** The hearing the API proposes for an open violation: its own sentence, with a word for the kind of answer. */
export function HearingProposalText({ proposal }: { proposal: HearingProposal | null }) {
  const { t } = useTranslation('coordinator');
  if (!proposal) return <>—</>;
  const tone = proposal.status === 'scheduled' ? 'ok' : proposal.status === 'no_session_before_deadline' ? 'bad' : 'warn';
  return (
    <>
      <span className={`badge badge-${tone}`}>{t(`deadlines.proposal.${proposal.status}`, { defaultValue: proposal.status })}</span>{' '}
      <span>{proposal.message}</span>
    </>
  );
}

/**
 * The deadlines board: the court's violations whose 72-hour clock runs,
 * overdue first and then by time left (the API's order), each with its
 * countdown and the hearing the API proposes.
 */
export function DeadlinesScreen() {
  const { t } = useTranslation('coordinator');
  const session = useSession();
  const court = useCourt();
  const timeZone = court.data?.timeZone;
  const [status, setStatus] = useState<string>('open');
  const violations = useApiQuery<Violation[]>(`/courts/${session.court.courtId}/violations`, { status }, { refreshEvery: REFRESH_MS });
  const rows = violations.data ?? [];
  const overdue = rows.filter((v) => v.status === 'open' && v.overdue).length;

  const columns: Column<Violation>[] = [
    {
      key: 'timeLeft',
      header: t('deadlines.column.timeLeft'),
      render: (v) => <Countdown hoursLeft={v.timeLeftMs / HOUR_MS} overdue={v.overdue} answered={v.status !== 'open'} />,
      sortValue: (v) => v.timeLeftMs,
    },
    { key: 'participant', header: t('deadlines.column.participant'), render: (v) => <ParticipantLink participant={{ id: v.participantId, firstName: v.firstName, lastName: v.lastName }} />, sortValue: (v) => `${v.lastName} ${v.firstName}` },
    { key: 'number', header: t('deadlines.column.number'), render: (v) => v.participantNumber ?? '—' },
    { key: 'kind', header: t('deadlines.column.kind'), render: (v) => t(`violationKind.${v.kind}`, { defaultValue: v.kind }), sortValue: (v) => v.kind },
    { key: 'detectedAt', header: t('deadlines.column.detectedAt'), render: (v) => formatDateTime(v.detectedAt, timeZone), sortValue: (v) => v.detectedAt },
    { key: 'deadlineAt', header: t('deadlines.column.deadlineAt'), render: (v) => formatDateTime(v.deadlineAt, timeZone), sortValue: (v) => v.deadlineAt },
    {
      key: 'hearing',
      header: t('deadlines.column.hearing'),
      render: (v) =>
        v.status === 'open' ? (
          <HearingProposalText proposal={v.hearingProposal} />
        ) : v.status === 'dismissed' ? (
          t('deadlines.dismissed', { reason: v.dismissedReason ?? '—' })
        ) : (
          t('deadlines.answeredAt', { at: formatDateTime(v.answeredAt, timeZone) })
        ),
    },
  ];
  // Dismissing, and scheduling the proposed hearing, where the role may (the participant's page offers the same).
  const can = useCan();
  const canDismiss = can('violation.write');
  const canSchedule = can('hearing.schedule');
  if (canDismiss || canSchedule) {
    columns.push({
      key: 'actions',
      header: t('actions:title'),
      render: (v) => (
        <ViolationActions
          violation={v}
          who={t('name', { first: v.firstName, last: v.lastName })}
          invalidates={['/participants', `/courts/${session.court.courtId}/`]}
          timeZone={timeZone}
          canDismiss={canDismiss}
          canSchedule={canSchedule}
        />
      ),
    });
  }

  return (
    <section>
      <h1>{t('deadlines.title')}</h1>
      <p className="hint intro">{t('deadlines.intro')}</p>
      <ExportButtons path={`/courts/${session.court.courtId}/violations`} query={{ status }} name="deadlines" />
      <div className="toolbar">
        <SelectField
          label={t('deadlines.status')}
          name="status"
          value={status}
          onChange={setStatus}
          options={VIOLATION_STATUSES.map((s) => ({ value: s, label: t(`violationStatus.${s}`) }))}
          problem={violations.error}
        />
        <button type="button" onClick={() => void violations.refetch()}>
          {t('common:refresh')}
        </button>
      </div>
      <UpdatedAt at={violations.dataUpdatedAt} timeZone={timeZone} />
      <ProblemBanner problem={violations.error} shownFields={['status']} />
      {violations.isPending && !violations.error && <Loading />}
      {violations.data && (
        <>
          {status === 'open' && (
            <p>
              {t('deadlines.summary', { count: rows.length, formatted: formatNumber(rows.length) })}{' '}
              {overdue > 0 && <strong className="clock clock-overdue">{t('deadlines.overdueCount', { count: overdue })}</strong>}
            </p>
          )}
          <DataTable
            caption={t('deadlines.caption', { status: t(`violationStatus.${status}`) })}
            columns={columns}
            rows={rows}
            rowKey={(v) => v.id}
            empty={t('deadlines.empty')}
            rowClassName={(v) => (v.status === 'open' && v.overdue ? 'row-overdue' : undefined)}
          />
        </>
      )}
    </section>
  );
}
