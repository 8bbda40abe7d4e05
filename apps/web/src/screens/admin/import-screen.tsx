import { FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { ApiProblem } from '../../api/problem';
import type { components } from '../../api/schema';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { SelectField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { formatNumber } from '../../i18n/format';
import { Confirmation } from './shared';

type ImportReport = components['schemas']['ImportReportDto'];
type ImportKind = ImportReport['kind'];

const KINDS: readonly ImportKind[] = ['participants', 'drug-tests', 'violations', 'responses', 'hearings', 'criminal-history'];

/**
 * Each kind's template: the header row (the README documents every column)
 * and one example line, downloadable so a court fills in the right columns.
 */
const TEMPLATES: Record<ImportKind, [header: string, example: string]> = {
  participants: [
    'participant_number,first_name,last_name,date_of_birth,program,phase,enrolled_on,phase_started_on,case_manager,status,discharged_on',
    'D-0101,Ana,Ruiz,1990-04-02,ATC,1,2026-06-01,2026-06-01,casemanager,active,',
  ],
  'drug-tests': ['participant_number,source_id,collected_on,collected_time,specimen,result,substances,confirmed,lab', 'D-0101,T-1001,2026-06-03,08:30,urine,positive,thc;cocaine,yes,Riverside Lab'],
  violations: ['participant_number,source_id,detected_on,detected_time,kind,description,status,closed_on', 'D-0101,V-1001,2026-06-03,08:30,positive_test,,answered,2026-06-05'],
  responses: ['participant_number,source_id,ordered_on,response,kind,amount,violation_source_id,note', 'D-0101,R-1001,2026-06-05,COMMUNITY_SERVICE,sanction,8,V-1001,'],
  hearings: ['participant_number,source_id,held_on,held_time,kind,attendance,outcome', 'D-0101,H-1001,2026-06-05,09:00,violation,appeared,Eight hours of community service'],
  'criminal-history': ['participant_number,source_id,occurred_on,kind,description,offense_level', 'D-0101,CH-1001,2025-03-14,arrest,Possession of a controlled substance,misdemeanor'],
};
const templateHref = (kind: ImportKind) => `data:text/csv;charset=utf-8,${encodeURIComponent(`${TEMPLATES[kind].join('\r\n')}\r\n`)}`;

/** The report of a refused import travels in its problem: the same report as the dry run's. */
function reportIn(problem: ApiProblem | null): ImportReport | null {
  return problem?.code === 'import-has-problems' ? ((problem.body.report as ImportReport | undefined) ?? null) : null;
}

/**
 * Bringing a court's caseload and its history in from its old spreadsheet:
 * choose the kind and the CSV file, check it (a dry run: every problem by
 * line and column, nothing written), then import it. The same file again
 * imports nothing twice. After participants, the report says how many still
 * need a PIN before they are drawn.
 */
export function ImportScreen() {
  const { t } = useTranslation('admin');
  const session = useSession();
  const fileId = useId();
  const [kind, setKind] = useState<ImportKind>('participants');
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [fileProblem, setFileProblem] = useState<string | null>(null);
  const path = `/courts/${session.court.courtId}/imports/${kind}`;
  // The history files' wording speaks of records rather than participants.
  const history = kind !== 'participants';
  const send = useApiMutation((dryRun: boolean) => api.postFile<ImportReport>(`${path}?dryRun=${dryRun}`, file!.text, 'text/csv'), {
    invalidates: ['/participants', `/courts/${session.court.courtId}/`, '/audit-events'],
    onSuccess: (result) => setReport(result),
  });
  const shown = send.isError ? (reportIn(send.error) ?? report) : report;
  const imported = shown && !shown.dryRun && send.isSuccess ? shown : null;

  const choose = async (chosen: File | undefined) => {
    send.reset();
    setReport(null);
    setFileProblem(null);
    if (!chosen) return setFile(null);
    try {
      setFile({ name: chosen.name, text: await chosen.text() });
    } catch {
      setFile(null);
      setFileProblem(t('import.unreadable'));
    }
  };
  const check = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileProblem(t('import.chooseFile'));
    send.mutate(true);
  };

  return (
    <section className="admin-screen">
      <h1>{t('import.title')}</h1>
      <p>{t('import.intro')}</p>
      <form onSubmit={check} noValidate aria-label={t('import.title')}>
        <SelectField
          label={t('import.kind')}
          name="kind"
          value={kind}
          onChange={(value) => {
            setKind(value as ImportKind);
            setReport(null);
            send.reset();
          }}
          options={KINDS.map((value) => ({ value, label: t(`import.kinds.${value}`) }))}
        />
        {history && <p className="hint">{t('import.historyHint')}</p>}
        <p className="hint">
          {t(history ? 'import.historyColumns' : 'import.columns', { columns: TEMPLATES[kind][0].replace(/,/g, ', ') })}{' '}
          <a href={templateHref(kind)} download={`${kind}-template.csv`}>
            {t('import.template', { kind: t(`import.kinds.${kind}`) })}
          </a>
        </p>
        <div className={`field${fileProblem ? ' field-invalid' : ''}`}>
          <label htmlFor={fileId}>{t('import.file')}</label>
          <p className="hint" id={`${fileId}-hint`}>
            {t('import.fileHint')}
          </p>
          <input
            id={fileId}
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${fileId}-hint${fileProblem ? ` ${fileId}-error` : ''}`}
            aria-invalid={fileProblem ? true : undefined}
            onChange={(e) => void choose(e.target.files?.[0])}
          />
          {fileProblem && (
            <p className="field-error" id={`${fileId}-error`}>
              <span aria-hidden="true">⚠ </span>
              {fileProblem}
            </p>
          )}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={send.isPending}>
            {t('import.check')}
          </button>
          {shown?.dryRun && shown.problems.length === 0 && shown.created > 0 && (
            <button type="button" disabled={send.isPending} onClick={() => send.mutate(false)}>
              {history ? t('import.importRecords', { count: shown.created }) : t('import.import', { count: shown.created })}
            </button>
          )}
        </div>
      </form>
      {send.isError && !reportIn(send.error) && <ProblemBanner problem={send.error} />}
      {imported && <Confirmation>{t(history ? 'import.importedRecords' : 'import.imported', { count: imported.created, present: imported.alreadyPresent })}</Confirmation>}
      {shown && (
        <section aria-labelledby="import-report-heading">
          <h2 id="import-report-heading">{shown.dryRun ? t('import.reportDryRun', { file: file?.name ?? '' }) : t('import.reportImport', { file: file?.name ?? '' })}</h2>
          <p role="status">
            {t(history ? 'import.summaryRecords' : 'import.summary', {
              lines: formatNumber(shown.lines),
              created: formatNumber(shown.created),
              present: formatNumber(shown.alreadyPresent),
              problems: formatNumber(shown.problems.length),
            })}
          </p>
          {!history && !!shown.needingPin && (
            <p className="hint" data-testid="needing-pin">
              {t('import.needingPin', { count: shown.needingPin, number: formatNumber(shown.needingPin) })}
            </p>
          )}
          {shown.problems.length > 0 ? (
            <>
              <p className="problem" role="alert">
                {t('import.fix')}
              </p>
              <DataTable
                caption={t('import.problemsCaption')}
                rows={shown.problems.map((p, i) => ({ ...p, key: `${p.line}-${p.column ?? ''}-${i}` }))}
                rowKey={(p) => p.key}
                initialSort={{ key: 'line', direction: 'asc' }}
                columns={[
                  { key: 'line', header: t('import.line'), sortValue: (p) => p.line, render: (p) => formatNumber(p.line) },
                  { key: 'column', header: t('import.column'), sortValue: (p) => p.column ?? '', render: (p) => (p.column ? <code>{p.column}</code> : '—') },
                  { key: 'message', header: t('import.problem'), render: (p) => p.message },
                ]}
              />
            </>
          ) : (
            shown.dryRun && <p>{shown.created > 0 ? t(history ? 'import.readyRecords' : 'import.ready', { count: shown.created }) : t(history ? 'import.nothingNewRecords' : 'import.nothingNew')}</p>
          )}
        </section>
      )}
    </section>
  );
}
