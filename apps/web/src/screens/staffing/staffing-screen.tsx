import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api } from '../../api/client';
import type { components } from '../../api/schema';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useCan } from '../../auth/permissions';
import { useSession } from '../../auth/session';
import { SelectField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { addDays, courtDate, formatDate } from '../../i18n/format';
import { RecommendationSummary, SessionStaffing, useSessionStaffing } from '../bench/staffing-recommendation';

type Schemas = components['schemas'];
type StaffingEntry = Schemas['StaffingEntryDto'];
type CatalogueEntry = Schemas['CatalogueEntryDto'];
type Court = Schemas['CourtDto'];
type CourtSession = Schemas['CourtSessionDto'];

/** /staffing: the court's coming sessions, each opening its staffing. */
export function StaffingSessions() {
  const { t } = useTranslation('staffing');
  const session = useSession();
  const court = useApiQuery<Court>(`/courts/${session.court.courtId}`);
  const today = court.data ? courtDate(court.data.timeZone) : null;
  const sessions = useApiQuery<CourtSession[]>(court.data && today ? `/courts/${court.data.id}/court-sessions` : null, today ? { from: today, to: addDays(today, 28) } : undefined);
  return (
    <section>
      <h1>{t('sessionsTitle')}</h1>
      <QueryView query={sessions}>
        {(all) => (
          <ul className="session-list">
            {all
              .filter((s) => s.status !== 'cancelled')
              .map((s) => (
                <li key={s.id}>
                  <Link to={`/staffing/${s.id}`}>
                    {formatDate(s.date)} {s.startTime} · {s.courtroom ?? '—'}
                  </Link>
                </li>
              ))}
          </ul>
        )}
      </QueryView>
    </section>
  );
}

/**
 * /staffing/{sessionId}: before the session, the team records for each
 * participant on its docket what it recommends, and each member agrees or
 * dissents. It orders nothing: the judge sees it on the bench and decides.
 */
export function StaffingScreen() {
  const { t } = useTranslation('staffing');
  const { sessionId } = useParams();
  const staffing = useSessionStaffing(sessionId);
  return (
    <section>
      <QueryView query={staffing}>
        {(s: SessionStaffing) => (
          <>
            <h1>{t('title', { date: formatDate(s.date) })}</h1>
            <p className="hint">{t('intro')}</p>
            {s.entries.length === 0 && <p>{t('empty')}</p>}
            {s.entries.map((entry) => (
              <StaffingCard key={entry.participantId} sessionId={s.sessionId} entry={entry} />
            ))}
          </>
        )}
      </QueryView>
    </section>
  );
}

interface Row {
  catalogueEntryId: string;
  amount: string;
  reason: string;
}

function StaffingCard({ sessionId, entry }: { sessionId: string; entry: StaffingEntry }) {
  const { t } = useTranslation('staffing');
  const can = useCan();
  const headingId = `staffing-${entry.participantId}`;
  return (
    <article className="staffing-card" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {entry.name} · {entry.participantNumber ?? '—'}
      </h2>
      {entry.recommendation ? <RecommendationSummary recommendation={entry.recommendation} /> : <p>{t('none')}</p>}
      {can('staffing.record') && (
        <>
          <details>
            <summary>{entry.recommendation ? t('change') : t('record')}</summary>
            <RecommendationForm sessionId={sessionId} entry={entry} />
          </details>
          {entry.recommendation && <PositionForm sessionId={sessionId} entry={entry} />}
        </>
      )}
    </article>
  );
}

/** The recommendation: responses from the program's catalogue, a phase change, a treatment adjustment, the reasons. A refusal keeps what was typed. */
function RecommendationForm({ sessionId, entry }: { sessionId: string; entry: StaffingEntry }) {
  const { t } = useTranslation('staffing');
  const current = entry.recommendation;
  const catalogue = useApiQuery<CatalogueEntry[]>(entry.programId ? `/programs/${entry.programId}/response-catalogue` : null);
  const [rows, setRows] = useState<Row[]>(
    current?.responses.map((r) => ({ catalogueEntryId: r.catalogueEntryId, amount: r.amount === null ? '' : String(r.amount), reason: r.reason ?? '' })) ?? [],
  );
  const [phase, setPhase] = useState<string>(current?.phaseChange?.direction ?? '');
  const [phaseReason, setPhaseReason] = useState(current?.phaseChange?.reason ?? '');
  const [remedialPlan, setRemedialPlan] = useState(current?.phaseChange?.remedialPlan ?? '');
  const [treatment, setTreatment] = useState(current?.treatmentAdjustment ?? '');
  const [reasons, setReasons] = useState(current?.reasons ?? '');
  const save = useApiMutation((body: unknown) => api.put(`/court-sessions/${sessionId}/staffing/${entry.participantId}`, body), {
    invalidates: [`/court-sessions/${sessionId}/staffing`],
  });
  const entries = (catalogue.data ?? []).filter((e) => e.active);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const updateRow = (i: number, change: Partial<Row>) => setRows((all) => all.map((r, j) => (j === i ? { ...r, ...change } : r)));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: Record<string, unknown> = { reasons };
    if (rows.length) {
      body.responses = rows.map((r) => ({
        catalogueEntryId: r.catalogueEntryId,
        ...(r.amount ? { amount: Number(r.amount) } : {}),
        ...(r.reason.trim() ? { reason: r.reason } : {}),
      }));
    }
    if (phase) body.phaseChange = { direction: phase, reason: phaseReason, ...(phase === 'demote' ? { remedialPlan } : {}) };
    if (treatment.trim()) body.treatmentAdjustment = treatment;
    save.mutate(body);
  };
  const problem = save.error;
  const shown = ['reasons', 'treatmentAdjustment', 'phaseChange.direction', 'phaseChange.reason', 'phaseChange.remedialPlan', ...rows.flatMap((_, i) => [`responses.${i}.catalogueEntryId`, `responses.${i}.amount`, `responses.${i}.reason`])];
  return (
    <form onSubmit={submit} aria-label={t('formLabel', { name: entry.name })}>
      <ProblemBanner problem={problem} shownFields={shown} />
      {save.isSuccess && (
        <p role="status" className="notice">
          {t('saved')}
        </p>
      )}
      <fieldset>
        <legend>{t('responses')}</legend>
        {rows.map((row, i) => {
          const chosen = byId.get(row.catalogueEntryId);
          return (
            <div key={i} className="response-row">
              <SelectField
                label={t('response', { n: i + 1 })}
                name={`responses.${i}.catalogueEntryId`}
               
                value={row.catalogueEntryId}
                onChange={(v) => updateRow(i, { catalogueEntryId: v })}
                placeholder={t('choose')}
                options={entries.map((e) => ({ value: e.id, label: `${t(`common:responseKind.${e.kind}`)} · ${e.name}${e.restrictsLiberty ? ` (${t('judgeOnly')})` : ''}` }))}
                problem={problem}
                required
              />
              {chosen && chosen.effect !== 'none' && (
                <TextField label={t(`amountLabel.${chosen.effect}`)} name={`responses.${i}.amount`} type="number" value={row.amount} onChange={(v) => updateRow(i, { amount: v })} problem={problem} />
              )}
              <TextField label={t('responseReason')} name={`responses.${i}.reason`} value={row.reason} onChange={(v) => updateRow(i, { reason: v })} problem={problem} />
              <button type="button" className="link" onClick={() => setRows((all) => all.filter((_, j) => j !== i))}>
                {t('removeResponse', { n: i + 1 })}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => setRows((all) => [...all, { catalogueEntryId: '', amount: '', reason: '' }])}>
          {t('addResponse')}
        </button>
      </fieldset>
      <SelectField
        label={t('phaseChange')}
        name="phaseChange.direction"
       
        value={phase}
        onChange={setPhase}
        options={[
          { value: '', label: t('phase.none') },
          { value: 'promote', label: t('phase.promote') },
          { value: 'demote', label: t('phase.demote') },
        ]}
        problem={problem}
      />
      {phase && <TextAreaField label={t('phaseReason')} name="phaseChange.reason" value={phaseReason} onChange={setPhaseReason} problem={problem} required />}
      {phase === 'demote' && (
        <TextAreaField label={t('remedialPlan')} name="phaseChange.remedialPlan" value={remedialPlan} onChange={setRemedialPlan} problem={problem} required />
      )}
      <TextAreaField label={t('treatmentAdjustment')} name="treatmentAdjustment" value={treatment} onChange={setTreatment} problem={problem} />
      <TextAreaField label={t('reasons')} name="reasons" value={reasons} onChange={setReasons} problem={problem} required />
      <div className="actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          {t('save')}
        </button>
      </div>
    </form>
  );
}

/** The reader's own agreement or dissent, with a reason. */
function PositionForm({ sessionId, entry }: { sessionId: string; entry: StaffingEntry }) {
  const { t } = useTranslation('staffing');
  const session = useSession();
  const mine = entry.recommendation?.positions.find((p) => p.userId === session.me.id);
  const [position, setPosition] = useState<string>(mine?.position ?? 'agree');
  const [reason, setReason] = useState(mine?.reason ?? '');
  const record = useApiMutation((body: unknown) => api.put(`/court-sessions/${sessionId}/staffing/${entry.participantId}/position`, body), {
    invalidates: [`/court-sessions/${sessionId}/staffing`],
  });
  const prefix = `pos-${entry.participantId}`;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    record.mutate({ position, ...(reason.trim() ? { reason } : {}) });
  };
  return (
    <form onSubmit={submit} aria-label={t('positionLabel', { name: entry.name })} className="staffing-position">
      <ProblemBanner problem={record.error} shownFields={['position', 'reason']} />
      <fieldset>
        <legend>{t('yourPosition')}</legend>
        <div className="radio-row">
          {(['agree', 'dissent'] as const).map((p) => (
            <label key={p}>
              <input type="radio" name={`${prefix}-position`} value={p} checked={position === p} onChange={() => setPosition(p)} /> {t(`position.${p}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField label={t('positionReason')} name="reason" value={reason} onChange={setReason} problem={record.error} />
      <button type="submit" disabled={record.isPending}>
        {t('recordPosition')}
      </button>
    </form>
  );
}
