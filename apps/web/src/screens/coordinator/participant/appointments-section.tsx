import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../../api/hooks';
import { QueryView } from '../../../components/problem';
import { AppointmentsTable, TreatmentAppointmentList } from '../../treatment/appointments-table';

/** The participant's treatment appointments, as the providers booked them, under the consent that lets them be shown. */
export function AppointmentsSection({ participantId }: { participantId: string }) {
  const { t } = useTranslation('common');
  const query = useApiQuery<TreatmentAppointmentList>(`/participants/${participantId}/treatment-appointments`);
  return (
    <section aria-labelledby="appointments-heading" className="card">
      <h2 id="appointments-heading">{t('appointments.heading')}</h2>
      <QueryView query={query}>
        {(list) => (
          <>
            <AppointmentsTable rows={list.items} />
            <p className="hint">{list.redisclosureNotice}</p>
          </>
        )}
      </QueryView>
    </section>
  );
}
