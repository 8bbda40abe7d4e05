import { FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { SelectField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { AttendanceBadge, Confirmation, useTreatmentTerms } from './shared';
import { AttendanceCorrection, AttendanceValue, NewAttendance, TreatmentAttendance, TreatmentAttendanceList } from './types';

function RecordAttendanceForm({ participantId, today }: { participantId: string; today: string }) {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  const blank = { sessionOn: today, sessionType: '', attendance: '' };
  const [form, setForm] = useState(blank);
  const [recorded, setRecorded] = useState<string | null>(null);
  const mutation = useApiMutation((body: NewAttendance) => api.post<TreatmentAttendance>(`/participants/${participantId}/treatment-attendance`, body), {
    invalidates: [`/participants/${participantId}/treatment-attendance`],
    onSuccess: (row) => {
      setRecorded(t('attendance.recorded', { date: formatDate(row.sessionOn), attendance: terms.attendance(row.attendance) }));
      setForm({ ...blank, sessionOn: form.sessionOn, sessionType: form.sessionType });
    },
  });
  const set = (field: keyof typeof form) => (value: string) => {
    setRecorded(null);
    setForm((f) => ({ ...f, [field]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate({ sessionOn: form.sessionOn, sessionType: form.sessionType, attendance: form.attendance as AttendanceValue });
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="provider-record-attendance">
      <h3 id="provider-record-attendance">{t('attendance.recordHeading')}</h3>
      {recorded && <Confirmation>{recorded}</Confirmation>}
      <ProblemBanner problem={mutation.error} shownFields={['sessionOn', 'sessionType', 'attendance']} />
      <TextField label={t('attendance.sessionOn')} name="sessionOn" type="date" required value={form.sessionOn} onChange={set('sessionOn')} problem={mutation.error} hint={t('attendance.sessionOnHint')} />
      <TextField label={t('attendance.sessionType')} name="sessionType" required value={form.sessionType} onChange={set('sessionType')} problem={mutation.error} hint={t('attendance.sessionTypeHint')} />
      <SelectField
        label={t('attendance.attendance')}
        name="attendance"
        required
        value={form.attendance}
        onChange={set('attendance')}
        options={terms.options.attendance}
        placeholder={t('attendance.choose')}
        problem={mutation.error}
      />
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {t('attendance.record')}
        </button>
      </div>
    </form>
  );
}

function CorrectAttendanceForm({ entry, onDone }: { entry: TreatmentAttendance; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('provider');
  const terms = useTreatmentTerms();
  const [form, setForm] = useState({ attendance: entry.attendance as string, sessionType: entry.sessionType });
  const heading = useRef<HTMLHeadingElement>(null);
  // The form opens from a button in the table: keyboard and screen-reader users are taken to it.
  useEffect(() => heading.current?.focus(), []);
  const mutation = useApiMutation((body: AttendanceCorrection) => api.patch<TreatmentAttendance>(`/treatment-attendance/${entry.id}`, body), {
    invalidates: [`/participants/${entry.participantId}/treatment-attendance`],
    onSuccess: (row) => onDone(t('attendance.corrected', { date: formatDate(row.sessionOn), attendance: terms.attendance(row.attendance) })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: AttendanceCorrection = { attendance: form.attendance as AttendanceValue };
    if (form.sessionType !== entry.sessionType) body.sessionType = form.sessionType;
    mutation.mutate(body);
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="provider-correct-attendance">
      <h3 id="provider-correct-attendance" ref={heading} tabIndex={-1}>{t('attendance.correctHeading', { date: formatDate(entry.sessionOn) })}</h3>
      <ProblemBanner problem={mutation.error} shownFields={['attendance', 'sessionType']} />
      <SelectField label={t('attendance.attendance')} name="attendance" required value={form.attendance} onChange={(v) => setForm((f) => ({ ...f, attendance: v }))} options={terms.options.attendance} problem={mutation.error} hint={t('attendance.futureHint')} />
      <TextField label={t('attendance.sessionType')} name="sessionType" required value={form.sessionType} onChange={(v) => setForm((f) => ({ ...f, sessionType: v }))} problem={mutation.error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {t('common:save')}
        </button>
        <button type="button" onClick={() => onDone(null)}>
          {t('common:cancel')}
        </button>
      </div>
    </form>
  );
}

/** A client's treatment sessions: the list, a correction of one entry, and a new entry. */
export function AttendanceSection({ participantId, today, canReport }: { participantId: string; today: string | null; canReport: boolean | undefined }) {
  const { t } = useTranslation('provider');
  const { court } = useSession();
  const query = useApiQuery<TreatmentAttendanceList>(`/participants/${participantId}/treatment-attendance`);
  const [correcting, setCorrecting] = useState<TreatmentAttendance | null>(null);
  const [corrected, setCorrected] = useState<string | null>(null);
  // The form shows when the consent lets the provider report, or (list not known) when the read was allowed.
  const showForm = canReport ?? !!query.data;
  return (
    <section aria-labelledby="provider-attendance-heading">
      <h2 id="provider-attendance-heading">{t('attendance.heading')}</h2>
      <QueryView query={query}>
        {(list) => (
          <DataTable<TreatmentAttendance>
            caption={t('attendance.caption')}
            rows={list.items}
            rowKey={(a) => a.id}
            empty={t('attendance.empty')}
            initialSort={{ key: 'sessionOn', direction: 'desc' }}
            columns={[
              { key: 'sessionOn', header: t('attendance.sessionOn'), sortValue: (a) => a.sessionOn, render: (a) => formatDate(a.sessionOn) },
              { key: 'sessionType', header: t('attendance.sessionType'), sortValue: (a) => a.sessionType, render: (a) => a.sessionType },
              {
                key: 'attendance',
                header: t('attendance.attendance'),
                sortValue: (a) => a.attendance,
                render: (a) => (
                  <>
                    <AttendanceBadge value={a.attendance} />
                    {a.groupSessionId && <span className="hint"> {t('attendance.groupSession')}</span>}
                  </>
                ),
              },
              {
                key: 'correct',
                header: t('attendance.actions'),
                render: (a) =>
                  a.organisationId === court.organisationId ? (
                    <button
                      type="button"
                      aria-label={t('attendance.correctLabel', { date: formatDate(a.sessionOn), type: a.sessionType })}
                      onClick={() => {
                        setCorrected(null);
                        setCorrecting(a);
                      }}
                    >
                      {t('attendance.correct')}
                    </button>
                  ) : null,
              },
            ]}
          />
        )}
      </QueryView>
      {corrected && <Confirmation>{corrected}</Confirmation>}
      {correcting && (
        <CorrectAttendanceForm
          key={correcting.id}
          entry={correcting}
          onDone={(message) => {
            setCorrecting(null);
            setCorrected(message);
          }}
        />
      )}
      {showForm && today && <RecordAttendanceForm participantId={participantId} today={today} />}
    </section>
  );
}
