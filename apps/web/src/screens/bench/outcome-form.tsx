import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner } from '../../components/problem';
import { formatDate, formatDateTime } from '../../i18n/format';
import { recordHearingOutcomeDtoAttendanceValues } from '../../api/schema';
import { CatalogueEntry, DocketEntry, HearingProposal, OutcomeNextHearing } from './docket-types';

interface ResponseRow {
  catalogueEntryId: string;
  violationIds: string[];
  amount: string;
  testsPerWeek: string;
}

const ATTENDANCE = recordHearingOutcomeDtoAttendanceValues;
/** The kinds of the next hearing, the usual first. */
const HEARING_KINDS = ['status', 'violation', 'phase_review', 'warning', 'graduation', 'termination'] as const satisfies readonly OutcomeNextHearing['kind'][];
const KEEP = 'keep';

/** Fields this form shows, so the banner lists only the API's other complaints. */
function shownFields(rows: ResponseRow[]): string[] {
  const perRow = rows.flatMap((_, i) => [`responses.${i}.catalogueEntryId`, `responses.${i}.violationIds`, `responses.${i}.amount`, `responses.${i}.testsPerWeek`]);
  return ['attendance', 'warrant', 'notes', 'phaseChange.direction', 'phaseChange.reason', 'phaseChange.remedialPlan', 'nextHearing.sessionId', 'nextHearing.kind', ...perRow];
}

/**
 * The judge's quick record of a hearing: attendance, responses from the
 * program's catalogue (each answering the open violations it names, which
 * stops their clocks), a promotion or demotion, and the next court date
 * (proposed from the phase's hearing rhythm). One POST; any refusal keeps
 * every value and names the field.
 */
export function OutcomeForm({
  entry,
  programId,
  timeZone,
  onRecorded,
}: {
  entry: DocketEntry;
  programId: string | null;
  /** The court's time zone, for the hearing already scheduled. */
  timeZone: string;
  /** Called with what was recorded, in the reader's language. */
  onRecorded: (summary: string) => void;
}) {
  const { t } = useTranslation('bench');
  const openViolations = entry.violations.filter((v) => v.status === 'open');
  const catalogue = useApiQuery<CatalogueEntry[]>(programId ? `/programs/${programId}/response-catalogue` : null);
  const proposal = useApiQuery<HearingProposal>(`/participants/${entry.participant.id}/hearing-proposal`);
  // No default: a quick "record and go on" must never record an absent person as present.
  const [attendance, setAttendance] = useState<string>('');
  const [attendanceMissing, setAttendanceMissing] = useState(false);
  const [warrant, setWarrant] = useState(false);
  const [rows, setRows] = useState<ResponseRow[]>([]);
  const [phase, setPhase] = useState<'' | 'promote' | 'demote'>('');
  const [phaseReason, setPhaseReason] = useState('');
  const [remedialPlan, setRemedialPlan] = useState('');
  const [nextSession, setNextSession] = useState<string | null>(null);
  const [nextKind, setNextKind] = useState<string>('status');
  const [notes, setNotes] = useState('');

  const entries = (catalogue.data ?? []).filter((e) => e.active);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const p = proposal.data;
  // Until the judge chooses, keep a hearing already scheduled, or take the proposed session.
  const sessionChoice = nextSession ?? (p?.alreadyScheduled ? KEEP : (p?.session?.id ?? KEEP));
  const sessionOptions = [
    {
      value: KEEP,
      label: p?.alreadyScheduled
        ? t('outcome.keepScheduledOn', {
            when: formatDateTime(p.alreadyScheduled.scheduledAt, timeZone),
            courtroom: p.alreadyScheduled.courtroom ?? '',
          }).trim()
        : t('outcome.noNextHearing'),
    },
    ...[p?.session, ...(p?.alternatives ?? [])]
      .filter((s): s is NonNullable<typeof s> => Boolean(s))
      .map((s) => ({ value: s.id, label: `${formatDate(s.date)} ${s.startTime}${s.courtroom ? ` · ${s.courtroom}` : ''}${s.id === p?.session?.id ? ` (${t('outcome.proposed')})` : ''}` })),
  ];

  const record = useApiMutation((body: unknown) => api.post(`/hearings/${entry.hearing.id}/outcome`, body), {
    invalidates: ['/court-sessions/', `/participants/${entry.participant.id}`, '/courts/'],
    onSuccess: () => onRecorded(summary()),
  });

  /** What this form records, as the judge chose it: attendance, responses, phase, next date. */
  const summary = () =>
    [
      t('outcome.recordedAttendance', { attendance: t(`common:attendance.${attendance}`), version: 1 }),
      rows.length
        ? t('outcome.recordedResponses', { list: rows.map((r) => byId.get(r.catalogueEntryId)?.name ?? '').join('; ') })
        : t('outcome.recordedNoResponses'),
      t(`outcome.recordedPhase.${phase || 'none'}`),
      t('outcome.recordedNextSession', { session: sessionOptions.find((o) => o.value === sessionChoice)?.label ?? '' }),
    ].join(' · ');

  const updateRow = (index: number, change: Partial<ResponseRow>) => setRows((all) => all.map((r, i) => (i === index ? { ...r, ...change } : r)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!attendance) {
      setAttendanceMissing(true);
      document.getElementById(`attendance-${entry.hearing.id}-appeared`)?.focus();
      return;
    }
    const body: Record<string, unknown> = { attendance };
    if (attendance === 'failed_to_appear' && warrant) body.warrant = true;
    if (rows.length) {
      body.responses = rows.map((r) => {
        const chosen = byId.get(r.catalogueEntryId);
        return {
          catalogueEntryId: r.catalogueEntryId,
          ...(chosen?.kind === 'sanction' || r.violationIds.length ? { violationIds: r.violationIds } : {}),
          ...(r.amount ? { amount: Number(r.amount) } : {}),
          ...(r.testsPerWeek ? { testsPerWeek: Number(r.testsPerWeek) } : {}),
        };
      });
    }
    if (phase) body.phaseChange = { direction: phase, reason: phaseReason, ...(phase === 'demote' ? { remedialPlan } : {}) };
    if (sessionChoice !== KEEP) body.nextHearing = { sessionId: sessionChoice, kind: nextKind };
    if (notes.trim()) body.notes = notes;
    record.mutate(body);
  };

  const problem = record.error;
  const attendanceError = attendanceMissing ? t('outcome.attendanceRequired') : (problem?.messageFor('attendance') ?? null);
  return (
    <form className="outcome-form" onSubmit={submit} aria-labelledby={`outcome-${entry.hearing.id}`}>
      <h3 id={`outcome-${entry.hearing.id}`}>{t('outcome.title')}</h3>
      <ProblemBanner problem={problem} shownFields={shownFields(rows)} />
      <fieldset aria-describedby={attendanceError ? `attendance-error-${entry.hearing.id}` : undefined}>
        <legend>
          {t('outcome.attendance')} <span className="required-mark">{t('outcome.required')}</span>
        </legend>
        <div className="radio-row">
          {ATTENDANCE.map((a) => (
            <label key={a}>
              <input
                type="radio"
                id={`attendance-${entry.hearing.id}-${a}`}
                name="attendance"
                value={a}
                checked={attendance === a}
                aria-invalid={attendanceError ? true : undefined}
                onChange={() => {
                  setAttendance(a);
                  setAttendanceMissing(false);
                }}
              />{' '}
              {t(`common:attendance.${a}`)}
            </label>
          ))}
        </div>
        {attendanceError && (
          <p className="field-error" id={`attendance-error-${entry.hearing.id}`} role="alert">
            {attendanceError}
          </p>
        )}
        {attendance === 'failed_to_appear' && <CheckboxField label={t('outcome.warrant')} name="warrant" checked={warrant} onChange={setWarrant} problem={problem} />}
      </fieldset>

      <fieldset>
        <legend>{t('outcome.responses')}</legend>
        {catalogue.error && <ProblemBanner problem={catalogue.error} />}
        {rows.map((row, i) => {
          const chosen = byId.get(row.catalogueEntryId);
          return (
            <div key={i} className="response-row">
              <SelectField
                label={t('outcome.response', { n: i + 1 })}
                name={`responses.${i}.catalogueEntryId`}
                value={row.catalogueEntryId}
                onChange={(v) => updateRow(i, { catalogueEntryId: v, violationIds: byId.get(v)?.kind === 'sanction' ? openViolations.map((o) => o.id) : [] })}
                placeholder={t('outcome.choose')}
                options={entries.map((e) => ({ value: e.id, label: `${t(`common:responseKind.${e.kind}`)} · ${t('outcome.level', { level: e.level })} · ${e.name}` }))}
                problem={problem}
                required
              />
              {openViolations.length > 0 && chosen && chosen.kind !== 'incentive' && (
                <fieldset className="answers">
                  <legend>{t('outcome.answers')}</legend>
                  {openViolations.map((v) => (
                    <CheckboxField
                      key={v.id}
                      label={`${t(`common:violationKind.${v.kind}`, { defaultValue: v.kind })} · ${formatDate(v.detectedAt.slice(0, 10))}`}
                      name={`responses.${i}.violationIds`}
                      checked={row.violationIds.includes(v.id)}
                      onChange={(on) => updateRow(i, { violationIds: on ? [...row.violationIds, v.id] : row.violationIds.filter((id) => id !== v.id) })}
                      problem={problem}
                    />
                  ))}
                </fieldset>
              )}
              {chosen && chosen.effect !== 'none' && (
                <TextField
                  label={t(`outcome.amount.${chosen.effect}`)}
                  name={`responses.${i}.amount`}
                  type="number"
                  value={row.amount}
                  onChange={(v) => updateRow(i, { amount: v })}
                  problem={problem}
                />
              )}
              {chosen?.effect === 'increased_testing' && (
                <TextField label={t('outcome.testsPerWeek')} name={`responses.${i}.testsPerWeek`} type="number" value={row.testsPerWeek} onChange={(v) => updateRow(i, { testsPerWeek: v })} problem={problem} />
              )}
              <button type="button" className="link" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                {t('outcome.removeResponse', { n: i + 1 })}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => setRows((all) => [...all, { catalogueEntryId: '', violationIds: [], amount: '', testsPerWeek: '' }])}>
          {t('outcome.addResponse')}
        </button>
      </fieldset>

      <fieldset>
        <legend>{t('outcome.phase')}</legend>
        <SelectField
          label={t('outcome.phaseChange')}
          name="phaseChange.direction"
          value={phase}
          onChange={(v) => setPhase(v as '' | 'promote' | 'demote')}
          options={[
            { value: '', label: t('outcome.phaseNone') },
            { value: 'promote', label: t('outcome.promote') },
            { value: 'demote', label: t('outcome.demote') },
          ]}
          problem={problem}
        />
        {phase && <TextAreaField label={t('outcome.phaseReason')} name="phaseChange.reason" value={phaseReason} onChange={setPhaseReason} problem={problem} required />}
        {phase === 'demote' && <TextAreaField label={t('outcome.remedialPlan')} name="phaseChange.remedialPlan" value={remedialPlan} onChange={setRemedialPlan} problem={problem} required />}
      </fieldset>

      <fieldset>
        <legend>{t('outcome.next')}</legend>
        <SelectField label={t('outcome.nextSession')} name="nextHearing.sessionId" value={sessionChoice} onChange={setNextSession} options={sessionOptions} problem={problem} />
        {sessionChoice !== KEEP && (
          <SelectField
            label={t('outcome.nextKind')}
            name="nextHearing.kind"
            value={nextKind}
            onChange={setNextKind}
            options={HEARING_KINDS.map((k) => ({ value: k, label: t(`common:hearingKind.${k}`) }))}
            problem={problem}
          />
        )}
      </fieldset>

      <TextAreaField label={t('outcome.notes')} name="notes" value={notes} onChange={setNotes} hint={t('outcome.notesHint')} problem={problem} />
      <div className="actions">
        <button type="submit" className="primary" disabled={record.isPending}>
          {record.isPending ? t('outcome.recording') : t('outcome.record')}
        </button>
      </div>
    </form>
  );
}
