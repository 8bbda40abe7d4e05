import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useCan } from '../../auth/permissions';
import { useSession } from '../../auth/session';
import { DataTable } from '../../components/data-table';
import { CheckboxField, SelectField, TextAreaField, TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { addDays, courtDate, formatDate } from '../../i18n/format';
import { useFormFields } from '../admin/form-state';
import { ConfirmPanel, Confirmation, FormActions } from '../admin/shared';
import { useCourt } from '../coordinator/shared';
import { CourtSession, DOCKET_ORDERS, Program } from './types';

/**
 * The court calendar: the sessions of the coming weeks, a new session, a
 * session's docket order, and cancelling a session (with its hearings, when
 * asked). Writing is for the roles that keep the calendar.
 */
export function CalendarScreen() {
  const { t } = useTranslation('intake');
  const session = useSession();
  const can = useCan();
  const court = useCourt();
  const path = `/courts/${session.court.courtId}/court-sessions`;
  const today = court.data ? courtDate(court.data.timeZone) : null;
  const [from, setFrom] = useState('');
  const start = from || today;
  const sessions = useApiQuery<CourtSession[]>(start ? path : null, { from: start ?? undefined, to: start ? addDays(start, 55) : undefined });
  const [notice, setNotice] = useState<string | null>(null);
  const [cancelling, setCancelling] = useState<CourtSession | null>(null);
  const [ordering, setOrdering] = useState<CourtSession | null>(null);
  const manage = can('court_session.manage');
  return (
    <section className="intake calendar">
      <h1>{t('calendar.title')}</h1>
      <p>{t('calendar.intro')}</p>
      <Confirmation>{notice}</Confirmation>
      <div className="toolbar">
        <TextField label={t('calendar.from')} name="from" type="date" value={start ?? ''} onChange={setFrom} problem={sessions.error} />
      </div>
      {cancelling && <CancelSession session={cancelling} onDone={(message) => { setCancelling(null); setNotice(message); }} invalidates={[path]} />}
      {ordering && <DocketOrderForm session={ordering} onDone={(message) => { setOrdering(null); setNotice(message); }} invalidates={[path]} />}
      <QueryView query={sessions}>
        {(rows) => (
          <DataTable
            caption={t('calendar.caption', { court: session.court.code, from: formatDate(start) })}
            rows={rows}
            rowKey={(s) => s.id}
            empty={t('calendar.empty')}
            initialSort={{ key: 'when', direction: 'asc' }}
            rowClassName={(s) => (s.status === 'cancelled' ? 'row-muted' : undefined)}
            columns={[
              { key: 'when', header: t('calendar.when'), sortValue: (s) => s.startsAt, render: (s) => `${formatDate(s.date)} ${s.startTime}` },
              { key: 'room', header: t('calendar.courtroom'), sortValue: (s) => s.courtroom, render: (s) => s.courtroom },
              { key: 'programs', header: t('calendar.programs'), render: (s) => (s.allPrograms ? t('calendar.allPrograms') : s.programs.map((p) => p.code).join(', ')) },
              { key: 'hearings', header: t('calendar.hearings'), sortValue: (s) => s.hearingCount, render: (s) => (s.capacity === null ? String(s.hearingCount) : t('calendar.ofCapacity', { count: s.hearingCount, capacity: s.capacity })) },
              { key: 'order', header: t('calendar.docketOrder'), render: (s) => t(`docketOrder.${s.docketOrder}`) },
              {
                key: 'status',
                header: t('calendar.status'),
                render: (s) => (s.status === 'cancelled' ? t('calendar.cancelled', { reason: s.cancellationReason ?? '' }) : s.special ? t('calendar.special') : t('calendar.scheduled')),
              },
              ...(manage
                ? [
                    {
                      key: 'actions',
                      header: t('calendar.actions'),
                      render: (s: CourtSession) =>
                        s.status === 'scheduled' && new Date(s.startsAt) > new Date() ? (
                          <span className="row-actions">
                            <button type="button" className="link" onClick={() => { setNotice(null); setOrdering(s); }} aria-label={t('calendar.setOrderFor', { when: `${formatDate(s.date)} ${s.startTime}` })}>
                              {t('calendar.setOrder')}
                            </button>{' '}
                            <button type="button" className="link" onClick={() => { setNotice(null); setCancelling(s); }} aria-label={t('calendar.cancelFor', { when: `${formatDate(s.date)} ${s.startTime}` })}>
                              {t('calendar.cancel')}
                            </button>
                          </span>
                        ) : null,
                    },
                  ]
                : []),
            ]}
          />
        )}
      </QueryView>
      {manage && <NewSession path={path} today={today} onCreated={setNotice} />}
    </section>
  );
}

function NewSession({ path, today, onCreated }: { path: string; today: string | null; onCreated: (message: string | null) => void }) {
  const { t } = useTranslation('intake');
  const session = useSession();
  const programs = useApiQuery<Program[]>(`/courts/${session.court.courtId}/programs`);
  const empty = { date: '', startTime: '09:00', courtroom: '', programId: '', capacity: '', docketOrder: '', special: false, notes: '' };
  const { form, set, setForm } = useFormFields(empty);
  const create = useApiMutation((body: Record<string, unknown>) => api.post<CourtSession>(path, body), {
    invalidates: [path, '/participants/'],
    onSuccess: (s) => {
      setForm(empty);
      onCreated(t('calendar.created', { when: `${formatDate(s.date)} ${s.startTime}`, room: s.courtroom }));
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onCreated(null);
    const capacity = form.capacity.trim() === '' ? undefined : Number.isFinite(Number(form.capacity)) ? Number(form.capacity) : form.capacity;
    create.mutate({
      date: form.date,
      startTime: form.startTime,
      courtroom: form.courtroom,
      ...(form.programId ? { programIds: [form.programId] } : {}),
      ...(capacity === undefined ? {} : { capacity }),
      ...(form.docketOrder ? { docketOrder: form.docketOrder } : {}),
      ...(form.special ? { special: true } : {}),
      ...(form.notes.trim() ? { notes: form.notes } : {}),
    });
  };
  const problem = create.error;
  return (
    <>
      <h2>{t('calendar.newTitle')}</h2>
      <form className="form card" onSubmit={submit} noValidate aria-label={t('calendar.newTitle')}>
        <ProblemBanner problem={problem} shownFields={['date', 'startTime', 'courtroom', 'programIds', 'capacity', 'docketOrder', 'special', 'notes']} />
        <div className="field-row">
          <TextField label={t('calendar.date')} name="date" type="date" value={form.date} onChange={(v) => set('date', v)} problem={problem} min={today ?? undefined} required />
          <TextField label={t('calendar.startTime')} name="startTime" type="time" value={form.startTime} onChange={(v) => set('startTime', v)} problem={problem} required />
          <TextField label={t('calendar.courtroom')} name="courtroom" value={form.courtroom} onChange={(v) => set('courtroom', v)} problem={problem} required />
        </div>
        <div className="field-row">
          <SelectField label={t('calendar.program')} name="programIds" value={form.programId} onChange={(v) => set('programId', v)} problem={problem ?? programs.error} placeholder={t('calendar.allPrograms')} options={(programs.data ?? []).map((p) => ({ value: p.id, label: `${p.code} · ${p.name}` }))} />
          <TextField label={t('calendar.capacity')} name="capacity" value={form.capacity} inputMode="numeric" onChange={(v) => set('capacity', v)} problem={problem} hint={t('calendar.capacityHint')} />
          <SelectField label={t('calendar.docketOrder')} name="docketOrder" value={form.docketOrder} onChange={(v) => set('docketOrder', v)} problem={problem} placeholder={t('calendar.courtDefault')} options={DOCKET_ORDERS.map((o) => ({ value: o, label: t(`docketOrder.${o}`) }))} />
        </div>
        <CheckboxField label={t('calendar.specialLabel')} name="special" checked={form.special} onChange={(v) => set('special', v)} problem={problem} hint={t('calendar.specialHint')} />
        <TextAreaField label={t('calendar.notes')} name="notes" value={form.notes} onChange={(v) => set('notes', v)} problem={problem} hint={t('calendar.notesHint')} />
        <FormActions submitLabel={t('calendar.create')} pending={create.isPending} />
      </form>
    </>
  );
}

function CancelSession({ session, onDone, invalidates }: { session: CourtSession; onDone: (message: string | null) => void; invalidates: string[] }) {
  const { t } = useTranslation('intake');
  const { form, set } = useFormFields({ reason: '', cancelHearings: false });
  const [asking, setAsking] = useState(false);
  const when = `${formatDate(session.date)} ${session.startTime}`;
  const cancel = useApiMutation((body: { reason: string; cancelHearings?: boolean }) => api.post<CourtSession>(`/court-sessions/${session.id}/cancel`, body), {
    invalidates: [...invalidates, '/participants/'],
    onSuccess: () => onDone(t('calendar.cancelledNotice', { when })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsking(true);
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('calendar.cancelTitle', { when })}>
      <h2>{t('calendar.cancelTitle', { when })}</h2>
      <ProblemBanner problem={cancel.error} shownFields={['reason', 'cancelHearings']} />
      <TextAreaField label={t('calendar.reason')} name="reason" value={form.reason} onChange={(v) => set('reason', v)} problem={cancel.error} required rows={2} />
      {session.hearingCount > 0 && (
        <CheckboxField label={t('calendar.cancelHearings', { count: session.hearingCount })} name="cancelHearings" checked={form.cancelHearings} onChange={(v) => set('cancelHearings', v)} problem={cancel.error} hint={t('calendar.cancelHearingsHint')} />
      )}
      {asking ? (
        <ConfirmPanel
          message={t('calendar.confirmCancel', { when })}
          confirmLabel={t('calendar.cancel')}
          busy={cancel.isPending}
          onConfirm={() => {
            setAsking(false);
            cancel.mutate({ reason: form.reason, ...(form.cancelHearings ? { cancelHearings: true } : {}) });
          }}
          onCancel={() => setAsking(false)}
        />
      ) : (
        <FormActions submitLabel={t('calendar.cancel')} pending={cancel.isPending} onCancel={() => onDone(null)} />
      )}
    </form>
  );
}

function DocketOrderForm({ session, onDone, invalidates }: { session: CourtSession; onDone: (message: string | null) => void; invalidates: string[] }) {
  const { t } = useTranslation('intake');
  const [order, setOrder] = useState(session.docketOrderIsCourtDefault ? '' : session.docketOrder);
  const when = `${formatDate(session.date)} ${session.startTime}`;
  const save = useApiMutation((body: { docketOrder: string | null }) => api.patch<CourtSession>(`/court-sessions/${session.id}`, body), {
    invalidates: [...invalidates, '/court-sessions/'],
    onSuccess: (s) => onDone(t('calendar.orderSaved', { when, order: t(`docketOrder.${s.docketOrder}`) })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({ docketOrder: order || null });
  };
  return (
    <form className="form card" onSubmit={submit} noValidate aria-label={t('calendar.orderTitle', { when })}>
      <h2>{t('calendar.orderTitle', { when })}</h2>
      <ProblemBanner problem={save.error} shownFields={['docketOrder']} />
      <SelectField label={t('calendar.docketOrder')} name="docketOrder" value={order} onChange={setOrder} problem={save.error} placeholder={t('calendar.courtDefault')} options={DOCKET_ORDERS.map((o) => ({ value: o, label: t(`docketOrder.${o}`) }))} />
      <FormActions submitLabel={t('calendar.saveOrder')} pending={save.isPending} onCancel={() => onDone(null)} />
    </form>
  );
}
