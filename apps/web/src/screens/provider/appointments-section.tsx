import { FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { useSession } from '../../auth/session';
import { TextField } from '../../components/fields';
import { ProblemBanner, QueryView } from '../../components/problem';
import { formatDate } from '../../i18n/format';
import { AppointmentsTable, NewTreatmentAppointment, TreatmentAppointment, TreatmentAppointmentList } from '../treatment/appointments-table';
import { Confirmation } from './shared';

const FIELDS = ['appointmentOn', 'startTime', 'place', 'note'];

function ScheduleAppointmentForm({ participantId, today }: { participantId: string; today: string }) {
  const { t } = useTranslation('provider');
  const blank = { appointmentOn: today, startTime: '', place: '', note: '' };
  const [form, setForm] = useState(blank);
  const [booked, setBooked] = useState<string | null>(null);
  const mutation = useApiMutation((body: NewTreatmentAppointment) => api.post<TreatmentAppointment>(`/participants/${participantId}/treatment-appointments`, body), {
    invalidates: [`/participants/${participantId}/treatment-appointments`],
    onSuccess: (row) => {
      setBooked(t('appointments.booked', { date: formatDate(row.appointmentOn), time: row.startTime }));
      // The place is kept: the next appointment is usually at the same address.
      setForm({ ...blank, place: form.place });
    },
  });
  const set = (field: keyof typeof form) => (value: string) => {
    setBooked(null);
    setForm((f) => ({ ...f, [field]: value }));
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const body: NewTreatmentAppointment = { appointmentOn: form.appointmentOn, startTime: form.startTime, place: form.place };
    if (form.note.trim()) body.note = form.note;
    mutation.mutate(body);
  };
  return (
    <form className="form card" onSubmit={submit} aria-labelledby="provider-book-appointment">
      <h3 id="provider-book-appointment">{t('appointments.bookHeading')}</h3>
      {booked && <Confirmation>{booked}</Confirmation>}
      <ProblemBanner problem={mutation.error} shownFields={FIELDS} />
      <TextField label={t('appointments.date')} name="appointmentOn" type="date" required value={form.appointmentOn} onChange={set('appointmentOn')} problem={mutation.error} />
      <TextField label={t('appointments.startTime')} name="startTime" type="time" required value={form.startTime} onChange={set('startTime')} problem={mutation.error} hint={t('appointments.startTimeHint')} />
      <TextField label={t('appointments.place')} name="place" required value={form.place} onChange={set('place')} problem={mutation.error} hint={t('appointments.placeHint')} />
      <TextField label={t('appointments.note')} name="note" value={form.note} onChange={set('note')} problem={mutation.error} hint={t('appointments.noteHint')} />
      <div className="actions">
        <button type="submit" className="primary" disabled={mutation.isPending}>
          {t('appointments.book')}
        </button>
      </div>
    </form>
  );
}

function CancelButton({ appointment, onCancelled }: { appointment: TreatmentAppointment; onCancelled: (message: string) => void }) {
  const { t } = useTranslation('provider');
  const mutation = useApiMutation(() => api.post<TreatmentAppointment>(`/treatment-appointments/${appointment.id}/cancel`, {}), {
    invalidates: [`/participants/${appointment.participantId}/treatment-appointments`],
    onSuccess: (row) => onCancelled(t('appointments.cancelledNotice', { date: formatDate(row.appointmentOn), time: row.startTime })),
  });
  return (
    <>
      <button
        type="button"
        disabled={mutation.isPending}
        aria-label={t('appointments.cancelLabel', { date: formatDate(appointment.appointmentOn), time: appointment.startTime })}
        onClick={() => mutation.mutate()}
      >
        {t('appointments.cancel')}
      </button>
      <ProblemBanner problem={mutation.error} />
    </>
  );
}

/** A client's treatment appointments: the list, cancelling one of the organisation's own, and booking a new one. */
export function AppointmentsSection({ participantId, today, canBook }: { participantId: string; today: string | null; canBook: boolean | undefined }) {
  const { t } = useTranslation('provider');
  const { court } = useSession();
  const query = useApiQuery<TreatmentAppointmentList>(`/participants/${participantId}/treatment-appointments`);
  const [notice, setNotice] = useState<string | null>(null);
  const showForm = canBook ?? !!query.data;
  return (
    <section aria-labelledby="provider-appointments-heading">
      <h2 id="provider-appointments-heading">{t('appointments.heading')}</h2>
      <p>{t('appointments.intro')}</p>
      <QueryView query={query}>
        {(list) => (
          <AppointmentsTable
            rows={list.items}
            action={(a) =>
              a.status === 'scheduled' && a.organisationId === court.organisationId && showForm ? <CancelButton appointment={a} onCancelled={setNotice} /> : null
            }
          />
        )}
      </QueryView>
      {notice && <Confirmation>{notice}</Confirmation>}
      {showForm && today && <ScheduleAppointmentForm participantId={participantId} today={today} />}
    </section>
  );
}
